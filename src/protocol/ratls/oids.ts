// Object identifiers used by RA-TLS certificates (docs/protocol.md §1.2).
export const OID = {
  ed25519: '1.3.101.112',
  countryName: '2.5.4.6',
  stateOrProvinceName: '2.5.4.8',
  organizationName: '2.5.4.10',
  organizationalUnitName: '2.5.4.11',
  commonName: '2.5.4.3',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  subjectKeyIdentifier: '2.5.29.14',
  subjectAltName: '2.5.29.17',
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
  anyExtendedKeyUsage: '2.5.29.37.0',
  /** Cocoon: the attestation quote (critical). */
  tdxQuote: '1.3.6.1.4.1.12345.1',
  /** Cocoon: the user claims = the raw Ed25519 public key (critical). */
  tdxUserClaims: '1.3.6.1.4.1.12345.2',
} as const;

/**
 * Silkworm's signed home attestation report, carried NON-critical so that stock Cocoon verifiers, which
 * reject unknown critical extensions, still accept the certificate.
 */
export const SILKWORM_REPORT_OID = '1.3.6.1.4.1.59999.1.1';

/**
 * Critical extensions OpenSSL handles itself (X509_supported_extension in crypto/x509/v3_purp.c); any
 * other critical extension fails OpenSSL's verification, and Cocoon's callback forgives only its two.
 */
export const OPENSSL_SUPPORTED_EXTENSIONS: ReadonlySet<string> = new Set([
  '2.16.840.1.113730.1.1', // netscape cert type
  OID.keyUsage,
  OID.subjectAltName,
  OID.basicConstraints,
  '2.5.29.32', // certificate policies
  OID.extKeyUsage,
  '1.3.6.1.5.5.7.1.7', // sbgp-ipAddrBlock
  '1.3.6.1.5.5.7.1.8', // sbgp-autonomousSysNum
  '2.5.29.36', // policy constraints
  '1.3.6.1.5.5.7.1.14', // proxyCertInfo
  '2.5.29.30', // name constraints
  '2.5.29.33', // policy mappings
  '2.5.29.54', // inhibit any policy
]);
