// The worker side of a proxy connection: TCP → proof of work → TLS 1.3 → peer verification → framed
// tcp.connect/tcp.connected (docs/protocol.md §1). Resolves with a ready FramedConnection and the verified proxy.
import { connect as tcpConnect, type Socket } from 'node:net';
import { silentLogger, type Logger } from '../logging/logger.js';
import { FramedConnection, type ConnectionHandlers, type FramedConnectionOptions } from './connection.js';
import { ProtocolError } from './errors.js';
import { clientPow } from './pow/pow-exchange.js';
import type { PowChallenge } from './pow/pow.js';
import {
  peerCertificateDer,
  sessionInfo,
  tlsClient,
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

export type ConnectionTuning = Pick<
  FramedConnectionOptions,
  'clock' | 'pingAfterMs' | 'idleTimeoutMs' | 'queryTimeoutMs'
>;

export interface ClientConnectionOptions {
  host: string;
  port: number;
  identity: TlsIdentity;
  /** What the proxy's certificate must prove. */
  policy: AttestationPolicy;
  verify?: Omit<VerifyOptions, 'peerRole'>;
  handlers?: ConnectionHandlers;
  log?: Logger;
  /** Refuse harder proof-of-work challenges (default 28, as Cocoon's clients). */
  maxPowDifficulty?: number;
  /** Limit for each setup step: TCP connect, challenge, TLS handshake, tcp.connected (default 20 s). */
  stepTimeoutMs?: number;
  signal?: AbortSignal;
  tuning?: ConnectionTuning;
}

export interface OpenedConnection {
  connection: FramedConnection;
  peer: VerifiedPeer;
  pow: PowChallenge;
  tls: TlsSessionInfo;
}

function tcp(host: string, port: number, timeoutMs: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    // No Nagle: answers are many small frames (one per token); coalescing them adds ~40 ms per token.
    const socket = tcpConnect({ host, port, noDelay: true });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new ProtocolError('TIMEOUT', `no TCP connection to ${host}:${port} within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.off('error', reject);
      resolve(socket);
    });
    socket.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

export async function openClientConnection(opts: ClientConnectionOptions): Promise<OpenedConnection> {
  const log = opts.log ?? silentLogger;
  const timeoutMs = opts.stepTimeoutMs ?? 20_000;
  opts.signal?.throwIfAborted();
  const socket = await step('tcp', () => tcp(opts.host, opts.port, timeoutMs));
  const abort = (): void => void socket.destroy(new Error('aborted'));
  opts.signal?.addEventListener('abort', abort, { once: true });
  let tls: Socket | undefined;
  try {
    const pow = await step('pow', () =>
      clientPow(socket, {
        timeoutMs,
        ...(opts.maxPowDifficulty !== undefined ? { maxDifficulty: opts.maxPowDifficulty } : {}),
        ...(opts.signal ? { signal: opts.signal } : {}),
      }),
    );
    const secure = await step('tls', () => tlsClient(socket, opts.identity, timeoutMs));
    tls = secure;
    const peer = await step('verify', () =>
      verifyPeerCertificate(peerCertificateDer(secure), opts.policy, { ...opts.verify, peerRole: 'server' }),
    );
    const connection = await step('ready', () => handshake(secure, opts, log, timeoutMs));
    log.info(`connected to ${opts.host}:${opts.port} (pow ${pow.difficulty}, ${peer.attestation})`);
    return { connection, peer, pow, tls: sessionInfo(secure) };
  } catch (err) {
    tls?.destroy();
    socket.destroy();
    throw err;
  } finally {
    opts.signal?.removeEventListener('abort', abort);
  }
}

function handshake(
  stream: Socket,
  opts: ClientConnectionOptions,
  log: Logger,
  timeoutMs: number,
): Promise<FramedConnection> {
  return new Promise((resolve, reject) => {
    const user = opts.handlers ?? {};
    const timer = setTimeout(() => {
      connection.close('no tcp.connected in time');
    }, timeoutMs);
    const connection: FramedConnection = new FramedConnection({
      ...opts.tuning,
      stream,
      role: 'client',
      log,
      handlers: {
        ...user,
        onReady: () => {
          clearTimeout(timer);
          connection.setHandlers(user);
          resolve(connection);
          user.onReady?.();
        },
        onClose: (reason) => {
          clearTimeout(timer);
          // Our own close here is the timer's: a timeout, not the peer going away.
          reject(
            reason.error ?? new ProtocolError(reason.code === 'local' ? 'TIMEOUT' : 'CLOSED', reason.message),
          );
          user.onClose?.(reason);
        },
      },
    });
  });
}
