// The proxy side: accept TCP, demand proof of work, TLS 1.3 with a required client certificate, verify it
// under the configured policy, then hand a FramedConnection (server role) to the application. A peer that
// fails a step is dropped with a logged reason.
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { errorMessage, silentLogger, type Logger } from '../logging/logger.js';
import type { ConnectionTuning } from './client.js';
import { FramedConnection } from './connection.js';
import { serverPow } from './pow/pow-exchange.js';
import {
  peerCertificateDer,
  sessionInfo,
  tlsServer,
  type TlsIdentity,
  type TlsSessionInfo,
} from './ratls/tls.js';
import {
  verifyPeerCertificate,
  type AttestationPolicy,
  type VerifiedPeer,
  type VerifyOptions,
} from './ratls/verify.js';
import { step } from './setup-error.js';

export interface AcceptedPeer {
  peer: VerifiedPeer;
  remoteAddress: string;
  remotePort: number;
  tls: TlsSessionInfo;
}

export interface ProtocolServerOptions {
  identity: TlsIdentity;
  /** What a worker's certificate must prove. */
  policy: AttestationPolicy;
  verify?: Omit<VerifyOptions, 'peerRole'>;
  /** Proof-of-work difficulty (default 20, as Cocoon's router). */
  powDifficulty?: number;
  /** Limit for the PoW answer and the TLS handshake (default 60 s and 20 s). */
  powTimeoutMs?: number;
  tlsTimeoutMs?: number;
  log?: Logger;
  tuning?: ConnectionTuning;
  /**
   * A verified peer. Called before the connection reads its first frame: set its handlers here
   * (`connection.setHandlers`). tcp.connect is answered by the connection itself.
   */
  onConnection(connection: FramedConnection, accepted: AcceptedPeer): void;
}

export class ProtocolServer {
  readonly #opts: ProtocolServerOptions;
  readonly #log: Logger;
  readonly #server: Server;
  readonly #sockets = new Set<Socket>();

  constructor(opts: ProtocolServerOptions) {
    this.#opts = opts;
    this.#log = opts.log ?? silentLogger;
    this.#server = createServer({ noDelay: true }, (socket) => {
      this.#sockets.add(socket);
      socket.once('close', () => this.#sockets.delete(socket));
      this.#accept(socket).catch((err: unknown) => {
        this.#log.warn(
          `dropped ${socket.remoteAddress ?? '?'}:${socket.remotePort ?? '?'}: ${errorMessage(err)}`,
        );
        socket.destroy();
      });
    });
  }

  listen(port = 0, host = '127.0.0.1'): Promise<AddressInfo> {
    return new Promise((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(port, host, () => {
        this.#server.off('error', reject);
        resolve(this.#server.address() as AddressInfo);
      });
    });
  }

  /** Stops listening and drops every connection. */
  close(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }

  async #accept(socket: Socket): Promise<void> {
    const o = this.#opts;
    socket.on('error', () => undefined); // reported by the step that is waiting on the socket
    await step('pow', () =>
      serverPow(socket, {
        ...(o.powDifficulty !== undefined ? { difficulty: o.powDifficulty } : {}),
        ...(o.powTimeoutMs !== undefined ? { timeoutMs: o.powTimeoutMs } : {}),
      }),
    );
    const tls = await step('tls', () => tlsServer(socket, o.identity, o.tlsTimeoutMs));
    const peer = await step('verify', () =>
      verifyPeerCertificate(peerCertificateDer(tls), o.policy, { ...o.verify, peerRole: 'client' }),
    ).catch((err: unknown) => {
      tls.destroy();
      throw err;
    });
    const connection = new FramedConnection({ ...o.tuning, stream: tls, role: 'server', log: this.#log });
    o.onConnection(connection, {
      peer,
      remoteAddress: socket.remoteAddress ?? '',
      remotePort: socket.remotePort ?? 0,
      tls: sessionInfo(tls),
    });
  }
}

export function createProtocolServer(opts: ProtocolServerOptions): ProtocolServer {
  return new ProtocolServer(opts);
}
