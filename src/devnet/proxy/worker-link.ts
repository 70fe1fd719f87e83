// One worker connection on the proxy side (server role): the handshake state machine, the routing state
// (model, coefficient, cap, enabled) and the requests running on it; after each request the bill
// (link-billing.ts), the message itself in run-query.ts, worker.changeModel in model-change.ts.
// Whatever the worker sends, the worst outcome is that this one connection is closed with a logged reason.
import { randomBytes } from 'node:crypto';
import type { FramedConnection } from '../../protocol/connection.js';
import { RpcError } from '../../protocol/rpc.js';
import type { TlObject } from '../../protocol/tl/schema.gen.js';
import type { VerifiedPeer } from '../../protocol/ratls/verify.js';
import { errorMessage, type Logger } from '../../logging/logger.js';
import type { OwnerBooks } from './books.js';
import { ProxyRequestError } from './errors.js';
import { ProxyHandshake } from './handshake.js';
import { normalizeAnswer } from './answers.js';
import type { PaymentSigner } from './payment-signer.js';
import { RelayedRequest, RelayViolation, type RelayEnd } from './relay.js';
import { decayAverage, type RouteCandidate } from './router.js';
import { openBookFromChain, type ChainFloor } from './chain-floor.js';
import { settleRequest, type LinkBilling } from './link-billing.js';
import { askModelChange, CHANGE_MODEL_TIMEOUT_MS, type ModelChangeAnswer } from './model-change.js';
import { runQueryMessage, type RunOptions } from './run-query.js';
import type { AcceptedWorker } from './worker-params.js';

export interface RequestEnd extends RelayEnd {
  link: WorkerLink;
  worker: AcceptedWorker;
  durationMs: number;
  requestId: Buffer;
}

export interface WorkerLinkOptions {
  id: number;
  connection: FramedConnection;
  peer: VerifiedPeer;
  signer: PaymentSigner;
  books: OwnerBooks;
  /** The client owner named in proxy.workerRequestPayment. */
  clientOwner: string;
  log: Logger;
  /** The test flag of the contract addresses sent in the handshake (default true: a test network). */
  testnet?: boolean;
  /** Where a new owner's book starts (the chain's tokens processed); without it, at 0. */
  chainFloor?: ChainFloor;
  onChange(link: WorkerLink): void;
  onRequestEnd(end: RequestEnd): void;
}

export class WorkerLink {
  readonly id: number;
  readonly peer: VerifiedPeer;
  readonly #o: WorkerLinkOptions;
  readonly #conn: FramedConnection;
  readonly #handshake: ProxyHandshake;
  readonly #billing: LinkBilling;
  readonly #running = new Map<string, RelayedRequest>();
  #enabled = false;
  #ready = false;
  #coefficient = 0;
  #averageMs = 1000;
  /** When this link was last given a request (ties in routing go to the longest-waiting link). */
  #lastRoutedAt = 0;

