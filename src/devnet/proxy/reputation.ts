// Reputation per worker owner: a decaying success rate, a decaying latency, and canary results. A canary
// mismatch halves the canary factor; each match restores part of it, so one bad answer costs more than one
// good answer earns back. The score is in [0, 1]; routing uses it to break ties.
export interface ReputationView {
  score: number;
  successRate: number;
  latencyMs: number | null;
  canaryPassed: number;
  canaryFailed: number;
}

const ALPHA = 0.1;

class Entry {
  successRate = 1;
  latencyMs: number | null = null;
  canaryFactor = 1;
  canaryPassed = 0;
  canaryFailed = 0;

  view(): ReputationView {
    return {
      score: this.successRate * this.canaryFactor,
      successRate: this.successRate,
      latencyMs: this.latencyMs,
      canaryPassed: this.canaryPassed,
      canaryFailed: this.canaryFailed,
    };
  }
}

export class Reputation {
  readonly #entries = new Map<string, Entry>();

  #entry(key: string): Entry {
    let e = this.#entries.get(key);
    if (!e) {
      e = new Entry();
      this.#entries.set(key, e);
    }
    return e;
  }

  recordRequest(key: string, ok: boolean, latencyMs: number): void {
    const e = this.#entry(key);
    e.successRate = (1 - ALPHA) * e.successRate + ALPHA * (ok ? 1 : 0);
    if (ok) e.latencyMs = e.latencyMs === null ? latencyMs : (1 - ALPHA) * e.latencyMs + ALPHA * latencyMs;
  }

  recordCanary(key: string, matched: boolean): void {
    const e = this.#entry(key);
    if (matched) {
      e.canaryPassed += 1;
      e.canaryFactor = Math.min(1, e.canaryFactor + 0.1);
    } else {
      e.canaryFailed += 1;
      e.canaryFactor *= 0.5;
    }
  }

  score(key: string): number {
    return this.#entries.get(key)?.view().score ?? 1;
  }

  view(key: string): ReputationView {
    return this.#entry(key).view();
  }
}
