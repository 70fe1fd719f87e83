// One framed Cocoon connection over any Duplex (normally the TLS socket), in either role (docs/protocol.md §1.4):
// frames with per-direction seqnos, tcp.connect/tcp.connected, ping/pong and silence timers, and
// tcp.query RPC with per-query timeouts. Any malformed frame, bad seqno or out-of-place packet closes the
// connection with a logged reason. Used by the worker (client role) and the devnet proxy (server role).
import { randomBytes } from 'node:crypto';
import type { Duplex } from 'node:stream';
import { drop, errorMessage, silentLogger, type Logger } from '../logging/logger.js';
import { systemClock, type Clock } from './clock.js';
import { ProtocolError, isProtocolError } from './errors.js';
import { FrameDecoder, encodeFrame, type Frame } from './frame.js';
import { Liveness } from './liveness.js';
import { ErrorCode, PendingQueries, RpcError } from './rpc.js';
import { decodeBoxed, decodeBoxedAs, decodeResult, encodeBoxed, type TlResultOf } from './tl/codec.js';
import type { TlFunction, TlObject, TlTypes } from './tl/schema.gen.js';

export type ConnectionRole = 'client' | 'server';

export type CloseCode = 'local' | 'remote_closed' | 'stream_error' | 'idle_timeout' | 'protocol_error';

export interface CloseReason {
  code: CloseCode;
  message: string;
  error?: Error;
}

export interface ConnectionHandlers {
  /** tcp.connect/tcp.connected exchanged; the session handshake (docs/protocol.md §3.3) may start. */
  onReady?: () => void;
  /** A one-way message (tcp.packet), decoded. */
  onPacket?: (message: TlObject) => void;
  /** A tcp.query: return the answer; throw an RpcError to answer with tcp.queryError. */
  onQuery?: (fn: TlObject) => Promise<TlObject> | TlObject;
  onClose?: (reason: CloseReason) => void;
}

export interface FramedConnectionOptions {
  stream: Duplex;
  role: ConnectionRole;
  handlers?: ConnectionHandlers;
  log?: Logger;
  clock?: Clock;
  /** Client: ping after 10 s of silence. Server: never. */
  pingAfterMs?: number;
  /** Client: 20 s; server: 60 s. */
  idleTimeoutMs?: number;
  /** Default timeout of call()/query() (30 s, as Cocoon's handshake queries). */
  queryTimeoutMs?: number;
}

const randomId = (): bigint => randomBytes(8).readBigInt64LE(0);

export class FramedConnection {
  readonly role: ConnectionRole;
  readonly #stream: Duplex;
  readonly #log: Logger;
  readonly #decoder = new FrameDecoder();
  readonly #pending: PendingQueries;
  readonly #liveness: Liveness;
  readonly #queryTimeoutMs: number;
  #handlers: ConnectionHandlers;
  #rxSeqno = 0;
  #txSeqno = 0;
  #connectId: bigint | undefined;
  #ready = false;
  #closed: CloseReason | undefined;

