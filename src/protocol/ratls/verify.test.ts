// Certificates made as Cocoon makes them, and the verifier's checks and policies (docs/protocol.md §1.2).
import { describe, expect, it } from 'vitest';
import { X509Certificate, createHash, sign } from 'node:crypto';
import { ecCertificate } from '../../../tests/support/ec-certificate.js';
import {
  buildCertificate,
  createCertificate,
  ed25519Algorithm,
  ed25519KeyFromSeed,
  rawEd25519PublicKey,
  reportDataFor,
  standardExtensions,
  type CertExtension,
} from './certificate.js';
import * as der from './der.js';
import { OID, SILKWORM_REPORT_OID } from './oids.js';
import {
  parseAttestationPolicy,
  verifyPeerCertificate,
  ZERO_REPORT_IMAGE_HASH,
  type VerifyOptions,
} from './verify.js';
import { createPublicKey } from 'node:crypto';

const FAKE_TDX_IMAGE_HASH = '5c55c8f4db4010ba9203d83536d0609856af8c847ac039e37e7dde8fbd574b61';
const asClient: VerifyOptions = { peerRole: 'client' };

function ed25519Cert(
  opts: { extensions?: (std: CertExtension[]) => CertExtension[]; from?: number; to?: number } = {},
): Buffer {
  const key = ed25519KeyFromSeed(Buffer.alloc(32, 9));
  const std = standardExtensions(rawEd25519PublicKey(key));
  return buildCertificate({
    spki: createPublicKey(key).export({ format: 'der', type: 'spki' }),
    signatureAlgorithm: ed25519Algorithm,
    sign: (tbs) => sign(null, tbs, key),
    notBefore: new Date(opts.from ?? Date.now() - 1000),
    notAfter: new Date(opts.to ?? Date.now() + 86_400_000),
    extensions: opts.extensions ? opts.extensions(std) : std,
  });
}

/** A v4 TDX quote layout with the given report data and MRTD (signature data: 4 bytes). */
function tdxQuote(reportData: Buffer, mrtd: Buffer): Buffer {
  const q = Buffer.alloc(48 + 584 + 4 + 4);
  q.writeUInt16LE(4, 0);
  q.writeUInt32LE(0x81, 4);
  mrtd.copy(q, 48 + 136);
  reportData.copy(q, 48 + 520);
  q.writeUInt32LE(4, 632);
  return q;
}

describe('createCertificate', () => {
  it('makes the certificate Cocoon makes', () => {
    const b = createCertificate({ seed: Buffer.alloc(32, 1), now: Date.UTC(2026, 0, 1) });
    const x = new X509Certificate(b.certPem);
    expect(x.subject.split('\n')).toEqual([
      'C=AE',
      'ST=DUBAI',
      'O=TDLib Development',
      'OU=Security',
      'CN=localhost',
    ]);
    expect(x.issuer).toBe(x.subject);
    expect(x.subjectAltName).toBe('DNS:localhost, DNS:127.0.0.1, IP Address:0:0:0:0:0:0:0:1');
    expect(x.keyUsage).toEqual([OID.serverAuth, OID.clientAuth]);
    expect(new Date(x.validTo).getTime() - new Date(x.validFrom).getTime()).toBe(86_400_000);
    expect(x.publicKey.asymmetricKeyType).toBe('ed25519');
    expect(x.verify(x.publicKey)).toBe(true);
    expect(x.checkPrivateKey(b.privateKey)).toBe(true);
    expect(x.ca).toBe(false);
    expect(x.serialNumber).toMatch(/^[0-9A-F]{30,34}$/);
    expect(b.rawPublicKey).toHaveLength(32);
  });

  it('derives the RFC 8032 public key from a seed', () => {
    const seed = Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex');
    expect(createCertificate({ seed }).rawPublicKey.toString('hex')).toBe(
      'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
    );
  });

  it('adds the critical quote and claims extensions and the non-critical home report', async () => {
    const b = createCertificate({ quote: Buffer.alloc(64, 7), homeReport: Buffer.from('report') });
    const parsed = (await import('./parse-certificate.js')).parseCertificate(b.certDer);
    const ext = (oid: string): [boolean, string] | undefined => {
      const e = parsed.extensions.find((x) => x.oid === oid);
      return e && [e.critical, e.value.toString('hex')];
    };
    expect(ext(OID.tdxQuote)).toEqual([true, '07'.repeat(64)]);
    expect(ext(OID.tdxUserClaims)).toEqual([true, b.rawPublicKey.toString('hex')]);
    expect(ext(SILKWORM_REPORT_OID)).toEqual([false, Buffer.from('report').toString('hex')]);
    expect(ext(OID.basicConstraints)).toEqual([true, '3000']);
    expect(ext(OID.keyUsage)).toEqual([true, '03020780']);
    expect(ext(OID.subjectKeyIdentifier)?.[1]).toBe(
      '0414' + createHash('sha1').update(b.rawPublicKey).digest('hex'),
    );
  });
});