  constructor(o: WorkerLinkOptions) {
    this.id = o.id;
    this.peer = o.peer;
    this.#o = o;
    this.#conn = o.connection;
    this.#billing = {
      conn: o.connection,
      books: o.books,
      clientOwner: o.clientOwner,
      log: o.log,
      workerId: o.id,
    };
    this.#handshake = new ProxyHandshake({
      signer: o.signer,
      books: o.books,
      ...(o.testnet !== undefined ? { testnet: o.testnet } : {}),
      events: {
        onComplete: (w, disabled) => {
          this.#ready = true;
          this.#enabled = !disabled;
          this.#coefficient = w.coefficient;
          o.log.info(
            `worker #${this.id} ready: ${w.baseModel}, owner ${w.owner.toRawString().slice(0, 14)}…, cap ${w.cap}, v${w.protoVersion}${disabled ? ', disabled' : ''}`,
          );
          o.onChange(this);
        },
      },
    });
    this.#conn.setHandlers({
      onQuery: (fn) => this.#onQuery(fn),
      onPacket: (m) => this.#onPacket(m),
      onClose: (r) => this.#onClose(r.message),
    });
  }

  get worker(): AcceptedWorker | null {
    return this.#handshake.worker;
  }

  get running(): number {
    return this.#running.size;
  }

  get closed(): boolean {
    return this.#conn.closed !== undefined;
  }

  get enabled(): boolean {
    return this.#enabled;
  }

  get ready(): boolean {
    return this.#ready && this.#conn.closed === undefined;
  }

  candidate(reputation: number): RouteCandidate {
    const w = this.worker;
    return {
      id: this.id,
      baseModel: w?.baseModel ?? '',
      ready: this.ready,
      enabled: this.#enabled,
      running: this.#running.size,
      cap: w?.cap ?? 0,
      protoVersion: w?.protoVersion ?? 0,
      coefficient: this.#coefficient,
      averageMs: this.#averageMs,
      reputation,
      lastRoutedAt: this.#lastRoutedAt,
    };
  }

  /** Sends proxy.runQueryEx; the caller awaits `relay.response`. */
  run(opts: RunOptions): RelayedRequest {
    const worker = this.worker;
    if (!worker || !this.ready)
      throw new ProxyRequestError('no_worker', 'the worker connection is not ready');
    const requestId = randomBytes(32);
    const key = requestId.toString('hex');
    const started = performance.now();
    const timer = setTimeout(
      () => relay.abort(new ProxyRequestError('timeout', `no final answer within ${opts.timeoutMs} ms`)),
      opts.timeoutMs,
    );
    const relay: RelayedRequest = new RelayedRequest({
      requestId,
      workerId: this.id,
      onEnd: (end) => {
        clearTimeout(timer);
        this.#running.delete(key);
        const durationMs = performance.now() - started;
        if (end.ok) this.#averageMs = decayAverage(this.#averageMs, durationMs);
        if (end.tokens !== null) settleRequest(this.#billing, worker, requestId, end.tokens, opts.settle);
        this.#o.onRequestEnd({ ...end, link: this, worker, durationMs, requestId });
        this.#o.onChange(this);
      },
    });
    this.#running.set(key, relay);
    this.#lastRoutedAt = performance.now();
    const signed = this.#o.books.lastSigned(worker.owner);
    this.#conn.send(runQueryMessage(worker, opts, requestId, signed, this.#coefficient));
    // send() also returns false under mere backpressure, so ask the connection itself.
    if (!this.#conn.ready)
      relay.abort(
        new ProxyRequestError('worker_lost', 'the worker connection closed before the request was sent'),
      );
    this.#o.onChange(this);
    return relay;
  }

  close(reason: string): void {
    this.#conn.close(reason);
  }

  /**
   * Asks the worker to serve another model (worker.changeModel as a tcp.query, as Cocoon's proxy does);
   * a refusal is an answer (model-change.ts). The worker re-announces its model by reconnecting, if it switched.
   */
  async changeModel(model: string, timeoutMs = CHANGE_MODEL_TIMEOUT_MS): Promise<ModelChangeAnswer> {
    if (!this.ready) throw new ProxyRequestError('no_worker', 'the worker connection is not ready');
    return askModelChange(this.#conn, this.#o.log, this.id, model, timeoutMs);
  }

  async #onQuery(fn: TlObject): Promise<TlObject> {
    try {
      if (fn._ === 'worker.connectToProxy' && this.#handshake.state === 'none')
        await openBookFromChain(
          this.#o.books,
          this.#o.chainFloor,
          fn.params.worker_owner_address,
          this.#o.log,
          this.id,
        );
      return this.#handshake.answer(fn);
    } catch (err) {
      // Answer with the error first (the throw), then close: the queryError is written before the close.
      const reason = err instanceof RpcError ? `${err.code} ${err.message}` : errorMessage(err);
      setImmediate(() => this.close(`refused ${fn._}: ${reason}`));
      throw err;
    }
  }

  #onPacket(m: TlObject): void {
    if (this.#handshake.state !== 'ok') {
      this.#o.log.debug(`worker #${this.id}: dropped ${m._} before the handshake completed`);
      return;
    }
    switch (m._) {
      case 'worker.enabledDisabled':
        this.#enabled = m.disabled === 0;
        this.#o.log.info(`worker #${this.id} ${this.#enabled ? 'enabled' : 'disabled'}`);
        this.#o.onChange(this);
        return;
      case 'worker.newCoefficient':
        if (m.new_coefficient < 0) {
          this.close(`negative coefficient ${m.new_coefficient}`);
          return;
        }
        this.#coefficient = m.new_coefficient;
        this.#o.onChange(this);
        return;
      default:
        this.#onAnswer(m);
    }
  }

  #onAnswer(m: TlObject): void {
    const a = normalizeAnswer(m);
    if (!a) {
      this.#o.log.debug(`worker #${this.id}: ignored ${m._}`);
      return;
    }
    const relay = this.#running.get(a.requestId.toString('hex'));
    if (!relay) {
      this.#o.log.debug(`worker #${this.id}: answer to unknown query`);
      return;
    }
    try {
      relay.onAnswer(a);
    } catch (err) {
      if (!(err instanceof RelayViolation)) throw err;
      this.close(`protocol violation: ${err.message}`);
    }
  }

  #onClose(reason: string): void {
    this.#ready = false;
    for (const relay of [...this.#running.values()]) {
      relay.abort(
        new ProxyRequestError('worker_lost', `the worker's connection closed mid-request: ${reason}`),
      );
    }
    this.#o.log.info(`worker #${this.id} gone (${reason})`);
    this.#o.onChange(this);
  }
}
