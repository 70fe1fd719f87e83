// A small proxy on loopback for the worker's session tests: TCP → PoW → TLS 1.3 → frames through the real
// ProtocolServer, then the proxy half of the handshake as Cocoon's proxy runs it (docs/protocol.md §3.3),
// styled after one upstream era. 'b75d444': protocol range [0,2], and a worker.params with flags bit 2
// cannot be parsed (that proxy does not know machine_description_json), so the connection is dropped.
// '9060ce5': range [0,4]. Both check compareBalanceWithProxy like the C++ proxy: a worker reporting
// more than the proxy's books is an abort (counted here, and the connection is dropped). Payments are
// real Ed25519 signatures (testSigner); `forget()` resets the books as a proxy whose database was wiped.
import { Address } from '@ton/core';
import {
  createCertificate,
  createProtocolServer,
  openClientConnection,
  type FramedConnection,
  type ProtocolServer,
  type TlObject,
  type WorkerParams,
} from '../../src/protocol/index.js';
import { ErrorCode, RpcError } from '../../src/protocol/rpc.js';
import type { PaymentSigner } from '../../src/devnet/proxy/payment-signer.js';
import { testSigner } from './test-signer.js';

export type ProxyStyle = 'b75d444' | '9060ce5';

export interface Books {
  chain: bigint;
  db: bigint;
  max: bigint;
}

export interface AcceptedLink {
  conn: FramedConnection;
  params: WorkerParams;
  protoVersion: number;
  owner: Address;
  complete: boolean;
  /** What the worker reported in compareBalanceWithProxy. */
  reported: Books | null;
  /** Every tcp.packet the worker sent on this link (answers, enabledDisabled …). */
  received: TlObject[];
}

export class ScriptedProxy {
  readonly style: ProxyStyle;
  readonly maxProto: number;
  readonly signer: PaymentSigner;
  readonly links: AcceptedLink[] = [];
  /** worker.params this proxy could not parse (a b75d444 proxy given bit 2). */
  readonly unparsed: WorkerParams[] = [];
  /** compareBalanceWithProxy calls that reported more than the books: a C++ proxy aborts on each. */
  aborts = 0;
  #books = new Map<string, Books>();
  #server: ProtocolServer;
  port = 0;

