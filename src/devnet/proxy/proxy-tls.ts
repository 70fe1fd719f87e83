// The proxy's side of RA-TLS (docs/protocol.md §1.2): its TLS identity, given or a fresh self-signed
// Ed25519 certificate without attestation, and the verifier of a `home` worker's attestation report.
import { createCertificate } from '../../protocol/ratls/certificate.js';
import type { TlsIdentity } from '../../protocol/ratls/tls.js';
import type { HomeReportVerifier } from '../../protocol/ratls/verify.js';
import { verifyHomeReport, type HomePolicy } from '../../attestation/verify.js';

/** `rawPublicKey` is empty when the identity was given (its key is not ours to read). */
export function proxyIdentity(given?: TlsIdentity): { identity: TlsIdentity; rawPublicKey: Buffer } {
  if (given) return { identity: given, rawPublicKey: Buffer.alloc(0) };
  const cert = createCertificate();
  return { identity: { certPem: cert.certPem, keyPem: cert.keyPem }, rawPublicKey: cert.rawPublicKey };
}

/** Empty allow-lists admit any measured build and model. */
export function homeReportVerifier(policy: HomePolicy): HomeReportVerifier {
  return (report, key) => {
    const r = verifyHomeReport(report, key, policy);
    return r.ok
      ? { ok: true, summary: `home report from device ${r.report.body.devicePublicKey.slice(0, 12)}…` }
      : { ok: false, reason: `${r.code}: ${r.message}` };
  };
}
