// TLS 1.3 on a socket that has finished the proof of work (docs/protocol.md §1.2): mutual authentication with
// self-signed Ed25519 certificates, suites AES_128_GCM_SHA256 / AES_256_GCM_SHA384, no session tickets.
// Node's own chain check cannot accept these certificates, so it is switched off
// (`rejectUnauthorized: false`) and the peer certificate is verified by verifyPeerCertificate instead.
import { constants } from 'node:crypto';
import type { Socket } from 'node:net';
import { TLSSocket, connect, createSecureContext, type SecureContextOptions } from 'node:tls';
import { ProtocolError } from '../errors.js';

export interface TlsIdentity {
  certPem: string;
  keyPem: string;
}

export const TLS13_SUITES = 'TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384';

export function secureContextOptions(identity: TlsIdentity): SecureContextOptions {
  return {
    cert: identity.certPem,
    key: identity.keyPem,
    minVersion: 'TLSv1.3',
    maxVersion: 'TLSv1.3',
    ciphers: TLS13_SUITES,
    secureOptions: constants.SSL_OP_NO_TICKET,
  };
}

function handshake(tls: TLSSocket, event: 'secure' | 'secureConnect', timeoutMs: number): Promise<TLSSocket> {
  return new Promise((resolve, reject) => {
    const fail = (err: Error): void => {
      cleanup();
      tls.destroy();
      reject(err);
    };
    const onError = (err: Error): void => fail(err);
    const onClose = (): void =>
      fail(new ProtocolError('CLOSED', 'connection closed during the TLS handshake'));
    const timer = setTimeout(
      () => fail(new ProtocolError('TIMEOUT', `no TLS handshake within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const cleanup = (): void => {
      clearTimeout(timer);
      tls.off('error', onError);
      tls.off('close', onClose);
    };
    tls.once('error', onError);
    tls.once('close', onClose);
    tls.once(event, () => {
      cleanup();
      resolve(tls);
    });
  });
}

/** Client role (the worker): TLS over `socket`; resolves once the handshake is complete. */
export function tlsClient(socket: Socket, identity: TlsIdentity, timeoutMs = 20_000): Promise<TLSSocket> {
  const tls = connect({ socket, ...secureContextOptions(identity), rejectUnauthorized: false });
  return handshake(tls, 'secureConnect', timeoutMs);
}

/** Server role (the proxy): requires a client certificate; resolves once the handshake is complete. */
export function tlsServer(socket: Socket, identity: TlsIdentity, timeoutMs = 20_000): Promise<TLSSocket> {
  const tls = new TLSSocket(socket, {
    isServer: true,
    secureContext: createSecureContext(secureContextOptions(identity)),
    requestCert: true,
    rejectUnauthorized: false,
  });
  return handshake(tls, 'secure', timeoutMs);
}

export interface TlsSessionInfo {
  protocol: string;
  cipher: string;
}

export function sessionInfo(tls: TLSSocket): TlsSessionInfo {
  return { protocol: tls.getProtocol() ?? 'unknown', cipher: tls.getCipher().standardName };
}

/** The DER of the certificate the peer presented, if any. */
export function peerCertificateDer(tls: TLSSocket): Buffer | undefined {
  return tls.getPeerX509Certificate()?.raw;
}
