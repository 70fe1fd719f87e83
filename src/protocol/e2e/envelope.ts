// One encrypted JSON value, both directions, as Cocoon's encrypt_json / decrypt_json
// (docs/protocol.md §4.8). The sender adds is_encrypted "v1", its Ed25519 public key and the receiver's
// (hex), and a fresh nonce (base64 of 32 random bytes); the secret for every string of the value is
// SHA-256(X25519(sender, receiver) ‖ nonce text ‖ "c" or "w").
import { ed25519PublicKey, messageSecret, sharedSecret, type Direction } from './curve.js';
import { E2eError } from './errors.js';
import {
  ENCRYPTION_FIELDS,
  decryptString,
  encryptString,
  mapStrings,
  type JsonObject,
} from './json-fields.js';
import { secureRandom, type RandomSource } from './tde2e.js';

const HEX64 = /^[0-9a-fA-F]{64}$/;
const BASE64_32 = /^[A-Za-z0-9+/]{43}=$/;

/** A public key as Cocoon reads one from JSON: 32 raw bytes, 64 hex characters or 44 base64 characters. */
export function parseKey(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length === 32) return bytes;
  if (bytes.length === 64) {
    if (!HEX64.test(text)) throw new E2eError('BAD_KEY', 'a 64-character public key is not hex');
    return Buffer.from(text, 'hex');
  }
  if (bytes.length === 44) {
    if (!BASE64_32.test(text)) throw new E2eError('BAD_KEY', 'a 44-character public key is not base64');
    return Buffer.from(text, 'base64');
  }
  throw new E2eError('BAD_KEY', 'public_key bad length');
}

/** encrypt_json: `value` with its strings encrypted from `senderSeed` to `receiverPublicKey`. */
export function encryptJson(
  value: JsonObject,
  senderSeed: Buffer,
  receiverPublicKey: Buffer,
  direction: Direction,
  random: RandomSource = secureRandom,
): JsonObject {
  const senderPublicKey = ed25519PublicKey(senderSeed);
  const nonce = Buffer.from(random(32)).toString('base64');
  const secret = messageSecret(sharedSecret(receiverPublicKey, senderSeed), nonce, direction);
  const marked: JsonObject = {
    ...value,
    is_encrypted: 'v1',
    sender_public_key: senderPublicKey.toString('hex'),
    receiver_public_key: receiverPublicKey.toString('hex'),
    encryption_nonce: nonce,
  };
  return mapStrings(marked, (s) => encryptString(s, secret, random)) as JsonObject;
}

export interface Decrypted {
  value: JsonObject;
  /** The sender's Ed25519 public key, as the value named it. */
  senderPublicKey: Buffer;
}

export function isEncryptedValue(value: JsonObject): boolean {
  return Object.hasOwn(value, 'is_encrypted');
}

/**
 * decrypt_json for a value known to carry is_encrypted: our `receiverSeed` must be the key the sender named
 * as receiver_public_key; with `expectedSender`, the sender must be that key. The four encryption fields stay
 * in the result, as in Cocoon.
 */
export function decryptJson(
  value: JsonObject,
  receiverSeed: Buffer,
  direction: Direction,
  expectedSender?: Buffer,
): Decrypted {
  for (const field of ENCRYPTION_FIELDS) {
    if (typeof value[field] !== 'string')
      throw new E2eError('MISSING_FIELDS', 'not all encryption-related fields are present');
  }
  const senderPublicKey = parseKey(value.sender_public_key as string);
  const receiverPublicKey = parseKey(value.receiver_public_key as string);
  const nonce = value.encryption_nonce as string;
  if (expectedSender && !expectedSender.equals(senderPublicKey))
    throw new E2eError('KEY_MISMATCH', 'sender public key mismatch');
  if (!ed25519PublicKey(receiverSeed).equals(receiverPublicKey))
    throw new E2eError('KEY_MISMATCH', 'public key mismatch');
  const secret = messageSecret(sharedSecret(senderPublicKey, receiverSeed), nonce, direction);
  return { value: mapStrings(value, (s) => decryptString(s, secret)) as JsonObject, senderPublicKey };
}

/** A copy without the four encryption fields. */
export function withoutEncryptionFields(value: JsonObject): JsonObject {
  const drop: ReadonlySet<string> = new Set(ENCRYPTION_FIELDS);
  return Object.fromEntries(Object.entries(value).filter(([name]) => !drop.has(name)));
}
