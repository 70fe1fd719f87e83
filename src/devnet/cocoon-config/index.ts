// The files a Cocoon C++ worker-runner in fake-TON test mode needs to join the local network.
export { FAKE_TON_PARAMS } from './fake-ton-params.js';
export { cocoonView, type CocoonView } from './cocoon-view.js';
export {
  writeCocoonConfig,
  cocoonWorkerOwner,
  FAKE_TON_FILE,
  WORKER_RUNNER_FILE,
} from './write-cocoon-config.js';
