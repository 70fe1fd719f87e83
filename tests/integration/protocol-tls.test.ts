// TCP → proof of work → TLS 1.3 (mutual Ed25519) → peer verification → framed tcp.* on loopback, with the
// client (worker) and server (proxy) helpers, under every attestation policy and with refused peers.
import { afterEach, describe, expect, it } from 'vitest';
import { sign } from 'node:crypto';
import { ecCertificate } from '../support/ec-certificate.js';
import {
  ConnectionSetupError,
  buildCertificate,
  createCertificate,
  createProtocolServer,
  ed25519KeyFromSeed,
  openClientConnection,
  rawEd25519PublicKey,
  reportDataFor,
  type AttestationPolicy,
  type CertificateBundle,
  type FramedConnection,
  type HomeReportVerifier,
  type ProtocolServer,
  type TlsIdentity,
  type VerifiedPeer,
} from '../../src/protocol/index.js';
import { ed25519Algorithm, standardExtensions } from '../../src/protocol/ratls/certificate.js';
import { createLogger } from '../../src/logging/logger.js';
import type { LogLine } from '../../src/api/events.js';

const servers: ProtocolServer[] = [];
const connections: FramedConnection[] = [];
afterEach(async () => {
  for (const c of connections.splice(0)) c.close();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const homeVerifier: HomeReportVerifier = (report, key) =>
  report.toString() === `report for ${key.toString('hex')}`
    ? { ok: true, imageHash: Buffer.alloc(32, 0x42) }
    : { ok: false, reason: 'bad report' };

/** A v4 TDX quote layout binding `key` (structure only; there is no real TDX here). */
function tdxQuoteFor(rawKey: Buffer): Buffer {
  const q = Buffer.alloc(48 + 584 + 4 + 16);
  q.writeUInt16LE(4, 0);
  q.writeUInt32LE(0x81, 4);
  reportDataFor(rawKey).copy(q, 48 + 520);
  q.writeUInt32LE(16, 632);
  return q;
}

function workerCertFor(policy: AttestationPolicy): CertificateBundle {
  const key = ed25519KeyFromSeed(Buffer.alloc(32, 0x21));
  const raw = rawEd25519PublicKey(key);
  switch (policy) {
    case 'any':
      return createCertificate({ privateKey: key });
    case 'fake_tee':
      return createCertificate({ privateKey: key, quote: reportDataFor(raw) });
    case 'tee':
      return createCertificate({ privateKey: key, quote: tdxQuoteFor(raw) });
    case 'home':
      return createCertificate({
        privateKey: key,
        homeReport: Buffer.from(`report for ${raw.toString('hex')}`),
      });
  }
}

async function startProxy(policy: AttestationPolicy, difficulty = 10) {
  const lines: LogLine[] = [];
  const accepted: VerifiedPeer[] = [];
  const proxyCert = createCertificate({ quote: undefined });
  const server = createProtocolServer({
    identity: proxyCert,
    policy,
    verify: { verifyHomeReport: homeVerifier },
    powDifficulty: difficulty,
    log: createLogger('proxy', (l) => lines.push(l), 'debug'),
    onConnection: (connection, { peer, tls }) => {
      expect(tls.protocol).toBe('TLSv1.3');
      accepted.push(peer);
      connection.setHandlers({
        onQuery: (fn) => {
          if (fn._ !== 'worker.proxyHandshakeComplete') throw new Error('unexpected');
          return { _: 'worker.proxyHandshakeCompleted' };
        },
      });
    },
  });
  servers.push(server);
  const { port } = await server.listen(0, '127.0.0.1');
  return { port, lines, accepted, proxyCert };
}

async function dial(port: number, identity: TlsIdentity, policy: AttestationPolicy = 'any') {
  const opened = await openClientConnection({
    host: '127.0.0.1',
    port,
    identity,
    policy,
    stepTimeoutMs: 10_000,
  });
  connections.push(opened.connection);
  return opened;
}

describe('RA-TLS connection on loopback', () => {
  it.each<AttestationPolicy>(['any', 'fake_tee', 'home', 'tee'])(
    'proxy policy %s admits a worker that proves it',
    async (policy) => {
      const proxy = await startProxy(policy);
      const worker = workerCertFor(policy);
      const { connection, peer, pow } = await dial(proxy.port, worker);
      expect(pow.difficulty).toBe(10);
      expect(peer.rawPublicKey.equals(proxy.proxyCert.rawPublicKey)).toBe(true);
      await expect(
        connection.call({ _: 'worker.proxyHandshakeComplete', is_disabled: false }),
      ).resolves.toEqual({
        _: 'worker.proxyHandshakeCompleted',
      });
      const seen = proxy.accepted[0];
      expect(seen?.rawPublicKey.equals(worker.rawPublicKey)).toBe(true);
      const expectedAttestation = {
        any: 'none',
        fake_tee: 'fake_tee',
        home: 'home',
        tee: 'tdx-structure-only',
      }[policy];
      expect(seen?.attestation).toBe(expectedAttestation);
      if (policy === 'fake_tee') expect(seen?.imageHash.toString('hex')).toMatch(/^5c55c8f4/);
      if (policy === 'home') expect(seen?.imageHash.toString('hex')).toBe('42'.repeat(32));
    },
  );

  it('works at the default difficulty 20', async () => {
    const proxy = await startProxy('any', 20);
    const { pow, connection } = await dial(proxy.port, createCertificate());
    expect([pow.difficulty, connection.ready]).toEqual([20, true]);
  });

  it('drops a worker whose certificate has an unknown critical extension', async () => {
    const proxy = await startProxy('any');
    const key = ed25519KeyFromSeed(Buffer.alloc(32, 0x31));
    const certDer = buildCertificate({
      spki: (await import('node:crypto')).createPublicKey(key).export({ format: 'der', type: 'spki' }),
      signatureAlgorithm: ed25519Algorithm,
      sign: (tbs) => sign(null, tbs, key),
      notBefore: new Date(Date.now() - 1000),
      notAfter: new Date(Date.now() + 86_400_000),
      extensions: [
        ...standardExtensions(rawEd25519PublicKey(key)),
        { oid: '1.3.6.1.4.1.99999.7', critical: true, value: Buffer.alloc(1) },
      ],
    });
    const identity = {
      certPem: pem(certDer),
      keyPem: key.export({ format: 'pem', type: 'pkcs8' }).toString(),
    };
    await expect(dial(proxy.port, identity)).rejects.toBeInstanceOf(ConnectionSetupError);
    expect(
      proxy.lines.some((l) => l.level === 'warn' && l.message.includes('UNKNOWN_CRITICAL_EXTENSION')),
    ).toBe(true);
    expect(proxy.accepted).toEqual([]);
  });

  it('drops a worker with a non-Ed25519 key', async () => {
    const proxy = await startProxy('any');
    const { der: certDer, privateKey } = ecCertificate();
    const identity = {
      certPem: pem(certDer),
      keyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    };
    await expect(dial(proxy.port, identity)).rejects.toBeInstanceOf(ConnectionSetupError);
    expect(proxy.lines.some((l) => l.level === 'warn' && l.message.includes('NOT_ED25519'))).toBe(true);
  });

  it('drops a worker that cannot prove the required attestation', async () => {
    const proxy = await startProxy('fake_tee');
    await expect(dial(proxy.port, createCertificate())).rejects.toBeInstanceOf(ConnectionSetupError);
    expect(proxy.lines.some((l) => l.message.includes('QUOTE_MISSING'))).toBe(true);
  });

  it('the worker refuses a proxy that does not meet its policy, and a challenge above 28', async () => {
    const proxy = await startProxy('any');
    const refused = dial(proxy.port, createCertificate(), 'fake_tee');
    await expect(refused).rejects.toMatchObject({
      stage: 'verify',
      message: expect.stringMatching(/QUOTE_MISSING/) as unknown,
    });
    const hard = await startProxy('any', 29);
    await expect(dial(hard.port, createCertificate())).rejects.toMatchObject({
      stage: 'pow',
      message: expect.stringMatching(/POW_TOO_HARD/) as unknown,
    });
  });
});

function pem(certDer: Buffer): string {
  return `-----BEGIN CERTIFICATE-----\n${certDer.toString('base64').replace(/.{64}/g, '$&\n')}\n-----END CERTIFICATE-----\n`;
}
