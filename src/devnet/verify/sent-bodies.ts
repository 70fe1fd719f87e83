// What the evaluation traffic already sent to each owner, so a share of it can be sent again byte for byte:
// an honest worker samples a fresh answer to a repeated request (temperature 0.7), a worker that replays
// cached answers returns the same tokens, which the verifier can see. Bounded: the last `perOwner` bodies
// per owner, for the `maxOwners` owners sent to most recently (kept across reconnections, so reconnecting
// does not wash a cache's history away).
import type { CorpusRequest } from './corpus.js';

type Sent = Pick<CorpusRequest, 'path' | 'body' | 'headers'>;

export class SentBodies {
  readonly #perOwner: number;
  readonly #maxOwners: number;
  readonly #byOwner = new Map<string, Sent[]>();

  constructor(o: { perOwner?: number; maxOwners?: number } = {}) {
    this.#perOwner = o.perOwner ?? 64;
    this.#maxOwners = o.maxOwners ?? 256;
  }

  remember(owner: string, r: Sent): void {
    const list = this.#byOwner.get(owner) ?? [];
    list.push(r);
    if (list.length > this.#perOwner) list.shift();
    // Re-inserted last: the map's order is the owners' recency.
    this.#byOwner.delete(owner);
    this.#byOwner.set(owner, list);
    const oldest = this.#byOwner.keys().next().value;
    if (this.#byOwner.size > this.#maxOwners && oldest !== undefined) this.#byOwner.delete(oldest);
  }

  /** One body sent to this owner before, drawn uniformly, or null when none was. */
  pick(owner: string, random: () => number): Sent | null {
    const list = this.#byOwner.get(owner);
    if (!list?.length) return null;
    return list[Math.min(list.length - 1, Math.floor(random() * list.length))] ?? null;
  }

  count(owner: string): number {
    return this.#byOwner.get(owner)?.length ?? 0;
  }
}
