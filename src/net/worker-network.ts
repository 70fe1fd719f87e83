// The worker's side of the network: one ProxySession per configured proxy, one global cap on running
// requests across all of them (docs/protocol.md §3.5), and the owner's enable/disable and price changes told to every proxy.
import type { Logger } from '../logging/logger.js';
import type { EarningsLedger } from '../earnings/ledger.js';
import type { InferenceBackend } from './query-runner.js';
import type { Multipliers } from './token-counter.js';
import type { WorkerIdentity } from './worker-handshake.js';
import { ProxySession, type Dial, type ProxyStatus, type RequestDone } from './proxy-session.js';
import { StreamRate, RATE_WINDOW_MS } from './stream-rate.js';

export interface ProxyTarget {
  address: string;
  dial: Dial;
}

export interface ProxyView {
  address: string;
  status: ProxyStatus;
  detail: string;
}

export interface WorkerNetworkOptions {
  proxies: ProxyTarget[];
  identity: Omit<WorkerIdentity, 'proxyCount' | 'coefficient'>;
  coefficient: number;
  ledger: EarningsLedger;
  backend: InferenceBackend;
  multipliers: () => Multipliers;
  feePerToken: () => bigint;
  log: Logger;
  onChange: () => void;
  onRequestDone?: (done: RequestDone) => void;
  backoff?: { initialMs: number; maxMs: number };
  paymentStatusMs?: { min: number; max: number };
}

export class WorkerNetwork {
  readonly #o: WorkerNetworkOptions;
  readonly #sessions: ProxySession[];
  readonly #views: ProxyView[];
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
    this.#views = options.proxies.map((p) => ({
      address: p.address,
      status: 'down',
      detail: 'not connected',
    }));
    const backend = this.#rate.meter(options.backend);
    this.#sessions = options.proxies.map(
      (p, i) =>
        new ProxySession({
          address: p.address,
          dial: p.dial,
          identity: () => ({
            ...options.identity,
            coefficient: this.#coefficient,
            maxActiveRequests: this.#capacity,
            proxyCount: options.proxies.length,
          }),
          ledger: options.ledger,
          backend,
          multipliers: options.multipliers,
          feePerToken: options.feePerToken,
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
            this.#views[i] = { address: p.address, status, detail };
            options.onChange();
          },
          onRequestDone: (done) => options.onRequestDone?.(done),
          log: options.log.child(`proxy${i}`),
          ...(options.backoff ? { backoff: options.backoff } : {}),
          ...(options.paymentStatusMs ? { paymentStatusMs: options.paymentStatusMs } : {}),
        }),
    );
  }

  get activeRequests(): number {
    return this.#active;
  }

  views(): ProxyView[] {
    return [...this.#views];
  }

  /** Tokens per second while streaming, over the last `windowMs` (see StreamRate). */
  tokensPerSecond(windowMs = RATE_WINDOW_MS): number {
    return this.#rate.perSecond(windowMs);
  }

  /** Connects to every proxy (sessions start disabled until `setDisabled(false)`). */
  connect(): void {
    for (const s of this.#sessions) s.start();
  }

  disconnect(reason: string): void {
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
