// The files a Cocoon C++ worker-runner in fake-TON test mode needs to join the local network.
export { FAKE_TON_PARAMS, EMPTY_CODE } from './fake-ton-params.js';
export { cocoonView, type CocoonView } from './cocoon-view.js';
export { pseudoRootConfig, type PseudoRootConfig } from './pseudo-config.js';
export {
  writeCocoonConfig,
  cocoonWorkerOwner,
  FAKE_TON_FILE,
  WORKER_RUNNER_FILE,
  type CocoonConfigFiles,
} from './write-cocoon-config.js';
