// Evaluation and scoring traffic: requests drawn from the corpus (corpus.ts) sent at exponentially
// distributed times, so they arrive as a Poisson stream like independent clients, in the client traffic's
// body and header shape. Each one goes to one ready worker of the model, chosen in this order: an owner
// whose lane changed since its last request (each request carries its standing, so a promotion or
// demotion reaches the owner soon); an owner in the evaluation lane (it needs checks to be promoted); a
// paid owner whose newest check failed; a connection that came up recently and has had fewer than
// `freshChecks` requests (a worker that reconnected, e.g. with another model file); otherwise any worker
// at random (scoring the paid lane). While one of the first four exists the stream runs at
// `fastMeanIntervalMs`, else at `meanIntervalMs`. A share `repeatShare` of the requests repeats, byte for
// byte, a body this owner was sent before (sent-bodies.ts), so cached replays can be told from sampling.
// All of it is evaluation traffic (docs/verification.md): checked, never paid. Bounded: one request in
// flight per model at a time, each with a timeout, stopped with the network.
import { errorMessage, type Logger } from '../../logging/logger.js';
import type { DevnetProxy } from '../proxy/devnet-proxy.js';
import { corpusRequest, nextDelayMs } from './corpus.js';
import { SentBodies } from './sent-bodies.js';
import type { Lane } from './standing.js';
import type { Verifier } from './verifier.js';

export interface EvaluationSchedulerOptions {
  proxy: Pick<DevnetProxy, 'request' | 'workers'>;
  verifier: Pick<Verifier, 'view' | 'referenceFor'>;
  model: string;
  /** Mean wait between two requests (default 60 s). */
  meanIntervalMs?: number;
  /** Mean wait while an owner is in the evaluation lane or a connection is fresh (default: meanIntervalMs). */
  fastMeanIntervalMs?: number;
  /** Requests a new connection gets first, at the fast rate, whatever its owner's lane (default 0). */
  freshChecks?: number;
  /** Share of requests that resend a body this owner was sent before (default 0.2). */
  repeatShare?: number;
  timeoutMs?: number;
  /** The shape of the network's client traffic to match (its max_tokens, its share of chat requests). */
  shape?: { maxTokens?: number; chatShare?: number };
  log: Logger;
  random?: () => number;
}

type Candidate = { id: number; owner: string };

export class EvaluationScheduler {
  readonly #o: EvaluationSchedulerOptions;
  readonly #random: () => number;
  readonly #bodies = new SentBodies();
  /** Requests sent per connection id, for the connections serving the model now. */
  readonly #perConnection = new Map<number, number>();
  /** The lane each owner was in when its last request was sent (what its standing header said). */
  readonly #toldLane = new Map<string, Lane>();
  #timer: NodeJS.Timeout | null = null;
  #dueAt = 0;
  #stopped = false;
  #sent = 0;
  #repeats = 0;

  constructor(o: EvaluationSchedulerOptions) {
    this.#o = o;
    this.#random = o.random ?? Math.random;
  }

  /** Requests sent so far (answered or not). */
  get sent(): number {
    return this.#sent;
  }

  /** Of those, the ones that resent an earlier body. */
  get repeats(): number {
    return this.#repeats;
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

  #schedule(delayMs = this.nextDelayMs()): void {
    if (this.#stopped) return;
    this.#dueAt = Date.now() + delayMs;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.runOnce()
        .catch((err: unknown) => this.#o.log.debug(`evaluation request not run: ${errorMessage(err)}`))
        .finally(() => this.#schedule());
    }, delayMs);
    this.#timer.unref();
  }

  /**
   * Call when the model's workers change: a connection that just came up (a reconnection, another model
   * file) does not wait out a slow draw made before it existed. Nothing changes while a request runs.
   */
  nudge(): void {
    if (this.#stopped || this.#timer === null) return;
    const delayMs = this.nextDelayMs();
    if (Date.now() + delayMs >= this.#dueAt) return;
    clearTimeout(this.#timer);
    this.#schedule(delayMs);
  }

  /** The wait before the next request: fast while someone needs checks, else the slow rate. */
  nextDelayMs(): number {
    const slow = this.#o.meanIntervalMs ?? 60_000;
    // No worker serves the model right now (it is reconnecting, e.g. after a model change): look again soon.
    const { urgent: u, ready } = this.#pools();
    const urgent = u.length > 0 || ready.length === 0;
    return nextDelayMs(urgent ? (this.#o.fastMeanIntervalMs ?? slow) : slow, this.#random);
  }

  #pools(): { urgent: Candidate[]; ready: Candidate[] } {
    const ready = this.#o.proxy
      .workers()
      .filter((w) => w.ready && w.enabled && w.owner !== null && w.model?.split('@')[0] === this.#o.model)
      .map((w) => ({ id: w.id, owner: w.owner as string }));
    for (const id of this.#perConnection.keys())
      if (!ready.some((w) => w.id === id)) this.#perConnection.delete(id);
    const lane = (w: Candidate) => this.#o.verifier.view(w.owner).lane;
    const untold = ready.filter(
      (w) => this.#toldLane.has(w.owner) && this.#toldLane.get(w.owner) !== lane(w),
    );
    const evaluating = ready.filter((w) => lane(w) === 'evaluation');
    // A paid owner whose newest check failed is checked again soon: a cheat fails on, an honest slip passes.
    const suspect = ready.filter((w) => this.#o.verifier.view(w.owner).recent[0]?.ok === false);
    const fresh = ready.filter((w) => (this.#perConnection.get(w.id) ?? 0) < (this.#o.freshChecks ?? 0));
    const urgent = [untold, evaluating, suspect, fresh].find((pool) => pool.length > 0) ?? [];
    return { urgent, ready };
  }

  /** The connection the next request goes to, or null when none serves the model. */
  target(): number | null {
    return this.#pick()?.id ?? null;
  }

  #pick(): Candidate | null {
    const { urgent, ready } = this.#pools();
    const pool = urgent.length > 0 ? urgent : ready;
    return pool[Math.floor(this.#random() * pool.length)] ?? null;
  }

  /** The request for this owner: an earlier body again (a share `repeatShare`), else a new one. */
  #requestFor(owner: string) {
    const again =
      this.#random() < (this.#o.repeatShare ?? 0.2) ? this.#bodies.pick(owner, this.#random) : null;
    if (again) {
      this.#repeats += 1;
      return again;
    }
    const r = corpusRequest(this.#o.model, { random: this.#random, ...this.#o.shape });
    this.#bodies.remember(owner, r);
    return r;
  }

  /** One corpus request to one worker, read to its end (so its evidence is checked); its answer's bytes. */
  async runOnce(): Promise<number> {
    const w = this.#pick();
    if (w === null) return 0;
    const r = this.#requestFor(w.owner);
    this.#sent += 1;
    this.#perConnection.set(w.id, (this.#perConnection.get(w.id) ?? 0) + 1);
    this.#toldLane.set(w.owner, this.#o.verifier.view(w.owner).lane);
    if (this.#toldLane.size > 4096) this.#toldLane.delete(this.#toldLane.keys().next().value as string);
    const res = await this.#o.proxy.request({
      path: r.path,
      model: this.#o.model,
      payload: r.body,
      headers: r.headers.map(([n, v]): [string, string] => [n, v]),
      evaluation: true,
      onlyWorker: w.id,
      timeoutMs: this.#o.timeoutMs ?? 60_000,
    });
    let bytes = 0;
    for await (const chunk of res.body) bytes += chunk.length;
    return bytes;
  }
}