  constructor(opts: FramedConnectionOptions) {
    this.role = opts.role;
    this.#stream = opts.stream;
    this.#handlers = opts.handlers ?? {};
    this.#log = opts.log ?? silentLogger;
    const clock = opts.clock ?? systemClock;
    this.#pending = new PendingQueries(clock);
    this.#queryTimeoutMs = opts.queryTimeoutMs ?? 30_000;
    const client = opts.role === 'client';
    this.#liveness = new Liveness({
      clock,
      idleTimeoutMs: opts.idleTimeoutMs ?? (client ? 20_000 : 60_000),
      pingAfterMs: client ? (opts.pingAfterMs ?? 10_000) : opts.pingAfterMs,
      onPing: () => this.#sendPacket({ _: 'tcp.ping', id: randomId() }),
      onIdle: (ms) => this.#close({ code: 'idle_timeout', message: `nothing received for ${ms} ms` }),
    });
    this.#stream.on('data', (chunk: Buffer) => this.#onData(chunk));
    this.#stream.on('end', () =>
      this.#close({ code: 'remote_closed', message: 'the peer closed the connection' }),
    );
    this.#stream.on('close', () =>
      this.#close({ code: 'remote_closed', message: 'the connection was closed' }),
    );
    this.#stream.on('error', (err) =>
      this.#close({ code: 'stream_error', message: err.message, error: err }),
    );
    if (client) {
      this.#connectId = randomId();
      this.#sendPacket({ _: 'tcp.connect', id: this.#connectId });
    }
  }

  get ready(): boolean {
    return this.#ready;
  }

  get closed(): CloseReason | undefined {
    return this.#closed;
  }

  setHandlers(handlers: ConnectionHandlers): void {
    this.#handlers = handlers;
  }

  /** Sends a one-way message (tcp.packet). Returns false when the connection is closed or not ready. */
  send(message: TlObject): boolean {
    if (!this.#ready || this.#closed) return false;
    return this.#sendPacket({ _: 'tcp.packet', data: encodeBoxed(message) });
  }

  /** Calls a TL function on the peer and decodes the answer as the function's result type. */
  async call<F extends TlFunction>(fn: F, opts: { timeoutMs?: number } = {}): Promise<TlResultOf<F>> {
    const answer = await this.query(encodeBoxed(fn), opts);
    return decodeResult(fn, answer);
  }

  /** Sends a tcp.query with raw boxed data; resolves with the raw answer, rejects with an RpcError. */
  query(data: Buffer, opts: { timeoutMs?: number } = {}): Promise<Buffer> {
    if (this.#closed)
      return Promise.reject(new RpcError(ErrorCode.cancelled, `connection closed: ${this.#closed.message}`));
    if (!this.#ready) return Promise.reject(new RpcError(ErrorCode.notready, 'connection is not ready'));
    let id = randomId();
    while (this.#pending.has(id)) id = randomId();
    const answer = this.#pending.add(id, opts.timeoutMs ?? this.#queryTimeoutMs);
    this.#sendPacket({ _: 'tcp.query', id, data });
    return answer;
  }

  close(message = 'closed locally'): void {
    this.#close({ code: 'local', message });
  }

  #sendPacket(packet: TlTypes['tcp.Packet']): boolean {
    if (this.#closed) return false;
    const frame = encodeFrame(this.#txSeqno, encodeBoxed(packet));
    this.#txSeqno = (this.#txSeqno + 1) | 0;
    return this.#stream.write(frame);
  }

  #onData(chunk: Buffer): void {
    if (this.#closed) return;
    try {
      for (const frame of this.#decoder.push(chunk)) {
        this.#onFrame(frame);
        if (this.#closed) return;
      }
    } catch (err) {
      if (!isProtocolError(err)) throw err;
      this.#close({ code: 'protocol_error', message: err.message, error: err });
    }
  }

  #onFrame(frame: Frame): void {
    if (frame.seqno !== this.#rxSeqno) {
      throw new ProtocolError('BAD_SEQNO', `bad seqno ${frame.seqno}, expected ${this.#rxSeqno}`);
    }
    this.#rxSeqno = (this.#rxSeqno + 1) | 0;
    this.#liveness.received();
    const packet = decodeBoxedAs('tcp.Packet', frame.payload);
    if (!this.#ready) {
      this.#onHandshakePacket(packet);
      return;
    }
    switch (packet._) {
      case 'tcp.ping':
        this.#sendPacket({ _: 'tcp.pong', id: packet.id });
        return;
      case 'tcp.pong':
        return;
      case 'tcp.packet':
        this.#onMessage(packet.data);
        return;
      case 'tcp.query':
        this.#onQuery(packet.id, packet.data);
        return;
      case 'tcp.queryAnswer':
        if (!this.#pending.settle(packet.id, packet.data))
          this.#log.debug(`answer to unknown query ${packet.id}`);
        return;
      case 'tcp.queryError':
        if (!this.#pending.settle(packet.id, new RpcError(packet.code, packet.message))) {
          this.#log.debug(`error for unknown query ${packet.id}`);
        }
        return;
      case 'tcp.connect':
      case 'tcp.connected':
        throw new ProtocolError('UNEXPECTED_PACKET', `${packet._} on a ready connection`);
    }
  }

  #onHandshakePacket(packet: TlTypes['tcp.Packet']): void {
    const wanted = this.role === 'server' ? 'tcp.connect' : 'tcp.connected';
    if (packet._ !== wanted) {
      throw new ProtocolError('UNEXPECTED_PACKET', `${packet._} before ${wanted}`);
    }
    if (this.role === 'server') this.#sendPacket({ _: 'tcp.connected', id: packet.id });
    this.#ready = true;
    this.#liveness.enablePing();
    this.#notify('ready', () => this.#handlers.onReady?.());
  }

  #onMessage(data: Buffer): void {
    let message: TlObject;
    try {
      message = decodeBoxed(data);
    } catch (err) {
      this.#log.warn(`dropped an undecodable message (${errorMessage(err)})`);
      return;
    }
    this.#notify(message._, () => this.#handlers.onPacket?.(message));
  }

  #onQuery(id: bigint, data: Buffer): void {
    drop(this.#answerQuery(id, data), this.#log, 'answering a query');
  }

  async #answerQuery(id: bigint, data: Buffer): Promise<void> {
    let answer: Buffer;
    try {
      let fn: TlObject;
      try {
        fn = decodeBoxed(data);
      } catch (err) {
        throw new RpcError(ErrorCode.protoviolation, `invalid query: ${errorMessage(err)}`);
      }
      const handler = this.#handlers.onQuery;
      if (!handler) throw new RpcError(ErrorCode.protoviolation, `unsupported query ${fn._}`);
      answer = encodeBoxed(await handler(fn));
    } catch (err) {
      if (!(err instanceof RpcError)) this.#log.error(`query handler failed: ${errorMessage(err)}`);
      const e = err instanceof RpcError ? err : new RpcError(ErrorCode.failure, 'internal error');
      this.#sendPacket({ _: 'tcp.queryError', id, code: e.code, message: e.message });
      return;
    }
    this.#sendPacket({ _: 'tcp.queryAnswer', id, data: answer });
  }

  #notify(what: string, fn: () => void): void {
    try {
      fn();
    } catch (err) {
      this.#log.error(`${what} handler failed: ${errorMessage(err)}`);
    }
  }

  #close(reason: CloseReason): void {
    if (this.#closed) return;
    this.#closed = reason;
    this.#ready = false;
    this.#liveness.stop();
    this.#pending.rejectAll(new RpcError(ErrorCode.cancelled, `connection closed: ${reason.message}`));
    const line = `${this.role} connection closed (${reason.code}): ${reason.message}`;
    if (reason.code === 'local' || reason.code === 'remote_closed') this.#log.info(line);
    else this.#log.warn(line);
    // A local close flushes what was written (e.g. a last queryError); a violation drops the peer at once.
    if (reason.code === 'local') {
      this.#stream.end(() => this.#stream.destroy());
      setTimeout(() => this.#stream.destroy(), 2_000).unref();
    } else {
      this.#stream.destroy();
    }
    this.#notify('close', () => this.#handlers.onClose?.(reason));
  }
}
