// Verifies a home attestation report against an allow-list policy. The protocol team's RA-TLS verifier
// calls verifyHomeReport for policy "home" with the report from the certificate extension and the peer's
// raw Ed25519 TLS public key.
import { signVerify } from '@ton/crypto';
import { canonicalJson } from './canonical-json.js';
import { MAX_REPORT_BYTES, reportDataFor, reportSchema, signedBytes, type HomeReport } from './report.js';

export interface HomePolicy {
  /** Allowed code bundle hashes (release builds). Empty: any. */
  codeHashes: readonly string[];
  /** Allowed model file hashes. Empty: any. */
  modelHashes: readonly string[];
  /** Allowed native binary hashes; absent or empty: any. */
  nativeHashes?: readonly string[];
  /** Allowed device keys (hex); absent or empty: any. */
  devicePublicKeys?: readonly string[];
  /** Refuse reports older than this (seconds), judged with `now`. */
  maxAgeSeconds?: number;
  now?: () => number;
}

export type HomeVerifyCode =
  | 'malformed'
  | 'bad-signature'
  | 'wrong-tls-key'
  | 'unknown-code'
  | 'unknown-model'
  | 'unknown-native'
  | 'untrusted-device'
  | 'weak-sandbox'
  | 'expired';

export type HomeVerifyResult =
  { ok: true; trust: 'home'; report: HomeReport } | { ok: false; code: HomeVerifyCode; message: string };

const fail = (code: HomeVerifyCode, message: string): HomeVerifyResult => ({ ok: false, code, message });
const allowed = (list: readonly string[] | undefined, value: string | null): boolean =>
  list === undefined || list.length === 0 || (value !== null && list.includes(value));

export function verifyHomeReport(
  reportBytes: Uint8Array,
  rawTlsPublicKey: Uint8Array,
  policy: HomePolicy,
): HomeVerifyResult {
  if (reportBytes.length > MAX_REPORT_BYTES)
    return fail('malformed', `report is larger than ${MAX_REPORT_BYTES} bytes`);
  const text = Buffer.from(reportBytes).toString('utf8');
  let report: HomeReport;
  try {
    report = reportSchema.parse(JSON.parse(text));
  } catch (err) {
    return fail(
      'malformed',
      `report does not parse: ${err instanceof Error ? err.message.slice(0, 200) : 'invalid'}`,
    );
  }
  // One value, one encoding: anything but the canonical form is refused.
  if (canonicalJson(report) !== text) return fail('malformed', 'report is not in canonical form');
  const { body } = report;
  const ok = signVerify(
    signedBytes(body),
    Buffer.from(report.signature, 'hex'),
    Buffer.from(body.devicePublicKey, 'hex'),
  );
  if (!ok) return fail('bad-signature', 'the device signature does not verify');
  if (body.reportData !== reportDataFor(Buffer.from(rawTlsPublicKey))) {
    return fail('wrong-tls-key', 'the report is bound to a different TLS key');
  }
  if (!allowed(policy.devicePublicKeys, body.devicePublicKey))
    return fail('untrusted-device', 'device key not in the allow-list');
  const m = body.measurements;
  if (!allowed(policy.codeHashes, m.codeBundle))
    return fail('unknown-code', `sandbox code ${m.codeBundle.slice(0, 12)}… is not an allowed release`);
  if (!allowed(policy.modelHashes, m.model))
    return fail('unknown-model', `model ${m.model.slice(0, 12)}… is not allowed`);
  if (!allowed(policy.nativeHashes, m.nativeBinary))
    return fail('unknown-native', 'native inference binary not in the allow-list');
  if (
    m.policy.fsWrite.length > 0 ||
    !m.policy.permissionFlag.includes('permission') ||
    m.policy.allowWorker
  ) {
    return fail(
      'weak-sandbox',
      'the sandbox policy is weaker than required (permission model on, no fs-write, no workers)',
    );
  }
  if (policy.maxAgeSeconds !== undefined) {
    const now = (policy.now ?? (() => Math.floor(Date.now() / 1000)))();
    if (now - body.issuedAt > policy.maxAgeSeconds) return fail('expired', 'the report is too old');
  }
  return { ok: true, trust: 'home', report };
}
