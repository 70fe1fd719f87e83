// The worker's side of the network: one ProxySession per configured proxy, one global cap on running
// requests across all of them (docs/protocol.md §3.5), and the owner's enable/disable and price changes told to every proxy.
import type { Logger } from '../logging/logger.js';
import type { EarningsLedger } from '../earnings/ledger.js';
import type { InferenceBackend } from './query-runner.js';
import type { Multipliers } from './token-counter.js';
import type { WorkerIdentity } from './worker-handshake.js';
import type { ChangeModel } from './proxy-queries.js';
import { ProxySession, type Dial, type ProxyStatus } from './proxy-session.js';
import type { RequestDone } from './request-serving.js';
import { StreamRate, RATE_WINDOW_MS } from './stream-rate.js';
import type { ProxyStanding } from './proxy-standing.js';

/** How a proxy is trusted: `tee`/`home` are checked against the root contract, `manual` is typed by the owner. */
export type ProxyTier = 'tee' | 'home' | 'manual';

export interface ProxyTrust {
  tier: ProxyTier;
  /** Its last certificate passed its tier's check (never for `manual`). */
  verified: boolean;
}

export interface ProxyTarget {
  address: string;
  dial: Dial;
  /** Read whenever the views are built; none: a manual, unverified proxy. */
  trust?: () => ProxyTrust;
}

export interface ProxyView extends ProxyTrust {
  address: string;
  status: ProxyStatus;
  detail: string;
  /** What this proxy last said about the worker's standing (lane, checks), null before it said anything. */
  standing?: ProxyStanding | null;
}

const viewOf = (p: ProxyTarget): Omit<ProxyView, 'status' | 'detail'> => ({
  address: p.address,
  ...(p.trust?.() ?? { tier: 'manual', verified: false }),
});

export interface WorkerNetworkOptions {
  proxies: ProxyTarget[];
  identity: Omit<WorkerIdentity, 'proxyCount' | 'coefficient'>;
  coefficient: number;
  ledger: EarningsLedger;
  backend: InferenceBackend;
  multipliers: () => Multipliers;
  feePerToken: () => bigint;
  pricePerToken?: () => bigint | undefined;
  log: Logger;
  onChange: () => void;
  onRequestDone?: (done: RequestDone) => void;
  backoff?: { initialMs: number; maxMs: number };
  paymentStatusMs?: { min: number; max: number };
  /** Answers a proxy's worker.changeModel (see ProxySessionOptions.changeModel). */
  changeModel?: ChangeModel;
}

export class WorkerNetwork {
  readonly #o: WorkerNetworkOptions;
  readonly #sessions: ProxySession[] = [];
  readonly #views: ProxyView[] = [];
  readonly #standings = new WeakMap<ProxySession, ProxyStanding>();
  /** The target of each session, index for index. */
  readonly #targets: ProxyTarget[] = [];
  readonly #backend: InferenceBackend;
  #connected = false;
  #nextId = 0;
  #active = 0;
  #disabled = true;
  #coefficient: number;
  /** The throttling level's capacity: admits at most this many at once (the handshake's max_active_requests). */
  #capacity: number;
  /** Sessions still advertising another max_active_requests: redialled once none of their requests runs. */
  readonly #stale = new Set<ProxySession>();
  readonly #rate = new StreamRate();
  /** Refreshes the state once a second while the rate is live, so Tokens/s moves during a stream and decays to 0. */
  #ticker: NodeJS.Timeout | null = null;

  constructor(options: WorkerNetworkOptions) {
    this.#o = options;
    this.#coefficient = options.coefficient;
    this.#capacity = options.identity.maxActiveRequests;
    this.#backend = this.#rate.meter(options.backend);
    for (const p of options.proxies) this.#add(p);
  }

