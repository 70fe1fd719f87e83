// The served model and the model store, as the dashboard, the tray and the CLI see them: which model the
// worker serves, every model it could serve (catalog, imported, discovered in LM Studio / Ollama, the demo
// model), downloads in progress, the engine's loaded configuration, and the first-run proposal.
import { z } from 'zod';
import { nanoTonSchema } from './money.js';

export const modelSources = ['catalog', 'imported', 'discovered', 'tiny'] as const;
export type ModelSource = (typeof modelSources)[number];

/** absent: not on disk; downloading: a partial file exists (running or paused); corrupt: failed its check. */
export const modelFileStates = ['absent', 'downloading', 'ready', 'corrupt'] as const;
export type ModelFileState = (typeof modelFileStates)[number];

/** The fit planner's answer for this machine and the owner's VRAM share. */
export const modelFitSchema = z.object({
  fits: z.boolean(),
  gpuLayers: z.number().int().nonnegative(),
  totalLayers: z.number().int().nonnegative(),
  contextSize: z.number().int().nonnegative(),
  vramBytes: z.number().nonnegative(),
  ramBytes: z.number().nonnegative(),
  reason: z.string(),
});
export type ModelFit = z.infer<typeof modelFitSchema>;

export const downloadProgressSchema = z.object({
  receivedBytes: z.number().nonnegative(),
  totalBytes: z.number().nonnegative().nullable(),
  /** Measured over the last seconds of this download; 0 while paused. */
  bytesPerSecond: z.number().nonnegative(),
  etaSeconds: z.number().nonnegative().nullable(),
  paused: z.boolean(),
  /** Why the download stopped, if it failed (e.g. "not enough free disk: needs 5.0 GiB, 1.2 GiB free"). */
  error: z.string().nullable(),
  errorCode: z.string().nullable(),
});
export type DownloadProgressView = z.infer<typeof downloadProgressSchema>;

export const modelEntrySchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  /** The network name requests carry (Cocoon compares the base name before '@'). */
  servedName: z.string().min(1),
  source: z.enum(modelSources),
  sizeBytes: z.number().nonnegative().nullable(),
  /** Known SHA-256 of the file (catalog: published; imported: computed on import); null: unknown. */
  sha256: z.string().nullable(),
  url: z.string().nullable(),
  /** The file on disk, when there is one (imported and discovered files stay where the owner keeps them). */
  path: z.string().nullable(),
  architecture: z.string().nullable(),
  quantization: z.string().nullable(),
  state: z.enum(modelFileStates),
  fit: modelFitSchema.nullable(),
  /** The project's generated demo model: gibberish, for the offline devnet and CPU tests only. */
  demo: z.boolean(),
  download: downloadProgressSchema.nullable(),
  /** A short remark for the owner, e.g. "SHA-256 not published: verified by size only" or "from LM Studio". */
  note: z.string().nullable(),
});
export type ModelEntry = z.infer<typeof modelEntrySchema>;

export const modelListSchema = z.object({
  models: z.array(modelEntrySchema),
  /** The id the owner chose; null: not chosen (the devnet demo serves the tiny model). */
  selected: z.string().nullable(),
});
export type ModelList = z.infer<typeof modelListSchema>;

/** First run: the best model that fits this machine, what it costs to get, and what it may earn. */
export const modelProposalSchema = z.object({
  /** A usable GPU backend was found (else CPU serving of a small model is offered). */
  gpu: z.boolean(),
  gpuName: z.string().nullable(),
  /** The owner's VRAM budget that the fit used (share × free VRAM), bytes. */
  vramBudgetBytes: z.number().nonnegative().nullable(),
  freeDiskBytes: z.number().nonnegative().nullable(),
  modelId: z.string().nullable(),
  title: z.string().nullable(),
  sizeBytes: z.number().nonnegative().nullable(),
  /** Measured download speed (a short probe or the last download); null until measured. */
  bytesPerSecond: z.number().nonnegative().nullable(),
  downloadSeconds: z.number().nonnegative().nullable(),
  /** Expected earnings per day at the network's price, from the benchmark or the model's size class. */
  estimateNanoPerDay: nanoTonSchema.nullable(),
  /** Why this model (or why none), in English. */
  reason: z.string(),
});
export type ModelProposal = z.infer<typeof modelProposalSchema>;

