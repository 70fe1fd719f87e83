// One proxy, kept connected: dial (TCP → proof-of-work → RA-TLS), frames, the handshake, then serving
// proxy.runQueryEx and tracking signed payments; on any failure it reconnects with jittered backoff.
// Requests and payments arrive as tcp.packet and are served in request-serving.ts; the one query a proxy
// sends is worker.changeModel (docs/protocol.md §3.4). A proxy that negotiated protocol 4 gets the machine description from the next
// connection on: the session redials at once when it learns that (docs/protocol.md §3.1).
import type { FramedConnection } from '../protocol/connection.js';
import type { TlObject, TlTypes } from '../protocol/tl/schema.gen.js';
import { errorMessage } from '../logging/logger.js';
import { backoffDelay } from '../async/backoff.js';
import { retryFloorMs } from './dial-refusal.js';
import { onProxyPacket, type PaymentCounters, type RequestServingOptions } from './request-serving.js';
import { answerProxyQuery, type ChangeModel } from './proxy-queries.js';
import { RedialToDescribe, workerHandshake, type SessionInfo } from './worker-handshake.js';
import { MACHINE_DESCRIPTION_MIN_PROTO } from './machine-description.js';
import { pollPaymentStatus } from './payment-status.js';

/** Opens a ready connection to the proxy: TCP → proof-of-work → RA-TLS → tcp.connect/connected. */
export type Dial = (signal: AbortSignal) => Promise<FramedConnection>;
export type ProxyStatus = 'connecting' | 'ready' | 'disabled' | 'down';

export interface ProxySessionOptions extends RequestServingOptions {
  dial: Dial;
  isDisabled: () => boolean;
  onStatus: (status: ProxyStatus, detail: string) => void;
  backoff?: { initialMs: number; maxMs: number };
  paymentStatusMs?: { min: number; max: number };
  /** Answers the proxy's worker.changeModel; without it the answer is 602 "model changes are not supported". */
  changeModel?: ChangeModel;
}

export class ProxySession {
  readonly #o: ProxySessionOptions;
  readonly #inflight = new Set<AbortController>();
  #conn: FramedConnection | null = null;
  #info: SessionInfo | null = null;
  #stopped = true;
  #attempt = 0;
  #retry: NodeJS.Timeout | null = null;
  #stopPaymentStatus: (() => void) | null = null;
  #dialAbort = new AbortController();
  /** Removed from the network: takes no new requests, closes once the running ones are done. */
  #draining = false;
  #drained: (() => void) | null = null;
  /** The proxy negotiated ≥ 4 last time: worker.params carries the machine description. */
  #describe = false;
  /** The next reconnect is the redial that adds the machine description: at once, not a failure. */
  #redialNow = false;
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
        onQuery: (fn) =>
          answerProxyQuery(fn, {
            changeModel: this.#o.changeModel,
            ready: this.#conn === mine && this.#info !== null,
            log: this.#o.log,
          }),
        onClose: (r) => {
          if (this.#conn === mine) this.#onClosed(r.message, gen);
        },
      });
      const described = this.#describe;
      const info = await workerHandshake(conn, this.#o.identity(), this.#o.ledger, {
        describe: described,
        isDisabled: this.#o.isDisabled,
        log: this.#o.log,
      }).catch((err: unknown) => {
        // A proxy that fails a described handshake may have been replaced by an older one: ask plainly next.
        if (err instanceof RedialToDescribe) [this.#describe, this.#redialNow] = [true, true];
        else if (described) this.#describe = false;
        throw err;
      });
      if (stale() || this.#conn !== mine) {
        mine.close('superseded');
        return;
      }
      this.#info = info;
      this.#attempt = 0;
      this.#describe = info.protoVersion >= MACHINE_DESCRIPTION_MIN_PROTO;
      this.#reportReady(info);
      this.#o.log.info(`handshake with ${this.#o.address} complete (protocol v${info.protoVersion})`);
      this.#stopPaymentStatus = pollPaymentStatus({
        conn: mine,
        ...(this.#o.paymentStatusMs ? { everyMs: this.#o.paymentStatusMs } : {}),
        take: async (s) => {
          if (s.signed_payment._ !== 'proxy.signedPayment') return;
          await this.#offer(info, s.signed_payment, { dbTokens: s.db_tokens, maxTokens: s.max_tokens });
        },
        // As the C++ worker: inconsistencies here are logged, not fatal (docs/protocol.md §3.4).
        onError: (err) => this.#o.log.warn(`payment status from ${this.#o.address}: ${errorMessage(err)}`),
      });
    } catch (err) {
      if (stale()) return;
      if (err instanceof RedialToDescribe) this.#o.log.info(`${this.#o.address}: ${err.message}`);
      else this.#o.log.warn(`${this.#o.address}: ${errorMessage(err)}`);
      if (conn) conn.close(`handshake failed: ${errorMessage(err)}`);
      else this.#onClosed(errorMessage(err), gen, retryFloorMs(err));
    }
  }

  #onClosed(reason: string, gen: number, floorMs = 0): void {
    this.#conn = null;
    this.#info = null;
    this.#stopPaymentStatus?.();
    this.#stopPaymentStatus = null;
    for (const c of this.#inflight) c.abort(new Error(`connection to the proxy closed: ${reason}`));
    // Reconnect only for the current attempt of a running session (a stop or a newer start wins).
    if (this.#stopped || gen !== this.#generation) return;
    const { initialMs, maxMs } = this.#o.backoff ?? { initialMs: 1000, maxMs: 30_000 };
    const redial = this.#redialNow;
    this.#redialNow = false;
    const delay = redial
      ? 0
      : Math.max(floorMs, backoffDelay(this.#attempt++, { initialMs, maxMs, jitter: 'equal' }));
    this.#o.onStatus(
      redial ? 'connecting' : 'down',
      redial ? 'redialing to describe the machine' : `${reason}; retrying in ${Math.ceil(delay / 1000)} s`,
    );
    const next = ++this.#generation;
    this.#retry = setTimeout(() => void this.#connect(next), delay);
    this.#retry.unref();
  }

  #reportReady(info: SessionInfo): void {
    const disabled = this.#o.isDisabled();
    const b = info.payments.behind;
    const books = b ? `; the proxy signs ${b.proxy} tokens, our ledger keeps ${b.held}` : '';
    this.#o.onStatus(
      disabled ? 'disabled' : 'ready',
      `${disabled ? 'connected, paused' : 'serving'} (protocol v${info.protoVersion})${books}`,
    );
  }

  #onPacket(message: TlObject): void {
    const info = this.#info;
    if (!info) return; // before the handshake completes, messages are dropped (docs/protocol.md §3.4)
    onProxyPacket(message, {
      o: this.#o,
      info,
      conn: this.#conn,
      inflight: this.#inflight,
      draining: this.#draining,
      settled: () => {
        if (this.#inflight.size === 0) this.#drained?.();
      },
      offer: (payment, counters) => this.#offer(info, payment, counters),
      close: (reason) => this.#conn?.close(reason),
    });
  }

  /** Reconciles a payment with the ledger; the status line says when the proxy's books are behind ours. */
  async #offer(
    info: SessionInfo,
    payment: TlTypes['proxy.SignedPayment'],
    counters: PaymentCounters,
  ): Promise<void> {
    const was = info.payments.behind !== null;
    await info.payments.offer(payment, counters);
    if (was !== (info.payments.behind !== null) && this.#info === info) this.#reportReady(info);
  }
}
