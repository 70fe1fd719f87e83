// A well-formed self-signed certificate with a P-256 (not Ed25519) key, for tests of the verifier's
// "Ed25519 only" rule: Node and OpenSSL accept it, Cocoon's verifier must not.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { buildCertificate } from '../../src/protocol/ratls/certificate.js';
import * as der from '../../src/protocol/ratls/der.js';

const ECDSA_WITH_SHA256 = '1.2.840.10045.4.3.2';

export function ecCertificate(): { der: Buffer; privateKey: KeyObject; publicKey: KeyObject } {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const cert = buildCertificate({
    spki: publicKey.export({ format: 'der', type: 'spki' }),
    signatureAlgorithm: der.sequence(der.oid(ECDSA_WITH_SHA256)),
    sign: (tbs) => sign('sha256', tbs, privateKey),
    notBefore: new Date(Date.now() - 1000),
    notAfter: new Date(Date.now() + 86_400_000),
    extensions: [],
  });
  return { der: cert, privateKey, publicKey };
}
