// The client's half of encrypted requests (docs/protocol.md §4.8), for a client endpoint that encrypts end
// to end as a Cocoon client application does: the request's strings are encrypted from the client's own
// Ed25519 key to the receiver key the network publishes (the key manager's, whose private half the proxy
// hands to the worker with each request), and the answers come back encrypted from that key to the client.
import { ed25519PublicKey } from './curve.js';
import { decryptJson, encryptJson, isEncryptedValue, parseKey, withoutEncryptionFields } from './envelope.js';
import { E2eError } from './errors.js';
import { AnswerStream, type AnswerFormat } from './answer-stream.js';
import type { JsonObject } from './json-fields.js';
import type { RandomSource } from './tde2e.js';

/**
 * The fixed key Cocoon's key manager installs in test mode (KeyManagerRunner::add_static_private_key), also
 * listed in Cocoon's fake-TON config: a test network's clients encrypt to its public half.
 */
export const COCOON_TEST_KEY = {
  seed: Buffer.from('BwrYLmEy2rMgZ/tyCv0AYFVaZPkFu+wNwoSQiJUbOmM=', 'base64'),
  publicKey: Buffer.from('+2fQ/NM48g4NSVfZ6CrcEB0uNROkSKOrRgUu4biMWBg=', 'base64'),
} as const;

export interface ClientKey {
  /** The client's 32-byte Ed25519 seed. */
  seed: Buffer;
  /** The receiver: the published key whose private half the proxy will send to the worker. */
  receiverPublicKey: Buffer;
}

/** A request body with its strings encrypted (model, max_tokens and the like stay in clear). */
export function encryptRequest(body: JsonObject, key: ClientKey, random?: RandomSource): JsonObject {
  return encryptJson(body, key.seed, key.receiverPublicKey, 'client-to-worker', random);
}

/** The key a client body names as its receiver (what Cocoon's client runner copies into client.runQueryEx.public_key). */
export function requestReceiverKey(body: JsonObject): Buffer | null {
  const key = body.receiver_public_key;
  if (key === undefined) return null;
  if (typeof key !== 'string') throw new E2eError('BAD_KEY', "field 'receiver_public_key' must be a string");
  return parseKey(key);
}

/**
 * One answer value decrypted with the client's key. The sender must be the receiver key the request named;
 * a value that is not encrypted is refused (a worker answers an encrypted request only in encrypted form).
 */
export function decryptAnswer(value: JsonObject, key: ClientKey): JsonObject {
  if (!isEncryptedValue(value)) throw new E2eError('MISSING_FIELDS', 'the answer is not encrypted');
  const opened = decryptJson(value, key.seed, 'worker-to-client', key.receiverPublicKey);
  return withoutEncryptionFields(opened.value);
}

/** Decrypts an answer body as it streams: push() each chunk, finish() at the end; both give plaintext bytes. */
export function answerDecryptor(format: AnswerFormat, key: ClientKey): AnswerStream {
  return new AnswerStream(format, (value) => decryptAnswer(value, key));
}

export { ed25519PublicKey as publicKeyOf };
