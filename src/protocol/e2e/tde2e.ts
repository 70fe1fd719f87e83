// Telegram's tde2e MessageEncryption data format, as Cocoon uses it for each encrypted string
// (docs/protocol.md §4.8):
//   large    = HMAC-SHA512(secret, "tde2e_encrypt_data"); enc_key = large[0..32], mac_key = large[32..64]
//   padded   = prefix ‖ data, prefix 16..31 random bytes with prefix[0] = its length, |padded| % 16 = 0
//   msg_id   = HMAC-SHA256(mac_key, padded ‖ extra ‖ le32(|extra|))[0..16]   (extra is empty here)
//   key, iv  = HMAC-SHA512(enc_key, msg_id)[0..32], [32..48]
//   output   = msg_id ‖ AES-256-CBC(key, iv, padded), no further padding
import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { E2eError } from './errors.js';

/** Where the random prefix comes from; tests pass a fixed stream to get reproducible bytes. */
export type RandomSource = (size: number) => Buffer;
export const secureRandom: RandomSource = (size) => randomBytes(size);

const MIN_PADDING = 16;
const EMPTY_EXTRA_TAIL = Buffer.alloc(4); // extra is empty: nothing, then le32(0)

function keys(secret: Buffer): { encKey: Buffer; macKey: Buffer } {
  const large = createHmac('sha512', secret).update('tde2e_encrypt_data').digest();
  return { encKey: large.subarray(0, 32), macKey: large.subarray(32, 64) };
}

function msgIdOf(macKey: Buffer, padded: Buffer): Buffer {
  return createHmac('sha256', macKey).update(padded).update(EMPTY_EXTRA_TAIL).digest().subarray(0, 16);
}

function aesState(encKey: Buffer, msgId: Buffer): { key: Buffer; iv: Buffer } {
  const h = createHmac('sha512', encKey).update(msgId).digest();
  return { key: h.subarray(0, 32), iv: h.subarray(32, 48) };
}

export function prefixLength(dataLength: number): number {
  return ((MIN_PADDING + 15 + dataLength) & ~15) - dataLength;
}

export function encryptData(data: Buffer, secret: Buffer, random: RandomSource = secureRandom): Buffer {
  const prefix = Buffer.from(random(prefixLength(data.length)));
  prefix[0] = prefix.length;
  const padded = Buffer.concat([prefix, data]);
  const { encKey, macKey } = keys(secret);
  const msgId = msgIdOf(macKey, padded);
  const { key, iv } = aesState(encKey, msgId);
  const cipher = createCipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
  return Buffer.concat([msgId, cipher.update(padded), cipher.final()]);
}

export function decryptData(encrypted: Buffer, secret: Buffer): Buffer {
  if (encrypted.length < 16) throw new E2eError('BAD_CIPHERTEXT', 'encrypted data is too short');
  if (encrypted.length % 16 !== 0)
    throw new E2eError('BAD_CIPHERTEXT', 'encrypted data is not a multiple of 16 bytes');
  const msgId = encrypted.subarray(0, 16);
  const { encKey, macKey } = keys(secret);
  const { key, iv } = aesState(encKey, msgId);
  const decipher = createDecipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
  const padded = Buffer.concat([decipher.update(encrypted.subarray(16)), decipher.final()]);
  if (!timingSafeEqual(msgIdOf(macKey, padded), msgId))
    throw new E2eError('BAD_CIPHERTEXT', 'encrypted data failed its integrity check');
  const prefix = padded.length > 0 ? padded.readUInt8(0) : 0;
  if (prefix < MIN_PADDING || prefix > padded.length)
    throw new E2eError('BAD_CIPHERTEXT', 'encrypted data has a bad padding prefix');
  return Buffer.from(padded.subarray(prefix));
}