describe('verifyPeerCertificate', () => {
  it('any: accepts a plain certificate, image hash zero', async () => {
    const b = createCertificate();
    const peer = await verifyPeerCertificate(b.certDer, 'any', asClient);
    expect([
      peer.attestation,
      peer.imageHash.toString('hex'),
      peer.rawPublicKey.equals(b.rawPublicKey),
    ]).toEqual(['none', '00'.repeat(32), true]);
    await expect(
      verifyPeerCertificate(b.certDer, 'any', { ...asClient, allowedImageHashes: [Buffer.alloc(32, 1)] }),
    ).rejects.toThrow(/IMAGE_HASH_NOT_ALLOWED/);
  });

  it('fake_tee: any quote extension stands for a zero report; image hash is SHA-256 of 448 zero bytes', async () => {
    const key = ed25519KeyFromSeed(Buffer.alloc(32, 3));
    const good = createCertificate({ privateKey: key, quote: reportDataFor(rawEd25519PublicKey(key)) });
    const peer = await verifyPeerCertificate(good.certDer, 'fake_tee', asClient);
    expect([peer.attestation, peer.imageHash.toString('hex'), peer.teeExtensions]).toEqual([
      'fake_tee',
      FAKE_TDX_IMAGE_HASH,
      true,
    ]);
    // Cocoon 9060ce5 no longer looks at the quote's content under fake_tee.
    const other = await verifyPeerCertificate(
      createCertificate({ quote: Buffer.alloc(64) }).certDer,
      'fake_tee',
      asClient,
    );
    expect(other.imageHash.toString('hex')).toBe(FAKE_TDX_IMAGE_HASH);
    await expect(verifyPeerCertificate(createCertificate().certDer, 'fake_tee', asClient)).rejects.toThrow(
      /QUOTE_MISSING/,
    );
  });

  it('tee: a certificate without TEE extensions passes only without an image-hash allow-list (Cocoon 9060ce5)', async () => {
    const plain = createCertificate();
    const peer = await verifyPeerCertificate(plain.certDer, 'tee', asClient);
    expect([peer.attestation, peer.imageHash.toString('hex'), peer.teeExtensions]).toEqual([
      'none',
      FAKE_TDX_IMAGE_HASH,
      false,
    ]);
    expect(ZERO_REPORT_IMAGE_HASH.toString('hex')).toBe(FAKE_TDX_IMAGE_HASH);
    await expect(
      verifyPeerCertificate(plain.certDer, 'tee', {
        ...asClient,
        allowedImageHashes: [ZERO_REPORT_IMAGE_HASH],
      }),
    ).rejects.toThrow(/QUOTE_MISSING/);
  });

  it('reads the old policy names as aliases and names an unknown one', () => {
    expect(
      ['tdx', 'fake_tdx', 'tee', 'fake_tee', 'any', 'home', ' TDX '].map(parseAttestationPolicy),
    ).toEqual(['tee', 'fake_tee', 'tee', 'fake_tee', 'any', 'home', 'tee']);
    expect(() => parseAttestationPolicy('sgx')).toThrow(/unknown RA-TLS policy "sgx"/);
  });

  it("checkPeer runs last and refuses with the caller's reason", async () => {
    const b = createCertificate();
    const seen: string[] = [];
    const peer = await verifyPeerCertificate(b.certDer, 'tee', {
      ...asClient,
      checkPeer: (p) => {
        seen.push(p.rawPublicKey.toString('hex'));
        return { ok: true };
      },
    });
    expect(seen).toEqual([peer.rawPublicKey.toString('hex')]);
    const refused = verifyPeerCertificate(b.certDer, 'tee', {
      ...asClient,
      checkPeer: () => ({ ok: false, reason: 'its key is not listed' }),
    });
    await expect(refused).rejects.toMatchObject({ code: 'PEER_REFUSED', detail: 'its key is not listed' });
    // a certificate the policy refuses never reaches the check
    const calls: number[] = [];
    await expect(
      verifyPeerCertificate(b.certDer, 'fake_tee', {
        ...asClient,
        checkPeer: () => (calls.push(1), { ok: true }),
      }),
    ).rejects.toThrow(/QUOTE_MISSING/);
    expect(calls).toEqual([]);
  });

  it('home: hands the report and raw key to the injected verifier', async () => {
    const b = createCertificate({ homeReport: Buffer.from('signed report') });
    const calls: string[] = [];
    const peer = await verifyPeerCertificate(b.certDer, 'home', {
      ...asClient,
      verifyHomeReport: (report, key) => {
        calls.push(`${report.toString()} ${key.equals(b.rawPublicKey)}`);
        return { ok: true, imageHash: Buffer.alloc(32, 5), summary: 'measurements ok' };
      },
    });
    expect(calls).toEqual(['signed report true']);
    expect([peer.attestation, peer.imageHash.toString('hex'), peer.summary]).toEqual([
      'home',
      '05'.repeat(32),
      'measurements ok',
    ]);
    const reject = {
      ...asClient,
      verifyHomeReport: () => ({ ok: false as const, reason: 'unknown model hash' }),
    };
    await expect(verifyPeerCertificate(b.certDer, 'home', reject)).rejects.toThrow(
      'HOME_REPORT_REJECTED: unknown model hash',
    );
    await expect(verifyPeerCertificate(createCertificate().certDer, 'home', reject)).rejects.toThrow(
      /HOME_REPORT_MISSING/,
    );
    await expect(verifyPeerCertificate(b.certDer, 'home', asClient)).rejects.toThrow(/POLICY_MISCONFIGURED/);
  });

  it('tee: checks the quote structure and report data only, and says so', async () => {
    const key = ed25519KeyFromSeed(Buffer.alloc(32, 4));
    const mrtd = Buffer.alloc(48, 0x11);
    const quote = tdxQuote(reportDataFor(rawEd25519PublicKey(key)), mrtd);
    const peer = await verifyPeerCertificate(
      createCertificate({ privateKey: key, quote }).certDer,
      'tee',
      asClient,
    );
    const expected = createHash('sha256')
      .update(Buffer.concat([mrtd, Buffer.alloc(448 - 48)]))
      .digest('hex');
    expect([peer.attestation, peer.imageHash.toString('hex')]).toEqual(['tdx-structure-only', expected]);
    expect(peer.summary).toMatch(/NOT verified/);
    const other = tdxQuote(Buffer.alloc(64), mrtd);
    await expect(
      verifyPeerCertificate(createCertificate({ privateKey: key, quote: other }).certDer, 'tee', asClient),
    ).rejects.toThrow(/QUOTE_MISMATCH/);
    const short = createCertificate({ privateKey: key, quote: Buffer.alloc(64) });
    await expect(verifyPeerCertificate(short.certDer, 'tee', asClient)).rejects.toThrow(/QUOTE_MALFORMED/);
  });

  it('rejects an unknown critical extension, but not the same one non-critical', async () => {
    const unknown = (critical: boolean) => (std: CertExtension[]) => [
      ...std,
      { oid: '1.2.3.4', critical, value: Buffer.from([5]) },
    ];
    await expect(
      verifyPeerCertificate(ed25519Cert({ extensions: unknown(true) }), 'any', asClient),
    ).rejects.toThrow('UNKNOWN_CRITICAL_EXTENSION: unknown critical extension 1.2.3.4');
    await expect(
      verifyPeerCertificate(ed25519Cert({ extensions: unknown(false) }), 'any', asClient),
    ).resolves.toBeDefined();
  });

  it('rejects a non-Ed25519 key', async () => {
    const { der: cert, publicKey } = ecCertificate();
    expect(new X509Certificate(cert).verify(publicKey)).toBe(true);
    await expect(verifyPeerCertificate(cert, 'any', asClient)).rejects.toThrow(/NOT_ED25519/);
  });

  it('checks the validity window, the purpose, the self-signature and the encoding', async () => {
    const now = Date.now();
    await expect(verifyPeerCertificate(ed25519Cert({ to: now - 1000 }), 'any', asClient)).rejects.toThrow(
      /EXPIRED/,
    );
    await expect(verifyPeerCertificate(ed25519Cert({ from: now + 60_000 }), 'any', asClient)).rejects.toThrow(
      /NOT_YET_VALID/,
    );
    const serverOnly = (std: CertExtension[]): CertExtension[] =>
      std.map((e) =>
        e.oid === OID.extKeyUsage ? { ...e, value: der.sequence(der.oid(OID.serverAuth)) } : e,
      );
    const cert = ed25519Cert({ extensions: serverOnly });
    await expect(verifyPeerCertificate(cert, 'any', asClient)).rejects.toThrow(/BAD_EXTENDED_KEY_USAGE/);
    await expect(verifyPeerCertificate(cert, 'any', { peerRole: 'server' })).resolves.toBeDefined();
    const tampered = Buffer.from(createCertificate().certDer);
    tampered.writeUInt8(tampered.readUInt8(tampered.length - 1) ^ 1, tampered.length - 1);
    await expect(verifyPeerCertificate(tampered, 'any', asClient)).rejects.toThrow(/BAD_SIGNATURE/);
    await expect(verifyPeerCertificate(Buffer.from('3003020101', 'hex'), 'any', asClient)).rejects.toThrow(
      /BAD_DER/,
    );
    await expect(verifyPeerCertificate(undefined, 'any', asClient)).rejects.toThrow(/NO_CERTIFICATE/);
  });
});