  private constructor(style: ProxyStyle) {
    this.style = style;
    this.maxProto = style === 'b75d444' ? 2 : 4;
    this.signer = testSigner({ seed: 9 }).signer;
    this.#server = createProtocolServer({
      identity: createCertificate(),
      policy: 'any',
      powDifficulty: 8,
      onConnection: (conn) => this.#accept(conn),
    });
  }

  static async start(style: ProxyStyle, port = 0): Promise<ScriptedProxy> {
    const proxy = new ScriptedProxy(style);
    proxy.port = (await proxy.#server.listen(port)).port;
    return proxy;
  }

  /** Dials this proxy as the worker does (policy any: the proxy attests nothing). */
  dial = async (signal: AbortSignal): Promise<FramedConnection> =>
    (
      await openClientConnection({
        host: '127.0.0.1',
        port: this.port,
        identity: createCertificate(),
        policy: 'any',
        signal,
      })
    ).connection;

  books(owner: Address): Books {
    const k = owner.toRawString();
    let b = this.#books.get(k);
    if (!b) this.#books.set(k, (b = { chain: 0n, db: 0n, max: 0n }));
    return b;
  }

  /** The proxy's database is wiped: every owner starts again from zero. */
  forget(): void {
    this.#books.clear();
  }

  /** Commits `tokens` more to an owner and sends the per-request payment (docs/protocol.md §5.3). */
  pay(link: AcceptedLink, tokens: bigint): void {
    const b = this.books(link.owner);
    b.chain += tokens;
    b.db = b.chain;
    b.max = b.chain;
    this.sendPayment(link, b.chain, tokens);
  }

  /** Sends a payment for `total` committed tokens without touching the books (a misbehaving proxy). */
  sendPayment(link: AcceptedLink, total: bigint, requestTokens = 0n): void {
    link.conn.send({
      _: 'proxy.workerRequestPayment',
      request_id: Buffer.alloc(32, 1),
      signed_payment: { _: 'proxy.signedPayment', data: this.signer.sign(link.owner, total) },
      db_tokens: total,
      max_tokens: total,
      request_tokens: requestTokens,
      request_client_owner: '',
    });
  }

  close(): Promise<void> {
    return this.#server.close();
  }

  #accept(conn: FramedConnection): void {
    let link: AcceptedLink | null = null;
    conn.setHandlers({
      onPacket: (m) => link?.received.push(m),
      onQuery: (fn) => {
        if (fn._ === 'worker.connectToProxy') {
          link = this.#connect(conn, fn.params);
          return this.#connected(link);
        }
        if (!link) throw new RpcError(ErrorCode.protoviolation, `${fn._} before connectToProxy`);
        return this.#answer(link, fn);
      },
    });
  }

  #connect(conn: FramedConnection, params: WorkerParams): AcceptedLink {
    if (this.style === 'b75d444' && (params.flags & 4) !== 0) {
      // A b75d444 proxy reads worker.params without the field and fails on the bytes left over.
      this.unparsed.push(params);
      conn.close('cannot parse worker.connectToProxy');
      throw new RpcError(ErrorCode.protoviolation, 'cannot parse query');
    }
    const [min, max] =
      (params.flags & 2) !== 0 ? [params.min_proto_version ?? 0, params.max_proto_version ?? 0] : [0, 0];
    if (max < 0 || this.maxProto < min) {
      throw new RpcError(ErrorCode.protoviolation, 'cannot choose common protocol version');
    }
    const owner = Address.parse(params.worker_owner_address);
    const protoVersion = Math.min(max, this.maxProto);
    const link: AcceptedLink = {
      conn,
      params,
      protoVersion,
      owner,
      complete: false,
      reported: null,
      received: [],
    };
    this.links.push(link);
    return link;
  }

  #connected(link: AcceptedLink): TlObject {
    return {
      _: 'worker.connectedToProxy',
      params: {
        _: 'proxy.params',
        flags: 3,
        proxy_public_key: this.signer.publicKey,
        proxy_owner_address: this.signer.proxyOwner.toString({ testOnly: true, bounceable: false }),
        proxy_sc_address: this.signer.proxySc.toString({ testOnly: true, bounceable: false }),
        is_test: true,
        proto_version: link.protoVersion,
      },
      worker_sc_address: this.signer.workerSc(link.owner).toString({ testOnly: true, bounceable: false }),
    };
  }

  #answer(link: AcceptedLink, fn: TlObject): TlObject {
    const b = this.books(link.owner);
    const payment = { _: 'proxy.signedPayment', data: this.signer.sign(link.owner, b.chain) } as const;
    switch (fn._) {
      case 'worker.compareBalanceWithProxy':
        link.reported = {
          chain: fn.tokens_committed_to_blockchain,
          db: fn.tokens_committed_to_db,
          max: fn.max_tokens,
        };
        if (fn.tokens_committed_to_blockchain > b.chain || fn.tokens_committed_to_db > b.db) {
          this.aborts += 1; // the C++ proxy's CHECK: the whole process would stop here
          link.conn.close('proxy aborted: the worker reports more than the books');
          throw new RpcError(ErrorCode.failure, 'aborted');
        }
        return {
          _: 'worker.compareBalanceWithProxyResult',
          signed_payment: payment,
          tokens_committed_to_db: b.db,
          max_tokens: b.max,
          error_code: fn.max_tokens <= b.max ? 0 : 1,
        };
      case 'worker.extendedCompareBalanceWithProxy':
        return { _: 'worker.extendedCompareBalanceWithProxyResult', error_code: 0 };
      case 'worker.proxyHandshakeComplete':
        link.complete = true;
        return { _: 'worker.proxyHandshakeCompleted' };
      case 'worker.updatePaymentStatus':
        return { _: 'worker.paymentStatus', signed_payment: payment, db_tokens: b.db, max_tokens: b.max };
      default:
        throw new RpcError(ErrorCode.protoviolation, `unexpected ${fn._}`);
    }
  }
}
