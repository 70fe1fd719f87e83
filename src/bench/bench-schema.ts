// The bench capability's data as it crosses process and API boundaries: hardware details, benchmark
// progress and results, the earnings estimate. Node-free (zod only) so the API contract and the
// renderer can import it. TON amounts cross as decimal strings of nanotons; the core uses bigint.
import { z } from 'zod';

const nanoTon = z.string().regex(/^-?\d+$/, 'must be an integer amount of nanotons');

export const backendNames = ['cuda', 'vulkan', 'metal', 'cpu'] as const;
export const backendNameSchema = z.enum(backendNames);
export type BackendName = z.infer<typeof backendNameSchema>;

/** Whether node-llama-cpp's prebuilt binary for one backend loads and sees a device here. */
/** Why a backend is or is not usable, as a code the dashboard translates (`detail` keeps the English). */
export const probeCodes = [
  'loads',
  'sees-gpu',
  'no-binary',
  'installed-cannot-load',
  'did-not-start',
  'not-on-platform',
  'no-device',
  'load-failed',
  'probe-crashed',
] as const;

export const backendProbeSchema = z.object({
  backend: backendNameSchema,
  usable: z.boolean(),
  code: z.enum(probeCodes),
  /** Why not (missing binary, no driver, no device) or what was found; shown as is. */
  detail: z.string(),
  gpuNames: z.array(z.string()),
  vramTotalMb: z.number().nonnegative().nullable(),
  vramFreeMb: z.number().nonnegative().nullable(),
});
export type BackendProbe = z.infer<typeof backendProbeSchema>;

export const benchGpuSchema = z.object({
  vendor: z.string(),
  model: z.string(),
  vramMb: z.number().nonnegative().nullable(),
  vramFreeMb: z.number().nonnegative().nullable(),
  driver: z.string().nullable(),
  /** Apple silicon and iGPUs share system RAM: vramMb is then the share the OS lets the GPU use. */
  unifiedMemory: z.boolean(),
});
export type BenchGpu = z.infer<typeof benchGpuSchema>;

export const hardwareDetailsSchema = z.object({
  cpu: z.object({ brand: z.string(), cores: z.number().int(), threads: z.number().int() }),
  ramMb: z.number().nonnegative(),
  ramFreeMb: z.number().nonnegative(),
  os: z.string(),
  gpus: z.array(benchGpuSchema),
  backends: z.array(backendProbeSchema),
  /** The fastest usable backend (cpu when nothing else loads). */
  backend: backendNameSchema,
  /** Plain-language explanation when serving will run on the CPU; null when a GPU backend is usable. */
  cpuOnlyReason: z.string().nullable(),
});
export type HardwareDetails = z.infer<typeof hardwareDetailsSchema>;

/** The part of the serving configuration that changes speed (requested values, as the plan asks them). */
export const benchLoadFingerprintSchema = z.object({
  gpuLayers: z.number().int().nonnegative(),
  /** Total over all sequences. */
  contextSize: z.number().int().positive(),
  sequences: z.number().int().min(1),
  threads: z.number().int().min(1),
  flashAttention: z.boolean(),
});
export type BenchLoadFingerprint = z.infer<typeof benchLoadFingerprintSchema>;

/** What a saved benchmark was measured on; any change means the numbers no longer apply. */
export const benchFingerprintSchema = z.object({
  gpus: z.array(z.string()),
  driver: z.string().nullable(),
  modelSha256: z.string().regex(/^[0-9a-f]{64}$/),
  backend: backendNameSchema,
  appVersion: z.string(),
  /** Absent in results saved before the benchmark measured the serving configuration. */
  config: benchLoadFingerprintSchema.optional(),
});
export type BenchFingerprint = z.infer<typeof benchFingerprintSchema>;

export const tpsStatsSchema = z.object({
  median: z.number().nonnegative(),
  min: z.number().nonnegative(),
  max: z.number().nonnegative(),
});
export type TpsStats = z.infer<typeof tpsStatsSchema>;

export const benchSettingsSchema = z.object({
  gpuLayers: z.number().int().nonnegative(),
  /** Total context over all sequences (each sequence gets contextSize / sequences), as serving loads it. */
  contextSize: z.number().int().min(256),
  /** Sequences of the context (serving's max_active_requests); the benchmark times one of them. */
  sequences: z.number().int().min(1).max(64).default(1),
  threads: z.number().int().min(1).max(256),
  batchSize: z.number().int().min(1),
  flashAttention: z.boolean().default(false),
  /** pp<N>: prompt tokens per prompt-processing repetition (llama-bench's -p, 512). */
  promptTokens: z.number().int().min(1),
  /** tg<N>: tokens generated one by one per repetition (llama-bench's -n, 128). */
  genTokens: z.number().int().min(1),
  repetitions: z.number().int().min(1).max(100),
});
export type BenchSettings = z.infer<typeof benchSettingsSchema>;

