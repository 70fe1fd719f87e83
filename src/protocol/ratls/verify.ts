// Verifies a peer's RA-TLS certificate as Cocoon's Verifier does (docs/protocol.md §1.2): a single self-signed
// certificate (depth 0), no unknown critical extension except Cocoon's two, an Ed25519 key, a valid
// window and the purpose in EKU — then an attestation policy decides, and yields the peer's image hash.
import { createPublicKey, verify as verifySignature } from 'node:crypto';
import { CertificateError } from './cert-error.js';
import { reportDataFor } from './certificate.js';
import { children, readNode, readOid, type DerNode } from './der.js';
import { OID, OPENSSL_SUPPORTED_EXTENSIONS, SILKWORM_REPORT_OID } from './oids.js';
import { imageHashOf, parseTdxQuote, zeroMeasurements } from './tdx-quote.js';
import { parseCertificate, type ParsedCertificate } from './parse-certificate.js';

export type AttestationPolicy = 'any' | 'fake_tdx' | 'home' | 'tdx';

export type HomeReportVerdict =
  { ok: true; imageHash?: Buffer; summary?: string } | { ok: false; reason: string };

/** Verifies Silkworm's home attestation report (provided by the attestation module). */
export type HomeReportVerifier = (
  report: Buffer,
  rawPublicKey: Buffer,
) => HomeReportVerdict | Promise<HomeReportVerdict>;

export interface VerifyOptions {
  /** The role the peer plays: its certificate must allow serverAuth or clientAuth. */
  peerRole: 'server' | 'client';
  /** Epoch ms (default now). */
  now?: number;
  /** When set, the peer's image hash must be one of these (any policy). */
  allowedImageHashes?: readonly Buffer[];
  /** Required by the `home` policy. */
  verifyHomeReport?: HomeReportVerifier;
}

export interface VerifiedPeer {
  policy: AttestationPolicy;
  /** The raw 32-byte Ed25519 public key of the peer's TLS certificate. */
  rawPublicKey: Buffer;
  /** 32 zero bytes when nothing is attested. */
  imageHash: Buffer;
  /** What was actually checked; `tdx-structure-only` means the DCAP signature chain was NOT verified. */
  attestation: 'none' | 'fake_tdx' | 'home' | 'tdx-structure-only';
  quote?: Buffer;
  homeReport?: Buffer;
  summary?: string;
  notAfter: Date;
}

function check(
  ok: boolean,
  code: ConstructorParameters<typeof CertificateError>[0],
  message: string,
): asserts ok {
  if (!ok) throw new CertificateError(code, message);
}

function hasPurpose(ekuValue: Buffer, purpose: string): boolean {
  const oids = children(readNode(ekuValue)).map(readOid);
  return oids.includes(purpose) || oids.includes(OID.anyExtendedKeyUsage);
}

function checkKeyUsage(node: DerNode): void {
  // BIT STRING: unused-bits byte, then bits; digitalSignature is the first (most significant) bit.
  check(
    node.tag === 0x03 && ((node.content[1] ?? 0) & 0x80) !== 0,
    'BAD_KEY_USAGE',
    'KeyUsage lacks digitalSignature',
  );
}

/** Checks 1–4 of Cocoon's verifier; throws a CertificateError. */
function checkCertificate(cert: ParsedCertificate, opts: VerifyOptions): void {
  check(
    cert.signatureAlgorithm === OID.ed25519 && cert.keyAlgorithm === OID.ed25519,
    'NOT_ED25519',
    'the key is not Ed25519',
  );
  check(cert.rawPublicKey.length === 32, 'NOT_ED25519', 'the Ed25519 key is not 32 bytes');
  check(
    cert.issuer.equals(cert.subject),
    'NOT_SELF_SIGNED',
    'issuer differs from subject (chains are not accepted)',
  );
  const key = createPublicKey({ key: cert.spki, format: 'der', type: 'spki' });
  check(
    verifySignature(null, cert.tbs, key, cert.signature),
    'BAD_SIGNATURE',
    'the self-signature does not verify',
  );
  const now = opts.now ?? Date.now();
  check(now >= cert.notBefore.getTime(), 'NOT_YET_VALID', `valid from ${cert.notBefore.toISOString()}`);
  check(now <= cert.notAfter.getTime(), 'EXPIRED', `expired at ${cert.notAfter.toISOString()}`);
  const seen = new Set<string>();
  for (const ext of cert.extensions) {
    check(!seen.has(ext.oid), 'DUPLICATE_EXTENSION', `extension ${ext.oid} appears twice`);
    seen.add(ext.oid);
    const known =
      OPENSSL_SUPPORTED_EXTENSIONS.has(ext.oid) || ext.oid === OID.tdxQuote || ext.oid === OID.tdxUserClaims;
    check(!ext.critical || known, 'UNKNOWN_CRITICAL_EXTENSION', `unknown critical extension ${ext.oid}`);
    if (ext.oid === OID.keyUsage) checkKeyUsage(readNode(ext.value));
    if (ext.oid === OID.extKeyUsage) {
      const purpose = opts.peerRole === 'server' ? OID.serverAuth : OID.clientAuth;
      check(hasPurpose(ext.value, purpose), 'BAD_EXTENDED_KEY_USAGE', `EKU lacks ${opts.peerRole}Auth`);
    }
  }
}

