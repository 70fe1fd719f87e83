// Verifies a peer's RA-TLS certificate as Cocoon's Verifier does (docs/protocol.md §1.2): a single self-signed
// certificate (depth 0), no unknown critical extension except Cocoon's two, an Ed25519 key, a valid
// window and the purpose in EKU — then an attestation policy decides, and yields the peer's image hash.
// Policy names are Cocoon's since 9060ce5 (`tee`, `fake_tee`); the older `tdx`, `fake_tdx` are read as aliases.
import { createHash, createPublicKey, verify as verifySignature } from 'node:crypto';
import { CertificateError } from './cert-error.js';
import { reportDataFor } from './certificate.js';
import { children, readNode, readOid, type DerNode } from './der.js';
import { OID, OPENSSL_SUPPORTED_EXTENSIONS, SILKWORM_REPORT_OID } from './oids.js';
import { imageHashOf, parseTdxQuote, zeroMeasurements } from './tdx-quote.js';
import { parseCertificate, type ParsedCertificate } from './parse-certificate.js';

export type AttestationPolicy = 'any' | 'fake_tee' | 'home' | 'tee';

const POLICY_NAMES: Readonly<Record<string, AttestationPolicy>> = {
  any: 'any',
  home: 'home',
  tee: 'tee',
  fake_tee: 'fake_tee',
  tdx: 'tee', // Cocoon before 9060ce5
  fake_tdx: 'fake_tee',
};

/** A policy name from a config or command line; Cocoon's pre-9060ce5 names are accepted as aliases. */
export function parseAttestationPolicy(name: string): AttestationPolicy {
  const policy = POLICY_NAMES[name.trim().toLowerCase()];
  if (!policy)
    throw new Error(
      `unknown RA-TLS policy "${name}" (known: any, tee, fake_tee, home; tdx and fake_tdx are old names)`,
    );
  return policy;
}

/** What the `tee` policy cannot check offline; the UI and README show it as it is. */
export const TEE_NOT_VERIFIED =
  "the TDX quote's layout, its binding to the TLS key and its image hash are checked; Intel's DCAP signature chain and collateral are NOT verified (no DCAP library runs here)";

/** Cocoon 9060ce5: the image hash of an all-zero TDX report, SHA-256 of 448 zero bytes (`5c55c8f4…4b61`). */
export const ZERO_REPORT_IMAGE_HASH = createHash('sha256').update(Buffer.alloc(448)).digest();

/** A caller's own decision on a peer that passed the policy (e.g. "is this proxy listed by the root?"). */
export type PeerVerdict = { ok: true } | { ok: false; reason: string };
export type PeerCheck = (peer: VerifiedPeer) => PeerVerdict | Promise<PeerVerdict>;

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
  /**
   * `home` only: a certificate with no attestation at all (no home report, no TEE extension) passes as
   * attestation 'none' instead of HOME_REPORT_MISSING, for a tier the caller labels as unattested.
   */
  admitUnattested?: boolean;
  /** Runs last, on a peer that passed everything else; a refusal is CertificateError('PEER_REFUSED'). */
  checkPeer?: PeerCheck;
}

export interface VerifiedPeer {
  policy: AttestationPolicy;
  /** The raw 32-byte Ed25519 public key of the peer's TLS certificate. */
  rawPublicKey: Buffer;
  /** 32 zero bytes under `any`; SHA-256 of an all-zero report for a certificate without TEE extensions under `tee`. */
  imageHash: Buffer;
  /** What was actually checked; `tdx-structure-only` means the DCAP signature chain was NOT verified. */
  attestation: 'none' | 'fake_tee' | 'home' | 'tdx-structure-only';
  /** The certificate carries Cocoon's TEE (TDX quote) extensions. */
  teeExtensions: boolean;
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

type PolicyResult = Omit<VerifiedPeer, 'policy' | 'rawPublicKey' | 'notAfter' | 'teeExtensions'>;

async function applyPolicy(
  policy: AttestationPolicy,
  cert: ParsedCertificate,
  opts: VerifyOptions,
): Promise<PolicyResult> {
  const quote = cert.extensions.find((e) => e.oid === OID.tdxQuote)?.value;
  const homeReport = cert.extensions.find((e) => e.oid === SILKWORM_REPORT_OID)?.value;
  const reportData = reportDataFor(cert.rawPublicKey);
  switch (policy) {
    case 'any':
      return { attestation: 'none', imageHash: Buffer.alloc(32) };
    case 'fake_tee': {
      // As Cocoon 9060ce5: any quote extension stands for a zero report with REPORTDATA = SHA-512(key);
      // its content is not looked at (Silkworm's own test mode sends exactly that 64-byte SHA-512).
      check(quote !== undefined, 'QUOTE_MISSING', 'fake_tee needs a quote extension');
      return { attestation: 'fake_tee', imageHash: imageHashOf(zeroMeasurements(reportData)), quote };
    }
    case 'tee': {
      if (quote === undefined) {
        // Cocoon 9060ce5: a certificate without TEE extensions passes a `tee` port that has no image-hash
        // allow-list, as an all-zero report.
        check(
          (opts.allowedImageHashes?.length ?? 0) === 0,
          'QUOTE_MISSING',
          'tee with an image-hash allow-list needs a quote',
        );
        return { attestation: 'none', imageHash: ZERO_REPORT_IMAGE_HASH };
      }
      const m = parseTdxQuote(quote);
      check(m.reportData.equals(reportData), 'QUOTE_MISMATCH', 'REPORTDATA is not SHA-512 of the public key');
      return {
        attestation: 'tdx-structure-only',
        imageHash: imageHashOf(m),
        quote,
        summary: TEE_NOT_VERIFIED,
      };
    }
    case 'home': {
      check(
        opts.verifyHomeReport !== undefined,
        'POLICY_MISCONFIGURED',
        'the home policy needs verifyHomeReport',
      );
      const plain = homeReport === undefined && quote === undefined && !hasUserClaims(cert);
      // An operator's interop tier: a plain certificate (Cocoon's own worker) passes, labelled unattested.
      if (plain && opts.admitUnattested === true) return { attestation: 'none', imageHash: Buffer.alloc(32) };
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

function hasUserClaims(cert: ParsedCertificate): boolean {
  return cert.extensions.some((e) => e.oid === OID.tdxUserClaims);
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
  const teeExtensions = cert.extensions.some((e) => e.oid === OID.tdxQuote || e.oid === OID.tdxUserClaims);
  const peer: VerifiedPeer = {
    policy,
    rawPublicKey: cert.rawPublicKey,
    notAfter: cert.notAfter,
    teeExtensions,
    ...result,
  };
  if (opts.checkPeer) {
    const verdict = await opts.checkPeer(peer);
    if (!verdict.ok) throw new CertificateError('PEER_REFUSED', verdict.reason);
  }
  return peer;
}
