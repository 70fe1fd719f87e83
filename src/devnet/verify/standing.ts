// A worker owner's standing with the proxy: its lane, the rolling window of its last checks, reliability
// over 1 h and 72 h, and uptime. New owners start in the unpaid evaluation lane and enter the paid lane once
// they passed `promoteAfter` checks with at most `promoteMaxFailures` failures in the window; a paid owner
// with `demoteFailures` failures in the window goes back to evaluation (the gap between the two is the
// hysteresis that keeps an owner from flapping). Defaults as Inference.net's LOGIC lanes: window 500,
// promoted at ≤ 5 failures, demoted at ≥ 10.
export type Lane = 'evaluation' | 'paid';

export interface LaneRules {
  window: number;
  promoteAfter: number;
  promoteMaxFailures: number;
  demoteFailures: number;
}

export const DEFAULT_LANE_RULES: LaneRules = {
  window: 500,
  promoteAfter: 20,
  promoteMaxFailures: 5,
  demoteFailures: 10,
};

export type CheckKind = 'rescore' | 'canary';

export interface CheckRecord {
  /** Unix ms. */
  at: number;
  kind: CheckKind;
  ok: boolean;
  /** Why it failed (or what passed), in words the owner can act on. */
  reason: string;
  distance: number | null;
}

const HOUR = 3_600_000;
const RELIABILITY_WINDOWS = { h1: HOUR, h72: 72 * HOUR } as const;

export interface StandingView {
  lane: Lane;
  checks: number;
  failures: number;
  passedTotal: number;
  failedTotal: number;
  /** Last checks, newest first (at most 10). */
  recent: CheckRecord[];
  /** Share of requests that ended well, per window; null with no request in it. */
  reliability: { h1: number | null; h72: number | null };
  /** Share of the last 72 h (or since first seen) that a connection of this owner was up. */
  uptime: number;
  tokensWithheld: bigint;
  /** Passed checks the evaluation lane needs before paid traffic (the rules' `promoteAfter`). */
  promoteAfter: number;
  /** In the evaluation lane because failed checks took the paid lane away (not a new owner). */
  demoted: boolean;
}

export class Standing {
  lane: Lane = 'evaluation';
  tokensWithheld = 0n;
  #demoted = false;
  readonly #rules: LaneRules;
  readonly #window: boolean[] = [];
  readonly #recent: CheckRecord[] = [];
  readonly #outcomes: Array<{ at: number; ok: boolean }> = [];
  #passed = 0;
  #failed = 0;
  readonly #firstSeen: number;
  #upSince: number | null = null;
  #upMs = 0;
  readonly #now: () => number;

  constructor(rules: LaneRules, now: () => number) {
    this.#rules = rules;
    this.#now = now;
    this.#firstSeen = now();
  }

  /** Records one check; returns the lane change it caused, if any. */
  record(check: CheckRecord): Lane | null {
    this.#window.push(check.ok);
    if (this.#window.length > this.#rules.window) this.#window.shift();
    this.#recent.unshift(check);
    if (this.#recent.length > 10) this.#recent.pop();
    if (check.ok) this.#passed += 1;
    else this.#failed += 1;
    const failures = this.#window.filter((ok) => !ok).length;
    const r = this.#rules;
    if (this.lane === 'paid' && failures >= r.demoteFailures) {
      this.#demoted = true;
      return (this.lane = 'evaluation');
    }
    const passed = this.#window.length - failures;
    if (this.lane === 'evaluation' && passed >= r.promoteAfter && failures <= r.promoteMaxFailures) {
      this.#demoted = false;
      return (this.lane = 'paid');
    }
    return null;
  }

  recordRequest(ok: boolean): void {
    const now = this.#now();
    this.#outcomes.push({ at: now, ok });
    while ((this.#outcomes[0]?.at ?? now) < now - RELIABILITY_WINDOWS.h72) this.#outcomes.shift();
  }

  /** A connection of this owner came up (true) or the last one went down (false). */
  connected(up: boolean): void {
    const now = this.#now();
    if (up && this.#upSince === null) this.#upSince = now;
    if (!up && this.#upSince !== null) {
      this.#upMs += now - this.#upSince;
      this.#upSince = null;
    }
  }

  view(): StandingView {
    const now = this.#now();
    const share = (ms: number): number | null => {
      const inside = this.#outcomes.filter((o) => o.at >= now - ms);
      return inside.length ? inside.filter((o) => o.ok).length / inside.length : null;
    };
    const up = this.#upMs + (this.#upSince !== null ? now - this.#upSince : 0);
    const span = Math.min(now - this.#firstSeen, RELIABILITY_WINDOWS.h72);
    return {
      lane: this.lane,
      checks: this.#window.length,
      failures: this.#window.filter((ok) => !ok).length,
      passedTotal: this.#passed,
      failedTotal: this.#failed,
      recent: [...this.#recent],
      reliability: { h1: share(RELIABILITY_WINDOWS.h1), h72: share(RELIABILITY_WINDOWS.h72) },
      uptime: span > 0 ? Math.min(1, up / span) : this.#upSince !== null ? 1 : 0,
      tokensWithheld: this.tokensWithheld,
      promoteAfter: this.#rules.promoteAfter,
      demoted: this.#demoted,
    };
  }

  /** A single number for routing and client filters, in [0, 1]: verification × reliability × uptime. */
  score(): number {
    const v = this.view();
    const verified = v.checks ? 1 - v.failures / v.checks : 0;
    return verified * (v.reliability.h1 ?? 1) * (v.lane === 'paid' ? 1 : 0.5) * Math.max(0.5, v.uptime);
  }
}
