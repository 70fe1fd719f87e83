// Public surface of the engine for the composition root and the network layer.
export {
  ensureTinyModel,
  tinyPresets,
  writeTinyModel,
  type TinyModelOptions,
  type TinyPreset,
} from './gguf/tiny-model.js';
export { catalogModel, modelCatalog, type CatalogModel } from './models/catalog.js';
export {
  DownloadError,
  downloadModel,
  type DownloadOptions,
  type DownloadProgress,
  type DownloadResult,
} from './models/download.js';
export { planFit, type FitInput, type FitModel, type FitPlan } from './models/fit-planner.js';
export { readGgufHeader, type GgufHeader } from './models/gguf-header.js';
export { fitShapeOf } from './models/gguf-shape.js';
export { ModelStore, type ModelStoreOptions } from './models/model-store.js';
export {
  ModelStoreError,
  type ModelHostFacts,
  type ModelStoreApi,
  type ModelStoreErrorCode,
  type ResolvedModel,
} from './models/model-store-types.js';
export { CPU_MODEL_ID, proposeModel, type ProposalInput } from './models/proposal.js';
export {
  endpointOf,
  validateRequest,
  type Endpoint,
  type InvalidRequest,
  type ValidRequest,
} from './openai/validate.js';
export { EngineError, type EngineErrorCode } from './sandbox/errors.js';
export {
  SandboxHost,
  type SandboxEvent,
  type SandboxHostOptions,
  type SandboxInfo,
  type SandboxState,
} from './sandbox/host.js';
export {
  ChildProcessLauncher,
  type SandboxLaunchSpec,
  type SandboxLauncher,
  type SandboxProcess,
} from './sandbox/launcher.js';
export { defaultSandboxPaths, type SandboxPaths } from './sandbox/paths.js';
export { buildSandboxPolicy, type SandboxPolicy } from './sandbox/policy.js';
export type { EngineRequest, EngineResponse, RequestOptions } from './sandbox/serve.js';
