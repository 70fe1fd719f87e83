// One decode per step for every active sequence: each generation hands in its next input (the prompt's
// uncached tokens, then one sampled token at a time) and gets back its next sampled token. Inputs that
// arrive together go into one llama.cpp batch (up to the context's batch size; a longer prompt continues
// in the next batches), decoded once, then each finished input is sampled natively with its own sampler
// chain. No locks: steps are serialised by this one loop, and a lane that waits (the duty cap, a slow
// consumer) simply sits out the batches until it hands in its next input.
import type { NativeContext, NativeSampler } from './native-context.js';

/** One sequence of the context: its id and the tokens its cache holds (positions 0…n-1). */
export interface SequenceSlot {
  readonly id: number;
  tokens: number[];
}

interface Pending {
  slot: SequenceSlot;
  input: number[];
  sampler: NativeSampler;
  /** Samples in place of sampleToken (the evidence probe, which also reads the top-k at that position). */
  sample: ((batchLogitIndex: number) => Promise<number>) | undefined;
  resolve: (token: number) => void;
  reject: (err: Error) => void;
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class BatchDecoder {
  readonly #native: NativeContext;
  #pending: Pending[] = [];
  #running = false;

  constructor(native: NativeContext) {
    this.#native = native;
  }

  /**
   * Decodes `input` after the slot's cached tokens and samples the token that follows it (with `sample`
   * when given: it runs before the next decode, while the logits it reads are still there).
   */
  step(
    slot: SequenceSlot,
    input: readonly number[],
    sampler: NativeSampler,
    sample?: (batchLogitIndex: number) => Promise<number>,
  ): Promise<number> {
    if (input.length === 0) return Promise.reject(new Error('a decode step needs at least one token'));
    return new Promise((resolve, reject) => {
      this.#pending.push({ slot, input: [...input], sampler, sample, resolve, reject });
      if (!this.#running) {
        this.#running = true;
        // The next turn of the event loop: every lane resolved by the last step has handed in by then.
        void nextTurn().then(() => this.#loop());
      }
    });
  }

  async #loop(): Promise<void> {
    try {
      while (this.#pending.length > 0) {
        await this.#batch();
        if (this.#pending.length > 0) await nextTurn();
      }
    } finally {
      this.#running = false;
    }
  }

  async #batch(): Promise<void> {
    const n = this.#native;
    let room = n.batchSize;
    const items: Array<{ p: Pending; count: number; logit: number }> = [];
    for (const p of this.#pending) {
      if (room === 0) break;
      const count = Math.min(room, p.input.length);
      items.push({ p, count, logit: -1 });
      room -= count;
    }
    try {
      n.initBatch(n.batchSize - room);
      for (const it of items) {
        const last = it.count === it.p.input.length;
        const tokens = Uint32Array.from(it.p.input.slice(0, it.count));
        it.logit = n.addToBatch(it.p.slot.id, it.p.slot.tokens.length, tokens, last ? it.count - 1 : null);
      }
      await n.decodeBatch();
    } catch (err) {
      this.#fail(new Set(items.map((i) => i.p)), err);
      return;
    }
    const done: typeof items = [];
    for (const it of items) {
      const decoded = it.p.input.splice(0, it.count);
      for (const t of decoded) it.p.slot.tokens.push(t);
      if (it.p.input.length === 0) done.push(it);
    }
    const finished = new Set(done.map((d) => d.p));
    this.#pending = this.#pending.filter((p) => !finished.has(p));
    const sampleOne = async ({ p, logit }: (typeof done)[number]): Promise<void> => {
      try {
        const token = await (p.sample ? p.sample(logit) : n.sampleToken(logit, p.sampler));
        if (token < 0) throw new Error('llama.cpp sampled no token');
        p.resolve(token);
      } catch (err) {
        p.reject(err instanceof Error ? err : new Error(String(err)));
      }
    };
    // llama.cpp puts a multi-output batch's logits in order on the first read after the decode (in place,
    // not thread-safe): that first read runs alone, the rest of the sequences are sampled in parallel.
    const [first, ...rest] = done;
    if (first) await sampleOne(first);
    await Promise.all(rest.map(sampleOne));
  }

  #fail(which: Set<Pending>, err: unknown): void {
    this.#pending = this.#pending.filter((p) => !which.has(p));
    const e = err instanceof Error ? err : new Error(String(err));
    for (const p of which) p.reject(e);
  }
}