/** The serving configuration a result measured, as the engine loaded it, for the Benchmark screen. */
export const benchConfigSchema = z.object({
  modelId: z.string(),
  modelName: z.string(),
  backend: backendNameSchema,
  /** What llama.cpp offloaded (the request is clamped to the model's layers), of totalLayers. */
  gpuLayers: z.number().int().nonnegative(),
  totalLayers: z.number().int().nonnegative(),
  contextSize: z.number().int().positive(),
  sequences: z.number().int().min(1),
  threads: z.number().int().min(1),
  flashAttention: z.boolean(),
});

export const benchResultSchema = z.object({
  version: z.literal(1),
  /** Epoch ms when the run finished. */
  at: z.number(),
  fingerprint: benchFingerprintSchema,
  model: z.object({
    name: z.string(),
    path: z.string(),
    sizeBytes: z.number().nonnegative(),
    sha256: z.string(),
  }),
  settings: benchSettingsSchema,
  /** Absent in results saved before the benchmark measured the serving configuration. */
  config: benchConfigSchema.optional(),
  backend: backendNameSchema,
  pp: tpsStatsSchema,
  tg: tpsStatsSchema,
  /** node-llama-cpp measured plainly (no harness) on the same sizes, interleaved with the repetitions. */
  reference: z.object({ ppTps: z.number().nonnegative(), tgTps: z.number().nonnegative() }),
  /**
   * llama.cpp's own timers over the harness's decodes (no JavaScript in between): an upper bound the
   * harness approaches; the gap is node-llama-cpp's per-token cost. Null when the counters were unreadable.
   */
  engine: z
    .object({ ppTps: z.number().nonnegative(), tgTps: z.number().nonnegative() })
    .nullable()
    .optional(),
  /** The larger relative difference (percent) between the medians and the reference. */
  agreementPct: z.number().nonnegative(),
  durationMs: z.number().nonnegative(),
  /** Highest GPU power draw sampled during the timed runs (the estimate's watts); null when not reported. */
  loadPowerW: z.number().nonnegative().nullable().optional(),
});
export type BenchResult = z.infer<typeof benchResultSchema>;

export const benchPhases = ['starting', 'loading', 'warmup', 'pp', 'tg', 'done'] as const;
export const benchProgressSchema = z.object({
  phase: z.enum(benchPhases),
  /** 1-based repetition of the current phase; 0 before the timed repetitions start. */
  repetition: z.number().int().nonnegative(),
  repetitions: z.number().int().min(1),
  /** Overall progress of the whole run, 0..1. */
  fraction: z.number().min(0).max(1),
});
export type BenchProgress = z.infer<typeof benchProgressSchema>;

export const estimateInputSchema = z.object({
  ppTps: z.number().positive(),
  tgTps: z.number().positive(),
  promptTokensPerRequest: z.number().int().nonnegative(),
  cachedTokensPerRequest: z.number().int().nonnegative(),
  completionTokensPerRequest: z.number().int().nonnegative(),
  pricePerTokenNano: nanoTon,
  workerFeePerTokenNano: nanoTon,
  /** Root config multipliers in 1/10000 (10000 = 1.0). */
  multipliers: z.object({
    prompt: z.number().int().nonnegative(),
    cached: z.number().int().nonnegative(),
    completion: z.number().int().nonnegative(),
    reasoning: z.number().int().nonnegative(),
  }),
  /** The worker's price coefficient in 1/1000 (1000 = 1.0). */
  coefficient: z.number().int().nonnegative(),
  hoursPerWeek: z.number().min(0).max(168),
  utilization: z.number().min(0).max(1),
  gpuWatts: z.number().nonnegative(),
  gpuWattsSource: z.enum(['telemetry', 'entered', 'default']),
  idleWatts: z.number().nonnegative(),
  kwhPrice: z.number().nonnegative(),
  currency: z.string().min(1).max(8),
  /** Owner's currency per TON; null keeps electricity in its own currency only. */
  tonPrice: z.number().positive().nullable(),
});

export const estimateSchema = z.object({
  inputs: estimateInputSchema,
  secondsPerRequest: z.number().nonnegative(),
  busyHoursPerDay: z.number().nonnegative(),
  requestsPerDay: z.number().nonnegative(),
  adjustedTokensPerRequest: z.number().int().nonnegative(),
  grossNanoPerDay: nanoTon,
  grossNanoPerMonth: nanoTon,
  clientChargeNanoPerDay: nanoTon,
  kwhPerDay: z.number().nonnegative(),
  electricityPerDay: z.number().nonnegative(),
  electricityPerMonth: z.number().nonnegative(),
  /** Electricity converted at tonPrice; null without a TON price. */
  electricityNanoPerDay: nanoTon.nullable(),
  electricityNanoPerMonth: nanoTon.nullable(),
  /** Gross minus electricity; negative when power costs more than the work earns. Null without a TON price. */
  netNanoPerDay: nanoTon.nullable(),
  netNanoPerMonth: nanoTon.nullable(),
  /** Gross in the owner's currency at tonPrice, and net likewise (null without a TON price). */
  grossPerMonthCurrency: z.number().nullable(),
  netPerMonthCurrency: z.number().nullable(),
  assumptions: z.array(z.string()),
});
export type EstimateWire = z.infer<typeof estimateSchema>;
