// Evaluation and scoring traffic: requests drawn from the corpus (corpus.ts) sent at exponentially
// distributed times, so they arrive as a Poisson stream like independent clients, in the client traffic's
// body and header shape. Each one goes to one ready worker of the model: an owner still in the evaluation
// lane first (it needs checks to be promoted), otherwise any worker at random (scoring the paid lane).
// All of it is evaluation traffic (docs/verification.md): checked, never paid. Bounded: one request in
// flight per model at a time, each with a timeout, stopped with the network.
import { errorMessage, type Logger } from '../../logging/logger.js';
import type { DevnetProxy } from '../proxy/devnet-proxy.js';
import { corpusRequest, nextDelayMs } from './corpus.js';
import type { Verifier } from './verifier.js';

export interface EvaluationSchedulerOptions {
  proxy: Pick<DevnetProxy, 'request' | 'workers'>;
  verifier: Pick<Verifier, 'view' | 'referenceFor'>;
  model: string;
  /** Mean wait between two requests (default 60 s). */
  meanIntervalMs?: number;
  timeoutMs?: number;
  /** The shape of the network's client traffic to match (its max_tokens, its share of chat requests). */
  shape?: { maxTokens?: number; chatShare?: number };
  log: Logger;
  random?: () => number;
}

export class EvaluationScheduler {
  readonly #o: EvaluationSchedulerOptions;
  readonly #random: () => number;
  #timer: NodeJS.Timeout | null = null;
  #stopped = false;
  #sent = 0;

  constructor(o: EvaluationSchedulerOptions) {
    this.#o = o;
    this.#random = o.random ?? Math.random;
  }

  /** Requests sent so far (answered or not). */
  get sent(): number {
    return this.#sent;
  }

  start(): void {
    if (!this.#o.verifier.referenceFor(this.#o.model)) {
      this.#o.log.info(`no reference for model ${this.#o.model}: no evaluation traffic`);
      return;
    }
    this.#schedule();
  }

  stop(): void {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }

  #schedule(): void {
    if (this.#stopped) return;
    this.#timer = setTimeout(
      () => {
        this.runOnce()
          .catch((err: unknown) => this.#o.log.debug(`evaluation request not run: ${errorMessage(err)}`))
          .finally(() => this.#schedule());
      },
      nextDelayMs(this.#o.meanIntervalMs ?? 60_000, this.#random),
    );
    this.#timer.unref();
  }

  /** The connection the next request goes to, or null when none serves the model. */
  target(): number | null {
    const ready = this.#o.proxy
      .workers()
      .filter((w) => w.ready && w.enabled && w.owner !== null && w.model?.split('@')[0] === this.#o.model);
    const evaluating = ready.filter((w) => this.#o.verifier.view(w.owner as string).lane === 'evaluation');
    const pool = evaluating.length > 0 ? evaluating : ready;
    return pool[Math.floor(this.#random() * pool.length)]?.id ?? null;
  }

  /** One corpus request to one worker, read to its end (so its evidence is checked); its answer's bytes. */
  async runOnce(): Promise<number> {
    const id = this.target();
    if (id === null) return 0;
    const r = corpusRequest(this.#o.model, { random: this.#random, ...this.#o.shape });
    this.#sent += 1;
    const res = await this.#o.proxy.request({
      path: r.path,
      model: this.#o.model,
      payload: r.body,
      headers: r.headers,
      evaluation: true,
      onlyWorker: id,
      timeoutMs: this.#o.timeoutMs ?? 60_000,
    });
    let bytes = 0;
    for await (const chunk of res.body) bytes += chunk.length;
    return bytes;
  }
}
