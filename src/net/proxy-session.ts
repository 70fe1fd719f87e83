// One proxy, kept connected: dial (TCP → proof-of-work → RA-TLS), frames, the handshake, then serving
// proxy.runQueryEx and tracking signed payments; on any failure it reconnects with jittered backoff.
// The proxy never sends queries to a worker; everything it sends arrives as tcp.packet (docs/protocol.md §3.4).
import type { FramedConnection } from '../protocol/connection.js';
import type { TlObject } from '../protocol/tl/schema.gen.js';
import { errorMessage, type Logger } from '../logging/logger.js';
import { backoffDelay } from '../async/backoff.js';
import { retryFloorMs } from './dial-refusal.js';
import type { EarningsLedger } from '../earnings/ledger.js';
import { runQuery, tooManyQueries, type InferenceBackend, type QueryOutcome } from './query-runner.js';
import type { Multipliers } from './token-counter.js';
import { acceptPayment, workerHandshake, type SessionInfo, type WorkerIdentity } from './worker-handshake.js';

/** Opens a ready connection to the proxy: TCP → proof-of-work → RA-TLS → tcp.connect/connected. */
export type Dial = (signal: AbortSignal) => Promise<FramedConnection>;
export type ProxyStatus = 'connecting' | 'ready' | 'disabled' | 'down';

export interface RequestDone {
  proxy: string;
  outcome: QueryOutcome;
  durationMs: number;
}

export interface ProxySessionOptions {
  address: string;
  dial: Dial;
  identity: () => WorkerIdentity;
  ledger: EarningsLedger;
  backend: InferenceBackend;
  multipliers: () => Multipliers;
  feePerToken: () => bigint;
  admit: () => boolean;
  release: () => void;
  isDisabled: () => boolean;
  onStatus: (status: ProxyStatus, detail: string) => void;
  onRequestDone: (done: RequestDone) => void;
  log: Logger;
  backoff?: { initialMs: number; maxMs: number };
  paymentStatusMs?: { min: number; max: number };
}

export class ProxySession {
  readonly #o: ProxySessionOptions;
  readonly #inflight = new Set<AbortController>();
  #conn: FramedConnection | null = null;
  #info: SessionInfo | null = null;
  #stopped = true;
  #attempt = 0;
  #retry: NodeJS.Timeout | null = null;
  #paymentTimer: NodeJS.Timeout | null = null;
  #dialAbort = new AbortController();
  /** Removed from the network: takes no new requests, closes once the running ones are done. */
  #draining = false;
  #drained: (() => void) | null = null;
  /** Each start() or retry is one attempt; a stale attempt (stopped or superseded) must not go on. */
  #generation = 0;

  constructor(options: ProxySessionOptions) {
    this.#o = options;
  }

  get info(): SessionInfo | null {
    return this.#info;
  }

