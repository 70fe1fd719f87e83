// The typed message protocol between the sandbox host and the sandbox child. Every message carries the
// sender's sequence number (strictly increasing); answers name the host message they answer in `re`.
// Both sides parse what they receive with these schemas before acting on it.
import { z } from 'zod';

export const chatMessageSchema = z.object({
  role: z.enum(['system', 'user', 'assistant']),
  content: z.string(),
});

export const promptSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('chat'), messages: z.array(chatMessageSchema).min(1) }),
  z.object({ kind: z.literal('text'), text: z.string() }),
  z.object({ kind: z.literal('tokens'), tokens: z.array(z.number().int().nonnegative()).min(1) }),
]);
export type Prompt = z.infer<typeof promptSchema>;

export const generateParamsSchema = z.object({
  /** null: up to the end of the context window. */
  maxTokens: z.number().int().nonnegative().nullable(),
  temperature: z.number().min(0).max(2),
  topP: z.number().gt(0).max(1),
  stop: z.array(z.string().min(1)).max(4),
  seed: z.number().int().optional(),
  /**
   * Top-k log-probabilities of each generated token (src/engine/evidence): 'ids' token ids only (the
   * proxy's evidence), 'text' also each token's text (a client's OpenAI logprobs). Absent: none.
   */
  evidence: z.enum(['ids', 'text']).optional(),
});
export type GenerateParams = z.infer<typeof generateParamsSchema>;

const seq = z.number().int().nonnegative();

/** What the child asks node-llama-cpp for: no GPU, one backend, or its own pick (best that loads). */
export const gpuOptionSchema = z.union([
  z.literal(false),
  z.literal('auto'),
  z.literal('cuda'),
  z.literal('vulkan'),
  z.literal('metal'),
]);
export type GpuOption = z.infer<typeof gpuOptionSchema>;

export const backendSchema = z.enum(['cuda', 'vulkan', 'metal', 'cpu']);
export type LoadedBackend = z.infer<typeof backendSchema>;

export const hostMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('init'),
    seq,
    threads: z.number().int().min(1).max(256),
    gpu: gpuOptionSchema,
  }),
  z.object({
    type: z.literal('load'),
    seq,
    modelPath: z.string().min(1),
    contextSize: z.number().int().min(64),
    sequences: z.number().int().min(1).max(64),
    /** Absent: node-llama-cpp's own fit; at or above the model's block count: every layer and the output. */
    gpuLayers: z.number().int().nonnegative().optional(),
    /** Asked for; applied only where the model supports it (LoadInfo says what applied). */
    flashAttention: z.boolean(),
    /** Threads for the CPU part of evaluation (at most the init's count). */
    threads: z.number().int().min(1).max(256).optional(),
    flushIntervalMs: z.number().nonnegative(),
  }),
  z.object({ type: z.literal('generate'), seq, prompt: promptSchema, params: generateParamsSchema }),
  z.object({ type: z.literal('cancel'), seq, re: seq }),
  /** The throttling level's duty cap: the share of wall time the engine may spend decoding (1: no cap). */
  z.object({ type: z.literal('duty'), seq, share: z.number().gt(0).max(1) }),
  z.object({ type: z.literal('shutdown'), seq }),
]);
export type HostMessage = z.infer<typeof hostMessageSchema>;
type Distribute<T> = T extends unknown ? Omit<T, 'seq'> : never;
export type HostMessageBody = Distribute<HostMessage>;

export const usageSchema = z.object({
  promptTokens: z.number().int().nonnegative(),
  cachedTokens: z.number().int().nonnegative(),
  completionTokens: z.number().int().nonnegative(),
  finishReason: z.enum(['stop', 'length', 'cancelled']),
});
export type GenerationUsage = z.infer<typeof usageSchema>;

export const runtimeInfoSchema = z.object({
  /** The backend node-llama-cpp actually loaded. */
  backend: backendSchema,
  addonPath: z.string().nullable(),
  /** mapped: read from the process's memory map; resolved: the prebuilt path for the backend; none. */
  addonSource: z.enum(['mapped', 'resolved', 'none']),
  /** Every native library of node-llama-cpp the process mapped (the backend's ggml libraries), sorted. */
  nativeLibraries: z.array(z.string()),
  buildType: z.string(),
  gpu: z.string(),
  llamaCppRelease: z.string(),
  nodeLlamaCppVersion: z.string(),
  nodeVersion: z.string(),
  gpuNames: z.array(z.string()),
});
export type RuntimeInfo = z.infer<typeof runtimeInfoSchema>;

export const loadInfoSchema = z.object({
  /** Per sequence: node-llama-cpp gives every sequence its own context of this size. */
  contextSize: z.number().int(),
  sequences: z.number().int(),
  backend: backendSchema,
  /** The first GPU's name; null on the CPU. */
  device: z.string().nullable(),
  /** Repeating layers actually offloaded (0 on the CPU), of totalLayers (the model's block count). */
  gpuLayers: z.number().int().nonnegative(),
  totalLayers: z.number().int().nonnegative(),
  flashAttention: z.boolean(),
  /** VRAM in use after the load (the whole device, as the driver reports it); null on the CPU. */
  vramUsedBytes: z.number().nonnegative().nullable(),
  threads: z.number().int().positive(),
  trainContextSize: z.number().int(),
  vocabSize: z.number().int(),
});
export type LoadInfo = z.infer<typeof loadInfoSchema>;

const tokenLogprobSchema = z.object({
  token: z.number().int().nonnegative(),
  /** Finite (JSON carries no −Infinity): the engine floors it (src/engine/evidence/top-k-probe.ts). */
  logprob: z.number().max(0),
  text: z.string().optional(),
});

/** One counted completion token's evidence: its own log-probability and the top-k at its position. */
export const tokenEvidenceSchema = tokenLogprobSchema.extend({
  top: z.array(tokenLogprobSchema).max(15),
});
export type TokenEvidenceMessage = z.infer<typeof tokenEvidenceSchema>;

export const childErrorCodes = [
  'bad-message',
  'not-loaded',
  'context-length-exceeded',
  'no-free-sequence',
  'engine-failed',
] as const;

export const childMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('token'),
    seq,
    re: seq,
    text: z.string(),
    tokens: z.number().int().nonnegative(),
    /** Evidence of the tokens counted since the last message, in order (when the request asked). */
    evidence: z.array(tokenEvidenceSchema).optional(),
  }),
  z.object({
    type: z.literal('result'),
    seq,
    re: seq,
    result: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('init'), info: runtimeInfoSchema }),
      z.object({ kind: z.literal('load'), info: loadInfoSchema }),
      z.object({ kind: z.literal('generate'), usage: usageSchema }),
      /** The cap now in force, and how the one it replaced held: busy and elapsed ms of its window. */
      z.object({
        kind: z.literal('duty'),
        share: z.number().gt(0).max(1),
        previousShare: z.number().gt(0).max(1),
        busyMs: z.number().nonnegative(),
        elapsedMs: z.number().nonnegative(),
      }),
    ]),
  }),
  z.object({
    type: z.literal('error'),
    seq,
    re: seq.nullable(),
    code: z.enum(childErrorCodes),
    message: z.string(),
  }),
  z.object({
    type: z.literal('log'),
    seq,
    level: z.enum(['debug', 'info', 'warn', 'error']),
    message: z.string(),
  }),
]);
export type ChildMessage = z.infer<typeof childMessageSchema>;
export type ChildMessageBody = Distribute<ChildMessage>;
