// Reads the fields of an X.509 certificate that the RA-TLS verifier needs, strictly (every length is
// checked against its container).
import { CertificateError } from './cert-error.js';
import { children, readNode, readOid, readTime, type DerNode } from './der.js';

export interface ParsedExtension {
  oid: string;
  critical: boolean;
  /** The extnValue OCTET STRING content. */
  value: Buffer;
}

export interface ParsedCertificate {
  tbs: Buffer;
  signatureAlgorithm: string;
  signature: Buffer;
  issuer: Buffer;
  subject: Buffer;
  notBefore: Date;
  notAfter: Date;
  spki: Buffer;
  keyAlgorithm: string;
  rawPublicKey: Buffer;
  extensions: ParsedExtension[];
}

function expect(node: DerNode | undefined, tag: number, what: string): DerNode {
  if (node?.tag !== tag) throw new CertificateError('BAD_DER', `expected ${what}`);
  return node;
}

function bitStringBytes(node: DerNode): Buffer {
  if (node.content[0] !== 0) throw new CertificateError('BAD_DER', 'BIT STRING with unused bits');
  return node.content.subarray(1);
}

function parseExtension(node: DerNode): ParsedExtension {
  const parts = children(expect(node, 0x30, 'an Extension'));
  const oid = readOid(expect(parts[0], 0x06, 'an extension OID'));
  const hasFlag = parts[1]?.tag === 0x01;
  const critical = hasFlag && (parts[1]?.content[0] ?? 0) !== 0;
  const value = expect(parts[hasFlag ? 2 : 1], 0x04, 'extnValue').content;
  return { oid, critical, value };
}

export function parseCertificate(der: Buffer): ParsedCertificate {
  const root = readNode(der);
  if (root.raw.length !== der.length) throw new CertificateError('BAD_DER', 'bytes after the certificate');
  const [tbsNode, sigAlg, sig] = children(expect(root, 0x30, 'a Certificate'));
  const tbs = expect(tbsNode, 0x30, 'TBSCertificate');
  const fields = children(tbs);
  let i = fields[0]?.tag === 0xa0 ? 1 : 0;
  const next = (): DerNode | undefined => fields[i++];
  expect(next(), 0x02, 'the serial number');
  expect(next(), 0x30, 'the signature algorithm');
  const issuer = expect(next(), 0x30, 'the issuer');
  const validity = children(expect(next(), 0x30, 'the validity'));
  const subject = expect(next(), 0x30, 'the subject');
  const spki = expect(next(), 0x30, 'the public key info');
  const [keyAlg, keyBits] = children(spki);
  const extensions: ParsedExtension[] = [];
  for (let f = next(); f; f = next()) {
    if (f.tag === 0xa3)
      extensions.push(...children(expect(readNode(f.content), 0x30, 'Extensions')).map(parseExtension));
  }
  const [notBefore, notAfter] = validity;
  if (!notBefore || !notAfter) throw new CertificateError('BAD_DER', 'validity needs two times');
  return {
    tbs: tbs.raw,
    signatureAlgorithm: readOid(
      expect(children(expect(sigAlg, 0x30, 'signatureAlgorithm'))[0], 0x06, 'an OID'),
    ),
    signature: bitStringBytes(expect(sig, 0x03, 'the signature')),
    issuer: issuer.raw,
    subject: subject.raw,
    notBefore: readTime(notBefore),
    notAfter: readTime(notAfter),
    spki: spki.raw,
    keyAlgorithm: readOid(expect(children(expect(keyAlg, 0x30, 'the key algorithm'))[0], 0x06, 'an OID')),
    rawPublicKey: bitStringBytes(expect(keyBits, 0x03, 'the public key')),
    extensions,
  };
}