export const engineBackends = ['cuda', 'vulkan', 'metal', 'cpu'] as const;
export type EngineBackend = (typeof engineBackends)[number];

/** What the engine actually loaded (from the sandbox), null while no engine has loaded. */
export const engineStateSchema = z.object({
  backend: z.enum(engineBackends),
  device: z.string().nullable(),
  gpuLayers: z.number().int().nonnegative(),
  totalLayers: z.number().int().nonnegative(),
  contextSize: z.number().int().nonnegative(),
  sequences: z.number().int().positive(),
  threads: z.number().int().positive(),
  flashAttention: z.boolean(),
  vramUsedBytes: z.number().nonnegative().nullable(),
  /** How the OS confines the engine process, as measured into the attestation (each flag: refused by the OS). */
  sandbox: z.object({
    kind: z.enum(['bwrap', 'unshare', 'sandbox-exec', 'job-object', 'permission-model-only']),
    network: z.boolean(),
    processes: z.boolean(),
    filesystem: z.boolean(),
  }),
});
export type EngineState = z.infer<typeof engineStateSchema>;

/** The served model in the state snapshot. */
export const servedModelSchema = z.object({
  id: z.string(),
  /** Network name (what the worker advertises and requests carry). */
  name: z.string(),
  title: z.string(),
  source: z.enum(modelSources),
  demo: z.boolean(),
  file: z.string().nullable(),
  sizeBytes: z.number().nonnegative().nullable(),
  sha256: z.string().nullable(),
  loaded: z.boolean(),
});
export type ServedModel = z.infer<typeof servedModelSchema>;

export const modelsStateSchema = z.object({
  /** Downloads running or paused (progress pushed with every state change). */
  downloads: z.array(downloadProgressSchema.extend({ id: z.string() })),
  /** Shown until the owner picks a model or dismisses it. */
  proposal: modelProposalSchema.nullable(),
  /** Set when the worker cannot serve until a model is chosen (remote network, nothing selected). */
  needsChoice: z.boolean(),
  /** A model switch in progress (draining, reloading, reconnecting), with the target id. */
  switchingTo: z.string().nullable(),
});

const id = z.string().min(1).max(200);

export const modelCommands = {
  'models:list': { request: z.object({}).strict(), response: modelListSchema },
  /** Starts (or resumes) a download; never started without the owner's explicit command. */
  'models:download': {
    request: z.object({ id, allowUnverified: z.boolean().default(false) }).strict(),
    response: modelListSchema,
  },
  'models:pause': { request: z.object({ id }).strict(), response: modelListSchema },
  /** Stops a download and deletes its partial file. */
  'models:cancel': { request: z.object({ id }).strict(), response: modelListSchema },
  /** Imports a local GGUF by reference (validated, hashed; never copied). */
  'models:import': {
    request: z
      .object({ path: z.string().min(1).max(4096), name: z.string().min(1).max(200).optional() })
      .strict(),
    response: z.object({ id: z.string() }),
  },
  /** Serves this model from now on (drains, reloads, re-attests, reconnects under its name). */
  'models:use': { request: z.object({ id }).strict(), response: modelListSchema },
  /** Deletes a downloaded file, or forgets an imported/discovered one (its file stays where it is). */
  'models:remove': { request: z.object({ id }).strict(), response: modelListSchema },
  /** The first-run proposal; `probeSpeed` measures the download speed with a short ranged request. */
  'models:proposal': {
    request: z.object({ probeSpeed: z.boolean().default(false) }).strict(),
    response: modelProposalSchema,
  },
} as const;
