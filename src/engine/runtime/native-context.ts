// The few native calls of node-llama-cpp 3.21.1's addon context the fast decode path drives directly:
// fill one batch with the tokens of every active sequence, decode it once, sample each sequence's next
// token with llama.cpp's own sampler chain. These are node-llama-cpp internals (`_ctx`, `_sequenceId`,
// `_bindings.AddonSampler`, `_model`), pinned by the exact dependency version; `nativeContextOf` checks
// their shape and answers null when it differs, and the runtime then keeps the plain evaluate() path.
import type { Llama, LlamaContext, LlamaContextSequence, LlamaModel } from 'node-llama-cpp';

/** What node-llama-cpp's sampler chain takes (its AddonSampler.applyConfig). */
export interface NativeSamplerConfig {
  temperature: number;
  minP: number;
  topK: number;
  topP: number;
  seed: number;
  repeatPenaltyMaxTokens: number;
  dryRepeatPenaltyBase: number;
  dryRepeatPenaltyAllowedLength: number;
  dryRepeatPenaltyLastTokens: number;
  dryRepeatPenaltySequenceBreakers: string[];
}

export interface NativeSampler {
  applyConfig(config: NativeSamplerConfig): void;
  dispose(): void;
}

interface AddonContext {
  initBatch(size: number): void;
  addToBatch(
    sequenceId: number,
    firstIndex: number,
    tokens: Uint32Array,
    logitIndexes: Uint32Array,
  ): Uint32Array;
  decodeBatch(): Promise<void>;
  sampleToken(batchLogitIndex: number, sampler: NativeSampler): Promise<number>;
  sampleToken(
    batchLogitIndex: number,
    sampler: NativeSampler,
    probabilities: boolean,
    confidence: boolean,
  ): Promise<[number, number[] | undefined, number | undefined]>;
  removeTokenCellsFromSequence(sequenceId: number, start: number, end: number): boolean;
}

export interface NativeContext {
  readonly batchSize: number;
  initBatch(size: number): void;
  /** Adds tokens at positions from `firstIndex`; `logitAt` (index into tokens) asks for logits there. */
  addToBatch(sequenceId: number, firstIndex: number, tokens: Uint32Array, logitAt: number | null): number;
  decodeBatch(): Promise<void>;
  sampleToken(batchLogitIndex: number, sampler: NativeSampler): Promise<number>;
  /**
   * As sampleToken, also answering what the sampler chain left (token, probability pairs, most likely
   * first; softmax of the chain's logits) and the sampled token's probability among them.
   */
  sampleDetailed(
    batchLogitIndex: number,
    sampler: NativeSampler,
    probabilities: boolean,
    confidence: boolean,
  ): Promise<[number, number[] | undefined, number | undefined]>;
  /** Drops a sequence's cached cells from `start` to its end. */
  eraseFrom(sequenceId: number, start: number): void;
  createSampler(): NativeSampler;
}

const noLogits = new Uint32Array(0);

function isFn(o: unknown, name: string): boolean {
  return typeof (o as Record<string, unknown> | null)?.[name] === 'function';
}

/** The native handle behind a context, or null if this node-llama-cpp does not have the expected shape. */
export function nativeContextOf(
  llama: Llama,
  model: LlamaModel,
  context: LlamaContext,
): NativeContext | null {
  const ctx = (context as unknown as { _ctx?: AddonContext })._ctx;
  const Sampler = (llama as unknown as { _bindings?: { AddonSampler?: new (m: unknown) => NativeSampler } })
    ._bindings?.AddonSampler;
  const addonModel = (model as unknown as { _model?: unknown })._model;
  const fns = ['initBatch', 'addToBatch', 'decodeBatch', 'sampleToken', 'removeTokenCellsFromSequence'];
  if (!ctx || !fns.every((f) => isFn(ctx, f)) || typeof Sampler !== 'function' || addonModel === undefined)
    return null;
  return {
    batchSize: context.batchSize,
    initBatch: (size) => ctx.initBatch(size),
    addToBatch: (id, first, tokens, logitAt) => {
      const idx = ctx.addToBatch(id, first, tokens, logitAt === null ? noLogits : Uint32Array.of(logitAt));
      return idx[0] ?? -1;
    },
    decodeBatch: () => ctx.decodeBatch(),
    sampleToken: (i, sampler) => ctx.sampleToken(i, sampler),
    sampleDetailed: (i, sampler, probabilities, confidence) =>
      ctx.sampleToken(i, sampler, probabilities, confidence),
    eraseFrom: (id, start) => void ctx.removeTokenCellsFromSequence(id, start, -1),
    createSampler: () => new Sampler(addonModel),
  };
}

export function sequenceIdOf(sequence: LlamaContextSequence): number | null {
  const id = (sequence as unknown as { _sequenceId?: unknown })._sequenceId;
  return typeof id === 'number' ? id : null;
}
