// The proxy's verification: which requests are re-scored (every evaluation request, a random share of
// the rest — 2 % by default), the check itself (teacher-forced on the reference engine at ~10 sampled
// positions, scored by distance.ts), each owner's standing (lanes, windows) and whether a request's tokens
// are paid: evaluation traffic is unpaid, and a request whose check fails is withheld.
import type { Logger } from '../../logging/logger.js';
import { errorMessage } from '../../logging/logger.js';
import { checkAnswer, type Reference } from './answer-check.js';
import { DEFAULT_THRESHOLD } from './distance.js';
import type { RequestEvidence } from './evidence-port.js';
import { replayKey, ReplayMemory } from './replay-memory.js';
import {
  DEFAULT_LANE_RULES,
  Standing,
  type CheckKind,
  type CheckRecord,
  type LaneRules,
  type StandingView,
} from './standing.js';

export interface VerifierOptions {
  log: Logger;
  /**
   * The reference for the served model, or a lookup by base model name (the network keeps references only
   * for model files it has); without one a model's requests are not re-scored (nor withheld for it).
   */
  reference: Reference | null | ((model: string) => Reference | null);
  /** Share of client requests re-scored (default 0.02). */
  share?: number;
  /** Positions re-scored per check (default 10). */
  positions?: number;
  threshold?: number;
  /** Nats below the sampler's cut a chosen token may sit (sampler-support.ts). */
  supportMargin?: number;
  rules?: Partial<LaneRules>;
  random?: () => number;
  now?: () => number;
}

export type { Reference } from './answer-check.js';

/** What one request will be: checked or not, and whether its tokens can be paid. */
export interface RequestPlan {
  owner: string;
  /** The base model name (the reference to check against). */
  model: string;
  kind: CheckKind | null;
  evaluation: boolean;
}

export class Verifier {
  readonly #o: VerifierOptions;
  readonly #rules: LaneRules;
  readonly #standings = new Map<string, Standing>();
  readonly #replays = new ReplayMemory();
  /** Per owner, the context its answers ended at (answer-check.ts). */
  readonly #contexts = new Map<string, number>();
  readonly #random: () => number;
  readonly #now: () => number;
  readonly threshold: number;

  constructor(o: VerifierOptions) {
    this.#o = o;
    this.#rules = { ...DEFAULT_LANE_RULES, ...o.rules };
    this.#random = o.random ?? Math.random;
    this.#now = o.now ?? Date.now;
    this.threshold = o.threshold ?? DEFAULT_THRESHOLD;
  }

  standing(owner: string): Standing {
    let s = this.#standings.get(owner);
    if (!s) {
      s = new Standing(this.#rules, this.#now);
      this.#standings.set(owner, s);
    }
    return s;
  }

  view(owner: string): StandingView {
    return this.standing(owner).view();
  }

  /** The reference of a model (base name), or null: the network has no file for it. */
  referenceFor(model: string): Reference | null {
    const r = this.#o.reference;
    return typeof r === 'function' ? r(model) : r;
  }

  /** Evaluation requests are always checked; a client request with probability `share`. */
  plan(owner: string, evaluation: boolean, model = ''): RequestPlan {
    const checked =
      this.referenceFor(model) !== null && (evaluation || this.#random() < (this.#o.share ?? 0.02));
    return { owner, model, evaluation, kind: checked ? (evaluation ? 'canary' : 'rescore') : null };
  }

  /**
   * Whether to pay a finished request: evaluation traffic never is; a checked one only when its check
   * passes (the tokens of a failed check are withheld and counted). `evidence` settles when the answer ended
   * (undefined: the request failed before any answer, nothing to check).
   */
  async settle(
    plan: RequestPlan,
    path: string,
    clientPayload: Buffer,
    evidence: Promise<RequestEvidence | null | undefined>,
    tokens: bigint,
  ): Promise<boolean> {
    const standing = this.standing(plan.owner);
    let ok = true;
    const answer = await evidence.catch(() => null);
    // A sampled request answered with the same tokens as before is always checked (replay-memory.ts).
    const key = answer && this.referenceFor(plan.model) ? replayKey(path, clientPayload) : null;
    const repeated =
      key !== null && answer
        ? this.#replays.repeated(
            plan.owner,
            key,
            answer.tokens.map((t) => t.token),
          )
        : false;
    const kind = plan.kind ?? (repeated ? 'rescore' : null);
    if (kind !== null && answer !== undefined) {
      const check = await this.check(kind, path, clientPayload, answer, plan.model, repeated, plan.owner);
      if (check) {
        ok = check.ok;
        const change = standing.record(check);
        if (!check.ok)
          this.#o.log.warn(`check failed for owner ${plan.owner.slice(0, 14)}…: ${check.reason}`);
        if (change) this.#o.log.info(`owner ${plan.owner.slice(0, 14)}… moves to the ${change} lane`);
      }
    }
    if (!ok) standing.tokensWithheld += tokens;
    return ok && !plan.evaluation;
  }

  /** One check; null when it cannot be made (no reference, a request the reference cannot hold). */
  async check(
    kind: CheckKind,
    path: string,
    payload: Buffer,
    evidence: RequestEvidence | null,
    model = '',
    repeated = false,
    owner = '',
  ): Promise<CheckRecord | null> {
    const reference = this.referenceFor(model);
    if (!reference) return null;
    const at = this.#now();
    if (!evidence)
      return {
        at,
        kind,
        ok: false,
        reason: 'the answer carried no log-probability evidence',
        distance: null,
      };
    try {
      const outcome = await checkAnswer({
        reference,
        path,
        payload,
        evidence,
        positions: this.#o.positions ?? 10,
        threshold: this.threshold,
        random: this.#random,
        repeated,
        context: this.#contexts.get(owner) ?? null,
        ...(this.#o.supportMargin !== undefined ? { margin: this.#o.supportMargin } : {}),
      });
      if (!outcome) return null;
      const { context, ...record } = outcome;
      if (context !== undefined && owner) this.#contexts.set(owner, context);
      return { at, kind, ...record };
    } catch (err) {
      const reason = `the evidence does not fit the request: ${errorMessage(err).slice(0, 120)}`;
      return { at, kind, ok: false, reason, distance: null };
    }
  }

  /** Routing's reputation in [0, 1] (score of standing.ts). */
  score(owner: string): number {
    return this.standing(owner).score();
  }
}
