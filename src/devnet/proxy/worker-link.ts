// One worker connection on the proxy side (server role): the handshake state machine, the routing state
// (model, coefficient, cap, enabled), the requests running on it, and the bill after each request: credit
// the owner with the final tokens, sign the new cumulative payment, send proxy.workerRequestPayment (docs/protocol.md §5.3).
// Whatever the worker sends, the worst outcome is that this one connection is closed with a logged reason.
import { randomBytes } from 'node:crypto';
import { Address } from '@ton/core';
import type { FramedConnection } from '../../protocol/connection.js';
import { ErrorCode, RpcError } from '../../protocol/rpc.js';
import type { TlObject } from '../../protocol/tl/schema.gen.js';
import type { VerifiedPeer } from '../../protocol/ratls/verify.js';
import { drop, errorMessage, type Logger } from '../../logging/logger.js';
import type { OwnerBooks } from './books.js';
import { ProxyRequestError } from './errors.js';
import { ProxyHandshake } from './handshake.js';
import { normalizeAnswer } from './answers.js';
import type { PaymentSigner } from './payment-signer.js';
import { RelayedRequest, RelayViolation, type RelayEnd } from './relay.js';
import { decayAverage, type RouteCandidate } from './router.js';
import type { ChainFloor } from './chain-floor.js';
import { ENCRYPTED_MIN_PROTO, type AcceptedWorker } from './worker-params.js';

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

export interface RunOptions {
  query: Buffer;
  timeoutMs: number;
  enableDebug: boolean;
  /** The 32-byte Ed25519 seed that opens an encrypted request (only for protocol-3+ workers). */
  privateKey?: Buffer;
  /**
   * Whether a finished request's tokens are paid (docs/verification.md): when absent, always; otherwise the
   * bill waits for it and a `false` withholds them (counted in tokens_max, never committed or signed).
   */
  settle?: (tokens: bigint) => Promise<boolean>;
}

/** What a worker answered to worker.changeModel (docs/protocol.md §3.4). */
export type ModelChangeAnswer = { ok: true } | { ok: false; code: number; reason: string };

/** Cocoon's proxy waits 60 s for a model change (ProxyRunner.cpp). */
export const CHANGE_MODEL_TIMEOUT_MS = 60_000;
const NO_KEY = Buffer.alloc(32);

export class WorkerLink {
  readonly id: number;
  readonly peer: VerifiedPeer;
  readonly #o: WorkerLinkOptions;
  readonly #conn: FramedConnection;
  readonly #handshake: ProxyHandshake;
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
        const tokens = end.tokens;
        if (tokens !== null && !opts.settle) this.#bill(worker, requestId, tokens, true);
        if (tokens !== null && opts.settle)
          drop(
            opts.settle(tokens).then((pay) => this.#bill(worker, requestId, tokens, pay)),
            this.#o.log,
            `settling a request of worker #${this.id}`,
          );
        this.#o.onRequestEnd({ ...end, link: this, worker, durationMs, requestId });
        this.#o.onChange(this);
      },
    });
    this.#running.set(key, relay);
    this.#lastRoutedAt = performance.now();
    const signed = this.#o.books.lastSigned(worker.owner);
    if (opts.privateKey && worker.protoVersion < ENCRYPTED_MIN_PROTO)
      throw new ProxyRequestError('no_worker', 'the worker does not take encrypted requests (protocol < 3)');
    // As Cocoon's proxy: a protocol-3+ worker always gets flags bit 1 and a key, zeros when unencrypted.
    const keyed = worker.protoVersion >= ENCRYPTED_MIN_PROTO;
    // Cocoon's worker gets 0.95 of the proxy's timeout so its error arrives before the proxy gives up.
    this.#conn.send({
      _: 'proxy.runQueryEx',
      query: opts.query,
      signed_payment: signed ? { _: 'proxy.signedPayment', data: signed } : { _: 'proxy.signedPaymentEmpty' },
      coefficient: BigInt(this.#coefficient),
      timeout: (opts.timeoutMs / 1000) * 0.95,
      request_id: requestId,
      flags: keyed ? 3 : 1,
      enable_debug: opts.enableDebug,
      ...(keyed ? { private_key: opts.privateKey ?? NO_KEY } : {}),
    });
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
   * Asks the worker to serve another model (worker.changeModel as a tcp.query, as Cocoon's proxy does).
   * A refusal (602 with a reason, 621 from a worker that does not know the query) is an answer, not a
   * failure: the connection stays up. The worker re-announces its model by reconnecting, if it switched.
   */
  async changeModel(model: string, timeoutMs = CHANGE_MODEL_TIMEOUT_MS): Promise<ModelChangeAnswer> {
    if (!this.ready) throw new ProxyRequestError('no_worker', 'the worker connection is not ready');
    try {
      const answer = await this.#conn.call({ _: 'worker.changeModel', new_model: model }, { timeoutMs });
      if (answer._ !== 'worker.changedModel')
        return { ok: false, code: ErrorCode.protoviolation, reason: answer._ };
      this.#o.log.info(`worker #${this.id} accepted model ${model.slice(0, 100)}`);
      return { ok: true };
    } catch (err) {
      if (!(err instanceof RpcError)) throw err;
      this.#o.log.info(`worker #${this.id} refused model ${model.slice(0, 100)}: ${err.code} ${err.message}`);
      return { ok: false, code: err.code, reason: err.message };
    }
  }

  #bill(worker: AcceptedWorker, requestId: Buffer, tokens: bigint, paid: boolean): void {
    const books = this.#o.books;
    if (paid) books.credit(worker.owner, tokens);
    else books.withhold(worker.owner, tokens);
    const pay = books.payment(worker.owner);
    this.#conn.send({
      _: 'proxy.workerRequestPayment',
      request_id: requestId,
      signed_payment: { _: 'proxy.signedPayment', data: pay.signed },
      db_tokens: pay.dbTokens,
      max_tokens: pay.maxTokens,
      request_tokens: tokens,
      request_client_owner: this.#o.clientOwner,
    });
  }

  async #onQuery(fn: TlObject): Promise<TlObject> {
    try {
      if (fn._ === 'worker.connectToProxy' && this.#handshake.state === 'none')
        await this.#openBook(fn.params.worker_owner_address);
      return this.#handshake.answer(fn);
    } catch (err) {
      // Answer with the error first (the throw), then close: the queryError is written before the close.
      const reason = err instanceof RpcError ? `${err.code} ${err.message}` : errorMessage(err);
      setImmediate(() => this.close(`refused ${fn._}: ${reason}`));
      throw err;
    }
  }

  /** Starts the owner's book from the chain when the proxy has none (a fresh or damaged books file). */
  async #openBook(ownerText: string): Promise<void> {
    const floor = this.#o.chainFloor;
    let owner: Address;
    try {
      owner = Address.parse(ownerText);
    } catch {
      return; // the handshake refuses it with Cocoon's message
    }
    if (!floor || this.#o.books.has(owner)) return;
    const tokens = await floor(owner).catch((err: unknown) => {
      throw new RpcError(ErrorCode.notready, `cannot read the worker contract: ${errorMessage(err)}`);
    });
    this.#o.books.openAt(owner, tokens);
    if (tokens > 0n)
      this.#o.log.info(
        `worker #${this.id}: new book for ${owner.toRawString().slice(0, 14)}… starts at ${tokens} tokens paid on chain`,
      );
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
