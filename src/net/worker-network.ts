// The worker's side of the network: one ProxySession per configured proxy, one global cap on running
// requests across all of them (§3.5), and the owner's enable/disable and price changes told to every proxy.
import type { Logger } from '../logging/logger.js';
import type { EarningsLedger } from '../earnings/ledger.js';
import type { InferenceBackend } from './query-runner.js';
import type { Multipliers } from './token-counter.js';
import type { WorkerIdentity } from './worker-handshake.js';
import { ProxySession, type Dial, type ProxyStatus, type RequestDone } from './proxy-session.js';

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
  #completionTokens: Array<{ at: number; tokens: number }> = [];

  constructor(options: WorkerNetworkOptions) {
    this.#o = options;
    this.#coefficient = options.coefficient;
    this.#views = options.proxies.map((p) => ({ address: p.address, status: 'down', detail: 'not connected' }));
    this.#sessions = options.proxies.map(
      (p, i) =>
        new ProxySession({
          address: p.address,
          dial: p.dial,
          identity: () => ({ ...options.identity, coefficient: this.#coefficient, proxyCount: options.proxies.length }),
          ledger: options.ledger,
          backend: options.backend,
          multipliers: options.multipliers,
          feePerToken: options.feePerToken,
          admit: () => {
            if (this.#disabled || this.#active >= options.identity.maxActiveRequests) return false;
            this.#active += 1;
            options.onChange();
            return true;
          },
          release: () => {
            this.#active -= 1;
            options.onChange();
          },
          isDisabled: () => this.#disabled,
          onStatus: (status, detail) => {
            this.#views[i] = { address: p.address, status, detail };
            options.onChange();
          },
          onRequestDone: (done) => {
            this.#completionTokens.push({ at: Date.now(), tokens: Number(done.outcome.tokens.completion) });
            options.onRequestDone?.(done);
          },
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

  /** Completion tokens per second over the last `windowMs`. */
  tokensPerSecond(windowMs = 10_000): number {
    const since = Date.now() - windowMs;
    this.#completionTokens = this.#completionTokens.filter((t) => t.at >= since);
    return this.#completionTokens.reduce((s, t) => s + t.tokens, 0) / (windowMs / 1000);
  }

  /** Connects to every proxy (sessions start disabled until `setDisabled(false)`). */
  connect(): void {
    for (const s of this.#sessions) s.start();
  }

  disconnect(reason: string): void {
    for (const s of this.#sessions) s.stop(reason);
  }

  setDisabled(disabled: boolean): void {
    if (disabled === this.#disabled) return;
    this.#disabled = disabled;
    for (const s of this.#sessions) s.announceDisabled(disabled);
    this.#o.onChange();
  }

  setCoefficient(coefficient: number): void {
    if (coefficient === this.#coefficient) return;
    this.#coefficient = coefficient;
    for (const s of this.#sessions) s.announceCoefficient(coefficient);
  }
}
