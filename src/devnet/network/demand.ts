// The local network's own client traffic and canaries, following what its workers serve: a trickle of
// client requests runs while some worker is ready and enabled, for the model that worker advertises, and
// canaries ask each model that is served. Nothing here knows the node: the proxy's worker list is the
// only input, as a real network's clients would see it.
import { drop, type Logger } from '../../logging/logger.js';
import type { DevnetProxy } from '../proxy/index.js';
import { CanaryRunner } from '../proxy/index.js';
import { startTrickle, type Trickle } from '../load/index.js';
import { EvaluationScheduler } from '../verify/evaluation-scheduler.js';
import type { NetworkVerification } from '../verify/network-verification.js';

export interface DemandOptions {
  proxy: DevnetProxy;
  clientUrl: string;
  requestsPerMinute: number;
  log: Logger;
  canaryIntervalMs?: number;
  /** Under verification, models with a reference get corpus evaluation traffic instead of canaries. */
  verification?: Pick<
    NetworkVerification,
    'verifier' | 'evaluationMeanMs' | 'evaluationFastMeanMs' | 'freshChecks'
  >;
}

const TRICKLE_MAX_TOKENS = 48;

export class NetworkDemand {
  readonly #o: DemandOptions;
  #trickle: { model: string; run: Trickle } | null = null;
  #canaries: { model: string; run: { stop(): void } } | null = null;

  constructor(o: DemandOptions) {
    this.#o = o;
  }

  /** The model some ready, enabled worker serves (the first one), or null. */
  #servedModel(): string | null {
    const w = this.#o.proxy.workers().find((x) => x.ready && x.enabled && x.model);
    return w?.model ?? null;
  }

  /** Call whenever the proxy's workers change. */
  update(): void {
    const model = this.#servedModel();
    if (this.#trickle && this.#trickle.model !== model) this.#stopTrickle();
    if (model && !this.#trickle && this.#o.requestsPerMinute > 0) {
      const run = startTrickle({
        url: this.#o.clientUrl,
        model,
        ratePerSecond: this.#o.requestsPerMinute / 60,
        maxTokens: TRICKLE_MAX_TOKENS,
        log: this.#o.log.child('trickle'),
      });
      this.#trickle = { model, run };
    }
    if (this.#canaries?.run instanceof EvaluationScheduler) this.#canaries.run.nudge();
    if (model && this.#canaries?.model !== model) {
      this.#canaries?.run.stop();
      const v = this.#o.verification;
      if (v?.verifier.referenceFor(model)) {
        // Evaluation traffic shaped like the trickle (its max_tokens, half chat, half completions).
        const run = new EvaluationScheduler({
          proxy: this.#o.proxy,
          verifier: v.verifier,
          model,
          meanIntervalMs: v.evaluationMeanMs,
          fastMeanIntervalMs: v.evaluationFastMeanMs,
          freshChecks: v.freshChecks,
          // One request in flight per model: a stuck one must not hold the stream for the default minute.
          timeoutMs: 20_000,
          shape: { maxTokens: TRICKLE_MAX_TOKENS, chatShare: 0.5 },
          log: this.#o.log.child('evaluation'),
        });
        run.start();
        this.#canaries = { model, run };
        return;
      }
      // No reference engine here: the first answer two different owners agree on becomes the reference.
      const run = new CanaryRunner({
        proxy: this.#o.proxy,
        model,
        intervalMs: this.#o.canaryIntervalMs ?? 120_000,
        log: this.#o.log.child('canary'),
      });
      drop(run.start(), this.#o.log, 'starting the canaries');
      this.#canaries = { model, run };
    }
  }

  #stopTrickle(): void {
    const t = this.#trickle;
    this.#trickle = null;
    if (t) drop(t.run.stop(), this.#o.log, 'stopping the trickle');
  }

  async stop(): Promise<void> {
    this.#canaries?.run.stop();
    this.#canaries = null;
    const t = this.#trickle;
    this.#trickle = null;
    await t?.run.stop();
  }
}