  start(): void {
    if (!this.#stopped) return;
    this.#stopped = false;
    this.#dialAbort = new AbortController();
    void this.#connect(++this.#generation);
  }

  stop(reason: string): void {
    this.#stopped = true;
    this.#generation++; // whatever attempt is in flight is now stale
    this.#dialAbort.abort();
    if (this.#retry) clearTimeout(this.#retry);
    this.#conn?.close(reason);
    this.#o.onStatus('down', reason);
  }

  /** Requests of this session running now. */
  get inflight(): number {
    return this.#inflight.size;
  }

  /** Reconnects at once (a new max_active_requests reaches the proxy only in a handshake); a stopped session stays stopped. */
  redial(reason: string): void {
    if (this.#stopped) return;
    this.stop(reason);
    this.start();
  }

  /**
   * Stops taking requests (the proxy is told the worker is disabled, so it routes nothing new here), lets the
   * running ones finish, at most `timeoutMs`, then stops the session.
   */
  async drain(reason: string, timeoutMs = 120_000): Promise<void> {
    this.#draining = true;
    this.#conn?.send({ _: 'worker.enabledDisabled', disabled: 1 });
    if (this.#inflight.size > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        this.#drained = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    this.#drained = null;
    this.stop(reason);
  }

  /** Tells the proxy to route to us or not (worker.enabledDisabled). */
  announceDisabled(disabled: boolean): void {
    this.#conn?.send({ _: 'worker.enabledDisabled', disabled: disabled ? 1 : 0 });
    if (this.#info) this.#o.onStatus(disabled ? 'disabled' : 'ready', disabled ? 'paused' : 'serving');
  }

  announceCoefficient(coefficient: number): void {
    this.#conn?.send({ _: 'worker.newCoefficient', new_coefficient: coefficient });
  }

  async #connect(gen: number): Promise<void> {
    this.#o.onStatus('connecting', `connecting to ${this.#o.address}`);
    let conn: FramedConnection | null = null;
    const stale = (): boolean => gen !== this.#generation;
    try {
      conn = await this.#o.dial(this.#dialAbort.signal);
      if (stale()) {
        conn.close('superseded');
        return;
      }
      this.#conn = conn;
      const mine = conn;
      // Handlers act only for the session's current connection: a superseded one can neither serve
      // (its answers would go out on another link) nor schedule reconnects.
      conn.setHandlers({
        onPacket: (m) => {
          if (this.#conn === mine) this.#onPacket(m);
        },
        onClose: (r) => {
          if (this.#conn === mine) this.#onClosed(r.message, gen);
        },
      });
      const info = await workerHandshake(conn, this.#o.identity(), this.#o.ledger, this.#o.isDisabled);
      if (stale() || this.#conn !== mine) {
        mine.close('superseded');
        return;
      }
      this.#info = info;
      this.#attempt = 0;
      const disabled = this.#o.isDisabled();
      this.#o.onStatus(
        disabled ? 'disabled' : 'ready',
        `${disabled ? 'connected, paused' : 'serving'} (protocol v${info.protoVersion})`,
      );
      this.#o.log.info(`handshake with ${this.#o.address} complete (protocol v${info.protoVersion})`);
      this.#schedulePaymentStatus();
    } catch (err) {
      if (stale()) return;
      this.#o.log.warn(`${this.#o.address}: ${errorMessage(err)}`);
      if (conn) conn.close(`handshake failed: ${errorMessage(err)}`);
      else this.#onClosed(errorMessage(err), gen, retryFloorMs(err));
    }
  }

  #onClosed(reason: string, gen: number, floorMs = 0): void {
    this.#conn = null;
    this.#info = null;
    if (this.#paymentTimer) clearTimeout(this.#paymentTimer);
    for (const c of this.#inflight) c.abort(new Error(`connection to the proxy closed: ${reason}`));
    // Reconnect only for the current attempt of a running session (a stop or a newer start wins).
    if (this.#stopped || gen !== this.#generation) return;
    const { initialMs, maxMs } = this.#o.backoff ?? { initialMs: 1000, maxMs: 30_000 };
    const delay = Math.max(floorMs, backoffDelay(this.#attempt++, { initialMs, maxMs, jitter: 'equal' }));
    this.#o.onStatus('down', `${reason}; retrying in ${Math.ceil(delay / 1000)} s`);
    const next = ++this.#generation;
    this.#retry = setTimeout(() => void this.#connect(next), delay);
    this.#retry.unref();
  }

  #schedulePaymentStatus(): void {
    const { min, max } = this.#o.paymentStatusMs ?? { min: 10_000, max: 20_000 };
    this.#paymentTimer = setTimeout(() => void this.#paymentStatus(), min + Math.random() * (max - min));
    this.#paymentTimer.unref();
  }

  async #paymentStatus(): Promise<void> {
    const conn = this.#conn;
    const info = this.#info;
    if (!conn || !info) return;
    try {
      const s = await conn.call({ _: 'worker.updatePaymentStatus' }, { timeoutMs: 60_000 });
      if (s._ === 'worker.paymentStatus' && s.signed_payment._ === 'proxy.signedPayment') {
        await acceptPayment(this.#o.ledger, info, s.signed_payment, {
          dbTokens: s.db_tokens,
          maxTokens: s.max_tokens,
        });
      }
    } catch (err) {
      // As the C++ worker: inconsistencies here are logged, not fatal (docs/protocol.md §3.4).
      this.#o.log.warn(`payment status from ${this.#o.address}: ${errorMessage(err)}`);
    }
    if (this.#conn === conn) this.#schedulePaymentStatus();
  }

  #onPacket(message: TlObject): void {
    const info = this.#info;
    if (!info) return; // before the handshake completes, messages are dropped (docs/protocol.md §3.4)
    switch (message._) {
      case 'proxy.runQueryEx':
        void this.#serve(message, info);
        return;
      case 'proxy.workerRequestPayment':
        if (message.signed_payment._ !== 'proxy.signedPayment') return;
        acceptPayment(this.#o.ledger, info, message.signed_payment, {
          dbTokens: message.db_tokens,
          maxTokens: message.max_tokens,
        }).catch((err: unknown) => {
          // A forged or lower payment: drop the connection to force a fresh handshake (docs/protocol.md §3.4).
          this.#conn?.close(`rejected payment: ${errorMessage(err)}`);
        });
        return;
      default:
        this.#o.log.debug(`ignored ${message._} from ${this.#o.address}`);
    }
  }

  async #serve(q: Extract<TlObject, { _: 'proxy.runQueryEx' }>, info: SessionInfo): Promise<void> {
    const conn = this.#conn;
    if (!conn) return;
    if (this.#draining || !this.#o.admit()) {
      conn.send(tooManyQueries(q.request_id, info.protoVersion, Date.now() / 1000));
      return;
    }
    const abort = new AbortController();
    this.#inflight.add(abort);
    const started = performance.now();
    let outcome: QueryOutcome;
    try {
      outcome = await runQuery(q, {
        backend: this.#o.backend,
        protoVersion: info.protoVersion,
        multipliers: this.#o.multipliers(),
        send: (m) => conn.send(m),
        signal: abort.signal,
      });
    } catch (err) {
      this.#o.log.error(`request failed unexpectedly: ${errorMessage(err)}`);
      return;
    } finally {
      // The slot is free as soon as the last answer is out: the receipt below is bookkeeping.
      this.#inflight.delete(abort);
      if (this.#inflight.size === 0) this.#drained?.();
      this.#o.release();
    }
    const durationMs = performance.now() - started;
    const t = outcome.tokens;
    try {
      await this.#o.ledger.receipts.add({
        requestId: q.request_id.toString('hex'),
        time: Date.now(),
        proxy: info.proxySc.toRawString(),
        model: this.#o.identity().model,
        ok: outcome.ok,
        tokens: {
          prompt: Number(t.prompt),
          cached: Number(t.cached),
          completion: Number(t.completion),
          reasoning: Number(t.reasoning),
          total: Number(t.total),
        },
        earnedNano: (t.total * this.#o.feePerToken()).toString(),
        durationMs: Math.round(durationMs),
        encrypted: outcome.encrypted,
      });
    } catch (err) {
      this.#o.log.error(`could not record the receipt of a served request: ${errorMessage(err)}`);
    }
    this.#o.onRequestDone({ proxy: this.#o.address, outcome, durationMs });
  }
}
