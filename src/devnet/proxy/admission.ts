// Whether a request can be routed now, must wait, or is refused — and why. A request whose workers are
// all at their cap waits in a bounded FIFO queue (until a slot frees or its timeout passes) instead of
// being turned away at once; beyond the bound it gets 429 'busy'. A refusal names its reason: no worker,
// unknown model, paused by the owner, or priced above the client's max coefficient.
import { ProxyRequestError } from './errors.js';
import { standingAllows, type RouteCandidate, type RouteWant } from './router.js';

/** Requests that may wait for a free worker slot at once (per proxy). */
export const DEFAULT_MAX_QUEUED = 64;

export type Admission = { kind: 'wait' } | { kind: 'refuse'; error: ProxyRequestError };

/** Called when `chooseConnection` found nothing: tells a full-but-serving model from a refusal. */
export function admissionFor(candidates: readonly RouteCandidate[], want: RouteWant): Admission {
  const model = want.baseModel.slice(0, 100);
  const refuse = (code: ProxyRequestError['code'], message: string): Admission => ({
    kind: 'refuse',
    error: new ProxyRequestError(code, message),
  });
  const ready = candidates.filter((c) => c.ready && (want.onlyId === undefined || c.id === want.onlyId));
  if (ready.length === 0) return refuse('no_worker', 'no worker is connected and ready');
  const ofModel = ready.filter((c) => c.baseModel === want.baseModel);
  if (ofModel.length === 0) return refuse('unknown_model', `no worker serves model '${model}'`);
  const enabled = ofModel.filter((c) => c.enabled);
  if (enabled.length === 0)
    return refuse(
      'paused',
      `the worker serving '${model}' is paused by its owner; try again when it resumes`,
    );
  const keyed = enabled.filter((c) => want.minProto === undefined || (c.protoVersion ?? 0) >= want.minProto);
  if (keyed.length === 0)
    return refuse(
      'no_worker',
      `no worker of '${model}' takes encrypted requests (they need protocol ${want.minProto ?? 0} or later)`,
    );
  const priced = keyed.filter(
    (c) => want.maxCoefficient === undefined || c.coefficient <= want.maxCoefficient,
  );
  if (priced.length === 0)
    return refuse(
      'no_worker',
      `every worker of '${model}' asks more than max_coefficient ${want.maxCoefficient ?? ''}`,
    );
  const standing = priced.filter((c) => standingAllows(c, want));
  if (standing.length === 0)
    return refuse(
      'no_worker',
      want.minReputation !== undefined
        ? `no worker of '${model}' has reputation ${want.minReputation} or more in the paid lane`
        : `no worker of '${model}' has passed its evaluation yet (new workers serve checks first)`,
    );
  return { kind: 'wait' };
}

/** FIFO waiters for a free slot; `wake()` lets every waiter re-check in arrival order. */
export class AdmissionQueue {
  readonly #max: number;
  readonly #waiters: Array<() => void> = [];

  constructor(max = DEFAULT_MAX_QUEUED) {
    this.#max = max;
  }

  get size(): number {
    return this.#waiters.length;
  }

  /** Resolves on the next `wake()`; rejects with `busy` when full, `timeout` at the deadline (performance.now()). */
  async wait(deadline: number): Promise<void> {
    if (this.#waiters.length >= this.#max) {
      throw new ProxyRequestError(
        'busy',
        `every worker is busy and ${this.#waiters.length} requests are already waiting; try again shortly`,
      );
    }
    const left = deadline - performance.now();
    if (left <= 0)
      throw new ProxyRequestError('timeout', 'no worker slot freed up before the request timed out');
    await new Promise<void>((resolve, reject) => {
      const wake = (): void => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        const at = this.#waiters.indexOf(wake);
        if (at !== -1) this.#waiters.splice(at, 1);
        reject(
          new ProxyRequestError(
            'timeout',
            `waited ${Math.round(left)} ms in the queue and no worker slot freed up`,
          ),
        );
      }, left);
      this.#waiters.push(wake);
    });
  }

  wake(): void {
    for (const wake of this.#waiters.splice(0)) wake();
  }
}
