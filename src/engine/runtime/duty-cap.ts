// The engine's duty cap: a ceiling on the share of wall time the engine spends decoding, enforced between
// decode steps. A throttling level (Quiet: 40 %) sets it; it bounds GPU utilisation and with it heat, fan
// noise and power, whatever the hardware. Every running generation is a lane; the engine counts as busy
// while at least one lane is inside a decode step (node-llama-cpp batches the lanes' steps together, so
// busy time is their union, not their sum). After each step a lane waits until busy ÷ elapsed is back
// under the cap. Idle time between requests pays off a debt but is never banked as credit for a burst.
// A new cap applies from the next step: lanes parked under the old one wake and re-measure at once.

/** Above this the accounting halves (keeping the ratio), so the cap follows the recent past, not all time. */
const WINDOW_MS = 4000;
/** A single wait never exceeds this (re-measured after), so a cancel or a new cap is never far off. */
const MAX_WAIT_MS = 250;
/**
 * Debts below this are carried to the next step instead of slept off: every wake-up costs scheduling
 * latency that would count as busy time (on a loaded machine several ms), so a tiny model's 1–2 ms steps
 * rest in ~15 ms spans. Far below what heat, fan noise or a power average can notice.
 */
const MIN_WAIT_MS = 15;

export interface DutyLane {
  /** Call after each decode step; resolves when the next step may start. Never rejects. */
  step(): Promise<void>;
  /** The generation ended (finished, stopped or failed). Idempotent. */
  leave(): void;
}

export interface DutyStats {
  share: number;
  /** Busy ms and elapsed ms in the current accounting window. */
  busyMs: number;
  elapsedMs: number;
}

export class DutyCapError extends Error {
  readonly code = 'bad-duty-share';
}

export class DutyCap {
  readonly #now: () => number;
  #share = 1;
  #lanes = 0;
  #running = 0;
  #busyMs = 0;
  #windowStart = 0;
  #lastMark = 0;
  readonly #sleepers = new Set<() => void>();

  constructor(options: { now?: () => number } = {}) {
    this.#now = options.now ?? (() => performance.now());
  }

  get share(): number {
    return this.#share;
  }

  /** Sets the cap: a share of wall time in (0, 1]; 1 is no cap. Parked lanes re-measure at once. */
  set(share: number): void {
    if (!Number.isFinite(share) || share <= 0 || share > 1)
      throw new DutyCapError(`a duty cap is a share in (0, 1], not ${share}`);
    if (share === this.#share) return;
    const now = this.#now();
    this.#mark(now);
    this.#share = share;
    // The new cap is measured from now on: the old window's debt or credit belonged to the old cap.
    this.#busyMs = 0;
    this.#windowStart = now;
    for (const wake of [...this.#sleepers]) wake();
  }

  stats(): DutyStats {
    const now = this.#now();
    this.#mark(now);
    return { share: this.#share, busyMs: this.#busyMs, elapsedMs: now - this.#windowStart };
  }

  /** A generation starts (its prompt evaluation counts as busy). `signal` ends a wait early. */
  enter(signal?: AbortSignal): DutyLane {
    const now = this.#now();
    this.#mark(now);
    if (this.#lanes === 0 && now - this.#windowStart >= this.#busyMs / this.#share) {
      // Idle long enough to have paid any debt: start a fresh window (no credit carried over).
      this.#busyMs = 0;
      this.#windowStart = now;
    }
    this.#lanes++;
    this.#running++;
    let parked = false;
    let left = false;
    return {
      step: async () => {
        if (left || this.#share >= 1) return;
        this.#mark(this.#now());
        this.#running--;
        parked = true;
        try {
          await this.#waitUnderCap(signal);
        } finally {
          this.#mark(this.#now());
          parked = false;
          if (!left) this.#running++;
        }
      },
      leave: () => {
        if (left) return;
        left = true;
        this.#mark(this.#now());
        if (!parked) this.#running--;
        this.#lanes--;
      },
    };
  }

  async #waitUnderCap(signal: AbortSignal | undefined): Promise<void> {
    for (;;) {
      if (signal?.aborted) return;
      const now = this.#now();
      let elapsed = now - this.#windowStart;
      if (elapsed > WINDOW_MS) {
        this.#busyMs /= 2;
        this.#windowStart = now - elapsed / 2;
        elapsed /= 2;
      }
      const wait = this.#busyMs / this.#share - elapsed;
      if (wait < MIN_WAIT_MS) return;
      await this.#sleep(Math.min(wait, MAX_WAIT_MS), signal);
    }
  }

  #sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        this.#sleepers.delete(wake);
        signal?.removeEventListener('abort', wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.#sleepers.add(wake);
      signal?.addEventListener('abort', wake, { once: true });
    });
  }

  #mark(now: number): void {
    if (this.#running > 0) this.#busyMs += now - this.#lastMark;
    this.#lastMark = now;
  }
}
