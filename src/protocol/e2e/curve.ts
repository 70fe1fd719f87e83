// The key agreement of Cocoon's encrypted requests: both sides hold Ed25519 keys, and TON's
// td::Ed25519::compute_shared_secret turns them into X25519 (docs/protocol.md §4.8). The peer's Edwards
// point y becomes the Montgomery u = (1 + y) / (1 - y) mod p (the sign bit of x is dropped), our seed
// becomes the X25519 scalar SHA-512(seed)[0..32] with the usual clamping, and X25519 gives 32 bytes.
import { createHash, createPrivateKey, createPublicKey, diffieHellman } from 'node:crypto';
import { E2eError } from './errors.js';

const P = 2n ** 255n - 19n;
const ED25519_PKCS8 = Buffer.from('302e020100300506032b657004220420', 'hex');
const X25519_PKCS8 = Buffer.from('302e020100300506032b656e04220420', 'hex');
const X25519_SPKI = Buffer.from('302a300506032b656e032100', 'hex');

function leToBigint(bytes: Buffer): bigint {
  return BigInt('0x' + (Buffer.from(bytes).reverse().toString('hex') || '0'));
}

function bigintToLe32(n: bigint): Buffer {
  return Buffer.from(n.toString(16).padStart(64, '0'), 'hex').reverse();
}

function modPow(base: bigint, exp: bigint): bigint {
  let result = 1n;
  let b = base % P;
  for (let e = exp; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % P;
    b = (b * b) % P;
  }
  return result;
}

/** The Ed25519 public key of a 32-byte seed (what td::Ed25519::PrivateKey::get_public_key gives). */
export function ed25519PublicKey(seed: Buffer): Buffer {
  if (seed.length !== 32) throw new E2eError('BAD_KEY', 'an Ed25519 private key is 32 bytes');
  const key = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8, seed]), format: 'der', type: 'pkcs8' });
  return Buffer.from(createPublicKey(key).export({ format: 'der', type: 'spki' }).subarray(12));
}

/** The X25519 u-coordinate of an Ed25519 public key, as td computes it. */
export function montgomeryU(edPublicKey: Buffer): Buffer {
  if (edPublicKey.length !== 32) throw new E2eError('BAD_KEY', 'an Ed25519 public key is 32 bytes');
  const yBytes = Buffer.from(edPublicKey);
  yBytes.writeUInt8(yBytes.readUInt8(31) & 0x7f, 31);
  const y = leToBigint(yBytes);
  const denominator = (((1n - y) % P) + P) % P;
  if (denominator === 0n) throw new E2eError('BAD_POINT', 'the public key has no Montgomery form');
  // p is prime, so the inverse is d^(p-2).
  const u = ((y + 1n) * modPow(denominator, P - 2n)) % P;
  return bigintToLe32(u);
}

/** The 32-byte X25519 scalar of an Ed25519 seed: SHA-512(seed)[0..32], clamped. */
export function x25519Scalar(seed: Buffer): Buffer {
  const h = createHash('sha512').update(seed).digest().subarray(0, 32);
  h.writeUInt8(h.readUInt8(0) & 248, 0);
  h.writeUInt8((h.readUInt8(31) & 127) | 64, 31);
  return Buffer.from(h);
}

/** td::Ed25519::compute_shared_secret(peerPublicKey, seed): the raw 32-byte X25519 output. */
export function sharedSecret(peerPublicKey: Buffer, seed: Buffer): Buffer {
  if (seed.length !== 32) throw new E2eError('BAD_KEY', 'an Ed25519 private key is 32 bytes');
  const u = montgomeryU(peerPublicKey);
  const privateKey = createPrivateKey({
    key: Buffer.concat([X25519_PKCS8, x25519Scalar(seed)]),
    format: 'der',
    type: 'pkcs8',
  });
  const publicKey = createPublicKey({ key: Buffer.concat([X25519_SPKI, u]), format: 'der', type: 'spki' });
  try {
    return diffieHellman({ privateKey, publicKey });
  } catch {
    // OpenSSL refuses a low-order point (an all-zero result), as td's call into it does.
    throw new E2eError('BAD_POINT', 'the public key is a low-order point');
  }
}

export type Direction = 'client-to-worker' | 'worker-to-client';

/** The per-message secret: SHA-256(ecdh ‖ encryption_nonce as sent ‖ "c" or "w"). */
export function messageSecret(ecdh: Buffer, nonce: string, direction: Direction): Buffer {
  return createHash('sha256')
    .update(ecdh)
    .update(Buffer.from(nonce, 'utf8'))
    .update(direction === 'client-to-worker' ? 'c' : 'w')
    .digest();
}
