// Download speed over a moving window of a few seconds: smooth enough for an ETA, quick to show a stall
// (the rate decays while no bytes arrive, instead of freezing at the last value).
export class RateMeter {
  readonly #windowMs: number;
  readonly #now: () => number;
  #samples: Array<{ at: number; bytes: number }> = [];

  constructor(o: { windowMs?: number; now?: () => number } = {}) {
    this.#windowMs = o.windowMs ?? 4000;
    this.#now = o.now ?? Date.now;
  }

  /** Records the cumulative byte count of this transfer. */
  add(bytes: number): void {
    const at = this.#now();
    const last = this.#samples.at(-1);
    if (last && bytes < last.bytes) this.#samples = []; // the transfer restarted from zero
    // Coalesce samples closer than 100 ms so a fast stream keeps the array small.
    if (last && at - last.at < 100 && this.#samples.length > 1) last.bytes = bytes;
    else this.#samples.push({ at, bytes });
    this.#prune(at);
  }

  /** Bytes per second over the window, ending now. */
  rate(): number {
    const at = this.#now();
    this.#prune(at);
    const first = this.#samples[0];
    const last = this.#samples.at(-1);
    if (!first || !last || last === first) return 0;
    // At least half a second of span, so the first two chunks cannot claim an absurd speed.
    const seconds = Math.max(at - first.at, 500) / 1000;
    return (last.bytes - first.bytes) / seconds;
  }

  reset(): void {
    this.#samples = [];
  }

  #prune(at: number): void {
    // Keep one sample at or before the window's start so the span covers the whole window.
    while (this.#samples.length > 1 && (this.#samples[1]?.at ?? at) <= at - this.#windowMs)
      this.#samples.shift();
  }
}
