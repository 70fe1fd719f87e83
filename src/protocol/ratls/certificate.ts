// Self-signed Ed25519 certificates made as Cocoon makes them (docs/protocol.md §1.2, generate_self_signed_cert /
// generate_tdx_self_signed_cert): X.509 v3, random 128-bit serial, 86400 s validity, subject = issuer =
// C=AE, ST=DUBAI, O=TDLib Development, OU=Security, CN=localhost, and the extensions below. With a quote
// the two critical TDX extensions are added; Silkworm's home report rides in a non-critical extension.
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  randomBytes,
  sign,
  type KeyObject,
} from 'node:crypto';
import * as der from './der.js';
import { OID, SILKWORM_REPORT_OID } from './oids.js';

export interface CertExtension {
  oid: string;
  critical: boolean;
  /** The extnValue OCTET STRING content. */
  value: Buffer;
}

export interface CertificateTemplate {
  /** DER SubjectPublicKeyInfo. */
  spki: Buffer;
  /** DER AlgorithmIdentifier of the signature. */
  signatureAlgorithm: Buffer;
  sign(tbs: Buffer): Buffer;
  notBefore: Date;
  notAfter: Date;
  extensions: readonly CertExtension[];
  serial?: Buffer;
}

const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
export const ed25519Algorithm = der.sequence(der.oid(OID.ed25519));

function cocoonName(): Buffer {
  const rdn = (oid: string, value: Buffer): Buffer => der.set(der.sequence(der.oid(oid), value));
  return der.sequence(
    rdn(OID.countryName, der.printableString('AE')),
    rdn(OID.stateOrProvinceName, der.utf8String('DUBAI')),
    rdn(OID.organizationName, der.utf8String('TDLib Development')),
    rdn(OID.organizationalUnitName, der.utf8String('Security')),
    rdn(OID.commonName, der.utf8String('localhost')),
  );
}

/** Assembles and signs a self-issued certificate (also used by tests to make deliberately bad ones). */
export function buildCertificate(t: CertificateTemplate): Buffer {
  const name = cocoonName();
  const extensions = t.extensions.map((e) =>
    der.sequence(der.oid(e.oid), ...(e.critical ? [der.boolean(true)] : []), der.octetString(e.value)),
  );
  const tbs = der.sequence(
    der.explicit(0, der.unsignedInteger(Buffer.from([2]))),
    der.unsignedInteger(t.serial ?? randomBytes(16)),
    t.signatureAlgorithm,
    name,
    der.sequence(der.time(t.notBefore), der.time(t.notAfter)),
    name,
    t.spki,
    der.explicit(3, der.sequence(...extensions)),
  );
  return der.sequence(tbs, t.signatureAlgorithm, der.bitString(t.sign(tbs)));
}

/** Cocoon's standard extensions for a key (BasicConstraints … SubjectAltName). */
export function standardExtensions(rawPublicKey: Buffer): CertExtension[] {
  const ipv6Loopback = Buffer.alloc(16);
  ipv6Loopback[15] = 1;
  return [
    { oid: OID.basicConstraints, critical: true, value: der.sequence() },
    { oid: OID.keyUsage, critical: true, value: der.bitString(Buffer.from([0x80]), 7) },
    {
      oid: OID.extKeyUsage,
      critical: true,
      value: der.sequence(der.oid(OID.serverAuth), der.oid(OID.clientAuth)),
    },
    {
      oid: OID.subjectKeyIdentifier,
      critical: false,
      value: der.octetString(createHash('sha1').update(rawPublicKey).digest()),
    },
    {
      oid: OID.subjectAltName,
      critical: false,
      value: der.sequence(
        der.implicitPrimitive(2, Buffer.from('localhost')),
        der.implicitPrimitive(2, Buffer.from('127.0.0.1')),
        der.implicitPrimitive(7, ipv6Loopback),
      ),
    },
  ];
}

export function ed25519KeyFromSeed(seed: Buffer): KeyObject {
  if (seed.length !== 32) throw new Error('an Ed25519 seed is 32 bytes');
  return createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
}

export function rawEd25519PublicKey(key: KeyObject): Buffer {
  const spki = createPublicKey(key).export({ format: 'der', type: 'spki' });
  if (spki.length !== 44) throw new Error('not an Ed25519 key');
  return Buffer.from(spki.subarray(12));
}

/** The 64-byte report data that binds an attestation to a TLS key: SHA-512 of the raw public key. */
export function reportDataFor(rawPublicKey: Buffer): Buffer {
  return createHash('sha512').update(rawPublicKey).digest();
}

export interface CreateCertificateOptions {
  /** The device's Ed25519 key, as a KeyObject or a 32-byte seed; a fresh key when neither is given. */
  privateKey?: KeyObject;
  seed?: Buffer;
  /** A TDX quote (fake_tdx: `reportDataFor(rawPublicKey)`); adds the two critical Cocoon extensions. */
  quote?: Buffer;
  /** Silkworm's signed attestation report, in the non-critical SILKWORM_REPORT_OID extension. */
  homeReport?: Buffer;
  /** Start of validity, epoch ms (default now). */
  now?: number;
  validitySeconds?: number;
}

export interface CertificateBundle {
  certPem: string;
  keyPem: string;
  certDer: Buffer;
  rawPublicKey: Buffer;
  privateKey: KeyObject;
}

export function createCertificate(opts: CreateCertificateOptions = {}): CertificateBundle {
  const privateKey =
    opts.privateKey ?? (opts.seed ? ed25519KeyFromSeed(opts.seed) : ed25519KeyFromSeed(randomBytes(32)));
  const rawPublicKey = rawEd25519PublicKey(privateKey);
  const extensions = standardExtensions(rawPublicKey);
  if (opts.quote) {
    extensions.push({ oid: OID.tdxQuote, critical: true, value: opts.quote });
    extensions.push({ oid: OID.tdxUserClaims, critical: true, value: rawPublicKey });
  }
  if (opts.homeReport) extensions.push({ oid: SILKWORM_REPORT_OID, critical: false, value: opts.homeReport });
  const start = Math.floor((opts.now ?? Date.now()) / 1000) * 1000;
  const certDer = buildCertificate({
    spki: createPublicKey(privateKey).export({ format: 'der', type: 'spki' }),
    signatureAlgorithm: ed25519Algorithm,
    sign: (tbs) => sign(null, tbs, privateKey),
    notBefore: new Date(start),
    notAfter: new Date(start + (opts.validitySeconds ?? 86_400) * 1000),
    extensions,
  });
  const body = certDer.toString('base64').replace(/.{64}/g, '$&\n');
  return {
    certPem: `-----BEGIN CERTIFICATE-----\n${body}${body.endsWith('\n') ? '' : '\n'}-----END CERTIFICATE-----\n`,
    keyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    certDer,
    rawPublicKey,
    privateKey,
  };
}