  /** A session for `p`, its view, both appended (the session starts when the network is connected). */
  #add(p: ProxyTarget): void {
    const options = this.#o;
    const session: ProxySession = new ProxySession({
      address: p.address,
      dial: p.dial,
      identity: () => ({
        ...options.identity,
        coefficient: this.#coefficient,
        maxActiveRequests: this.#capacity,
        proxyCount: this.#sessions.length,
      }),
      ledger: options.ledger,
      backend: this.#backend,
      multipliers: options.multipliers,
      feePerToken: options.feePerToken,
      ...(options.pricePerToken ? { pricePerToken: options.pricePerToken } : {}),
      admit: () => {
        if (this.#disabled || this.#active >= this.#capacity) return false;
        this.#active += 1;
        this.#tick();
        options.onChange();
        return true;
      },
      release: () => {
        this.#active -= 1;
        this.#redialIdle();
        options.onChange();
      },
      isDisabled: () => this.#disabled,
      onStatus: (status, detail) => {
        const i = this.#sessions.indexOf(session);
        if (i < 0) return; // removed: it is draining and no longer shown
        // A new connection (another owner, perhaps, after a wallet link) has no word from the proxy yet.
        if (status === 'connecting') this.#standings.delete(session);
        this.#views[i] = { ...viewOf(p), status, detail };
        options.onChange();
      },
      onRequestDone: (done) => options.onRequestDone?.(done),
      onStanding: (standing) => {
        this.#standings.set(session, standing);
        options.onChange();
      },
      log: options.log.child(`proxy${this.#nextId++}`),
      ...(options.backoff ? { backoff: options.backoff } : {}),
      ...(options.paymentStatusMs ? { paymentStatusMs: options.paymentStatusMs } : {}),
      ...(options.changeModel ? { changeModel: options.changeModel } : {}),
    });
    this.#targets.push(p);
    this.#sessions.push(session);
    this.#views.push({ ...viewOf(p), status: 'down', detail: 'not connected' });
    if (this.#connected) session.start();
  }

  /**
   * Makes the proxy set `targets` (by address), live: new ones connect (when the network is connected);
   * dropped ones stop taking requests at once and close when their running requests have finished (the
   * promise resolves then); kept ones keep their session, dial and trust.
   */
  async setProxies(targets: readonly ProxyTarget[]): Promise<void> {
    const wanted = new Map(targets.map((t) => [t.address, t]));
    const drains: Promise<void>[] = [];
    for (let i = this.#targets.length - 1; i >= 0; i--) {
      const target = this.#targets[i];
      const session = this.#sessions[i];
      if (!target || !session || wanted.has(target.address)) continue;
      this.#targets.splice(i, 1);
      this.#sessions.splice(i, 1);
      this.#views.splice(i, 1);
      this.#stale.delete(session);
      drains.push(session.drain(`${target.address} is no longer a proxy of this network`));
    }
    const have = new Set(this.#targets.map((t) => t.address));
    for (const t of wanted.values()) if (!have.has(t.address)) this.#add(t);
    this.#o.onChange();
    await Promise.all(drains);
  }

  get activeRequests(): number {
    return this.#active;
  }

  views(): ProxyView[] {
    return this.#views.map((v, i) => {
      const t = this.#targets[i];
      const session = this.#sessions[i];
      const standing = (session && this.#standings.get(session)) ?? null;
      return t ? { ...v, ...viewOf(t), standing } : { ...v, standing };
    });
  }

  /** Tokens per second while streaming, over the last `windowMs` (see StreamRate). */
  tokensPerSecond(windowMs = RATE_WINDOW_MS): number {
    return this.#rate.perSecond(windowMs);
  }

  /** Connects to every proxy (sessions start disabled until `setDisabled(false)`). */
  connect(): void {
    this.#connected = true;
    for (const s of this.#sessions) s.start();
  }

  disconnect(reason: string): void {
    this.#connected = false;
    for (const s of this.#sessions) s.stop(reason);
    if (this.#ticker) clearInterval(this.#ticker);
    this.#ticker = null;
  }

  #tick(): void {
    if (this.#ticker) return;
    this.#ticker = setInterval(() => {
      if (this.#active === 0 && this.#rate.perSecond() === 0 && this.#ticker) {
        clearInterval(this.#ticker);
        this.#ticker = null;
      }
      this.#o.onChange();
    }, 1000);
    this.#ticker.unref();
  }

  setDisabled(disabled: boolean): void {
    if (disabled === this.#disabled) return;
    this.#disabled = disabled;
    for (const s of this.#sessions) s.announceDisabled(disabled);
    this.#o.onChange();
  }

  /**
   * A throttling level's capacity: at most `n` requests admitted at once from now on (those running finish).
   * Proxies learn a new max_active_requests only in the handshake, so each session reconnects, but only
   * once none of its requests is in flight: a reconnect would cut them.
   */
  setCapacity(n: number): void {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`capacity must be a whole number ≥ 1, not ${n}`);
    if (n === this.#capacity) return;
    this.#capacity = n;
    for (const s of this.#sessions) this.#stale.add(s);
    this.#redialIdle();
  }

  get capacity(): number {
    return this.#capacity;
  }

  #redialIdle(): void {
    for (const s of [...this.#stale]) {
      if (s.inflight > 0) continue;
      this.#stale.delete(s);
      s.redial(`max_active_requests is now ${this.#capacity}`);
    }
  }

  setCoefficient(coefficient: number): void {
    if (coefficient === this.#coefficient) return;
    this.#coefficient = coefficient;
    for (const s of this.#sessions) s.announceCoefficient(coefficient);
  }
}
