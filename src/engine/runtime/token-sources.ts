// Where generate() gets its tokens. The batched source hands each step to the shared BatchDecoder (one
// decode for all active sequences, native sampling); the plain source is node-llama-cpp's own
// sequence.evaluate(), kept as the reference path and the fallback when the native shape differs.
import type { LlamaContextSequence, Token } from 'node-llama-cpp';
import type { GenerateParams } from '../sandbox/messages.js';
import type { BatchDecoder, SequenceSlot } from './batch-decoder.js';
import type { TokenSource } from './generation-loop.js';
import type { NativeContext, NativeSampler } from './native-context.js';
import { samplerConfig } from './sampler-config.js';

export function batchedSource(
  decoder: BatchDecoder,
  native: NativeContext,
  slot: SequenceSlot,
  input: number[],
  params: GenerateParams,
  /** Samples with the request's sampler in place of the decoder's own call (the evidence probe). */
  probe?: (sampler: NativeSampler) => (batchLogitIndex: number) => Promise<number>,
): TokenSource {
  const sampler = native.createSampler();
  sampler.applyConfig(samplerConfig(params));
  const sample = probe?.(sampler);
  let next = input;
  return {
    next: async () => {
      const token = await decoder.step(slot, next, sampler, sample);
      next = [token];
      return token;
    },
    close: () => {
      sampler.dispose();
      return Promise.resolve();
    },
  };
}

export function plainSource(
  sequence: LlamaContextSequence,
  input: number[],
  params: GenerateParams,
): TokenSource {
  const options = {
    temperature: params.temperature,
    topP: params.topP,
    ...(params.seed === undefined ? {} : { seed: params.seed }),
  };
  const it = sequence.evaluate(input as Token[], options)[Symbol.asyncIterator]();
  return {
    next: async () => {
      const r = await it.next();
      return r.done === true ? null : r.value;
    },
    close: async () => {
      await it.return?.();
    },
  };
}
