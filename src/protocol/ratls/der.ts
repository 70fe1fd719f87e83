// A small DER (X.690) encoder and a strict TLV reader: enough to build the self-signed certificates Cocoon
// uses and to read any peer certificate's fields and extensions, which Node's X509Certificate does not
// expose (critical flags, unknown extensions).
import { CertificateError } from './cert-error.js';

function lengthBytes(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

export function tlv(tag: number, content: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from([tag]), lengthBytes(content.length), content]);
}

export const sequence = (...items: Buffer[]): Buffer => tlv(0x30, Buffer.concat(items));
export const set = (...items: Buffer[]): Buffer => tlv(0x31, Buffer.concat(items));
export const octetString = (content: Uint8Array): Buffer => tlv(0x04, content);
export const bitString = (content: Uint8Array, unusedBits = 0): Buffer =>
  tlv(0x03, Buffer.concat([Buffer.from([unusedBits]), content]));
export const boolean = (v: boolean): Buffer => tlv(0x01, Buffer.from([v ? 0xff : 0]));
export const utf8String = (s: string): Buffer => tlv(0x0c, Buffer.from(s, 'utf8'));
export const printableString = (s: string): Buffer => tlv(0x13, Buffer.from(s, 'ascii'));
/** [n] EXPLICIT: a constructed context tag around a complete element. */
export const explicit = (n: number, inner: Buffer): Buffer => tlv(0xa0 | n, inner);
/** [n] IMPLICIT on a primitive type: the context tag replaces the type's own. */
export const implicitPrimitive = (n: number, content: Uint8Array): Buffer => tlv(0x80 | n, content);

/** A non-negative INTEGER from big-endian magnitude bytes (a leading zero is added when needed). */
export function unsignedInteger(magnitude: Uint8Array): Buffer {
  let start = 0;
  while (start < magnitude.length - 1 && magnitude[start] === 0) start++;
  const body = Buffer.from(magnitude.subarray(start));
  return tlv(
    0x02,
    (body[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), body]) : body.length ? body : Buffer.from([0]),
  );
}

export function oid(dotted: string): Buffer {
  const parts = dotted.split('.').map(Number);
  const [a = 0, b = 0, ...rest] = parts;
  const out = [40 * a + b];
  for (const p of rest) {
    const chunk = [p & 0x7f];
    for (let v = Math.floor(p / 128); v > 0; v = Math.floor(v / 128)) chunk.unshift(0x80 | (v & 0x7f));
    out.push(...chunk);
  }
  return tlv(0x06, Buffer.from(out));
}

/** UTCTime for 1950–2049, GeneralizedTime otherwise (RFC 5280 §4.1.2.5). */
export function time(date: Date): Buffer {
  const iso = date.toISOString(); // YYYY-MM-DDTHH:MM:SS.sssZ
  const digits = iso.slice(0, 19).replace(/[-T:]/g, '');
  const year = date.getUTCFullYear();
  return year >= 1950 && year < 2050
    ? tlv(0x17, Buffer.from(`${digits.slice(2)}Z`))
    : tlv(0x18, Buffer.from(`${digits}Z`));
}

export interface DerNode {
  tag: number;
  /** The whole element, header included. */
  raw: Buffer;
  content: Buffer;
}

/** Reads one element at `offset`; lengths are checked against the buffer (definite form only). */
export function readNode(buf: Buffer, offset = 0): DerNode {
  const bad = (why: string): never => {
    throw new CertificateError('BAD_DER', `${why} at byte ${offset}`);
  };
  if (offset + 2 > buf.length) bad('truncated element');
  const tag = buf[offset] ?? 0;
  if ((tag & 0x1f) === 0x1f) bad('multi-byte tag');
  let len = buf[offset + 1] ?? 0;
  let header = 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4) bad('unsupported length form');
    if (offset + 2 + n > buf.length) bad('truncated length');
    len = buf.readUIntBE(offset + 2, n);
    header += n;
  }
  if (offset + header + len > buf.length) bad('element longer than its container');
  return {
    tag,
    raw: buf.subarray(offset, offset + header + len),
    content: buf.subarray(offset + header, offset + header + len),
  };
}

export function children(node: DerNode): DerNode[] {
  const out: DerNode[] = [];
  for (let at = 0; at < node.content.length;) {
    const child = readNode(node.content, at);
    out.push(child);
    at += child.raw.length;
  }
  return out;
}

export function readOid(node: DerNode): string {
  if (node.tag !== 0x06 || node.content.length === 0)
    throw new CertificateError('BAD_DER', 'expected an OBJECT IDENTIFIER');
  const bytes = [...node.content];
  const first = bytes.shift() ?? 0;
  const parts = [Math.min(2, Math.floor(first / 40)), first - 40 * Math.min(2, Math.floor(first / 40))];
  let v = 0;
  for (const b of bytes) {
    v = v * 128 + (b & 0x7f);
    if (!(b & 0x80)) {
      parts.push(v);
      v = 0;
    }
  }
  return parts.join('.');
}

export function readTime(node: DerNode): Date {
  const text = node.content.toString('ascii');
  const m =
    node.tag === 0x17
      ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text)
      : /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (!m || (node.tag !== 0x17 && node.tag !== 0x18))
    throw new CertificateError('BAD_DER', `bad time "${text}"`);
  const [, y = '', mo = '', d = '', h = '', mi = '', s = ''] = m;
  const year = node.tag === 0x17 ? (Number(y) < 50 ? 2000 : 1900) + Number(y) : Number(y);
  return new Date(Date.UTC(year, Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)));
}
