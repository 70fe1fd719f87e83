// The context's sequences as the runtime hands them out: each request takes the free sequence whose
// cached tokens share the longest prefix with its prompt, and what follows that prefix is erased. The
// batched path keeps its own record of each sequence's cached tokens; the plain path asks node-llama-cpp.
import type { LlamaContextSequence, Token } from 'node-llama-cpp';
import type { BatchDecoder, SequenceSlot } from './batch-decoder.js';
import type { NativeContext } from './native-context.js';
import { RuntimeError } from './runtime-error.js';

/** A sequence of the context; `cache` is the batched path's own record of what its cells hold. */
export interface Slot {
  sequence: LlamaContextSequence;
  cache: SequenceSlot | null;
}

export interface SlotPool {
  free: Slot[];
  fast: { native: NativeContext; decoder: BatchDecoder } | null;
}

function commonPrefix(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  return i;
}

/** Takes the free sequence whose cached tokens share the longest prefix with this prompt. */
export function acquireSlot(pool: SlotPool, tokens: number[]): { slot: Slot; cached: number } {
  let best = -1;
  let bestLen = -1;
  pool.free.forEach((s, i) => {
    const len = s.cache
      ? commonPrefix(s.cache.tokens, tokens)
      : s.sequence.compareContextTokens(tokens as Token[]).firstDifferentIndex;
    if (len > bestLen) {
      best = i;
      bestLen = len;
    }
  });
  const [slot] = pool.free.splice(best, 1);
  if (!slot) throw new RuntimeError('no-free-sequence', 'all sequences are busy');
  // At least one prompt token must be evaluated to get logits for the first new token.
  return { slot, cached: Math.max(0, Math.min(bestLen, tokens.length - 1)) };
}

/** Drops a sequence's cached tokens from `keep` on. */
export async function forgetAfter(pool: SlotPool, slot: Slot, keep: number): Promise<void> {
  if (slot.cache && pool.fast) {
    if (keep < slot.cache.tokens.length) {
      pool.fast.native.eraseFrom(slot.cache.id, keep);
      slot.cache.tokens.length = keep;
    }
  } else if (keep < slot.sequence.nextTokenIndex) {
    await slot.sequence.eraseContextTokenRanges([{ start: keep, end: slot.sequence.nextTokenIndex }]);
  }
}