async function applyPolicy(
  policy: AttestationPolicy,
  cert: ParsedCertificate,
  opts: VerifyOptions,
): Promise<Omit<VerifiedPeer, 'policy' | 'rawPublicKey' | 'notAfter'>> {
  const quote = cert.extensions.find((e) => e.oid === OID.tdxQuote)?.value;
  const homeReport = cert.extensions.find((e) => e.oid === SILKWORM_REPORT_OID)?.value;
  const reportData = reportDataFor(cert.rawPublicKey);
  switch (policy) {
    case 'any':
      return { attestation: 'none', imageHash: Buffer.alloc(32) };
    case 'fake_tdx': {
      check(quote !== undefined, 'QUOTE_MISSING', 'fake_tdx needs a quote');
      check(quote.length === 64, 'QUOTE_MALFORMED', `a fake_tdx quote is 64 bytes, not ${quote.length}`);
      check(quote.equals(reportData), 'QUOTE_MISMATCH', 'the quote is not SHA-512 of the public key');
      return { attestation: 'fake_tdx', imageHash: imageHashOf(zeroMeasurements(quote)), quote };
    }
    case 'tdx': {
      check(quote !== undefined, 'QUOTE_MISSING', 'tdx needs a quote');
      const m = parseTdxQuote(quote);
      check(m.reportData.equals(reportData), 'QUOTE_MISMATCH', 'REPORTDATA is not SHA-512 of the public key');
      const summary =
        'TDX quote structure and report data checked; the Intel DCAP signature chain was NOT verified';
      return { attestation: 'tdx-structure-only', imageHash: imageHashOf(m), quote, summary };
    }
    case 'home': {
      check(
        opts.verifyHomeReport !== undefined,
        'POLICY_MISCONFIGURED',
        'the home policy needs verifyHomeReport',
      );
      check(
        homeReport !== undefined,
        'HOME_REPORT_MISSING',
        'no Silkworm attestation report in the certificate',
      );
      const verdict = await opts.verifyHomeReport(homeReport, cert.rawPublicKey);
      if (!verdict.ok) throw new CertificateError('HOME_REPORT_REJECTED', verdict.reason);
      return {
        attestation: 'home',
        imageHash: verdict.imageHash ?? Buffer.alloc(32),
        homeReport,
        ...(verdict.summary !== undefined ? { summary: verdict.summary } : {}),
      };
    }
  }
}

/** Verifies a peer certificate (DER) under a policy; throws a CertificateError when it is refused. */
export async function verifyPeerCertificate(
  der: Buffer | undefined,
  policy: AttestationPolicy,
  opts: VerifyOptions,
): Promise<VerifiedPeer> {
  check(der !== undefined && der.length > 0, 'NO_CERTIFICATE', 'the peer presented no certificate');
  const cert = parseCertificate(der);
  checkCertificate(cert, opts);
  const result = await applyPolicy(policy, cert, opts);
  if (opts.allowedImageHashes) {
    check(
      opts.allowedImageHashes.some((h) => h.equals(result.imageHash)),
      'IMAGE_HASH_NOT_ALLOWED',
      `image hash ${result.imageHash.toString('hex')} is not allowed`,
    );
  }
  return { policy, rawPublicKey: cert.rawPublicKey, notAfter: cert.notAfter, ...result };
}
