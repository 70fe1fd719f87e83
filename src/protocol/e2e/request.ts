// The worker's half of an encrypted request (docs/protocol.md §4.8), in the order Cocoon's
// validate_decrypt_request checks things: the body must be a JSON object; is_encrypted decides whether it
// is encrypted; a key from the proxy without an encrypted body, or an encrypted body without a key, is
// refused; then the fields are decrypted with the key the proxy sent in proxy.runQueryEx.private_key.
import { decryptJson, isEncryptedValue, parseKey, withoutEncryptionFields } from './envelope.js';
import { E2eError } from './errors.js';
import { ENCRYPTION_FIELDS, parseJsonObject } from './json-fields.js';

export interface OpenedRequest {
  /** The body to serve: decrypted, without the four encryption fields (the engine has no use for them). */
  body: Buffer;
  /** Set for an encrypted request: what the answer is encrypted with. */
  encryption: AnswerKeys | null;
}

export interface AnswerKeys {
  /** The private key the proxy sent (32-byte Ed25519 seed); the answer's sender. */
  seed: Buffer;
  /** The client's sender_public_key; the answer's receiver. */
  clientPublicKey: Buffer;
}

/** True when proxy.runQueryEx carried a usable key: flags bit 1 and not 32 zero bytes. */
export function hasKey(privateKey: Buffer | undefined): privateKey is Buffer {
  return privateKey !== undefined && privateKey.some((b) => b !== 0);
}

/**
 * Opens a request body. Without a key and without is_encrypted the body is returned untouched (the engine
 * validates it as before). Throws E2eError (602/621) for everything Cocoon refuses.
 */
export function openRequest(body: Buffer, privateKey: Buffer | undefined): OpenedRequest {
  const keyed = hasKey(privateKey);
  const parsed = parseJsonObject(body);
  if (parsed === null) {
    if (!keyed) return { body, encryption: null };
    throw new E2eError('NOT_JSON', 'expected json object');
  }
  if (!isEncryptedValue(parsed)) {
    if (keyed)
      throw new E2eError('UNENCRYPTED_WITH_KEY', 'encryption key is provided, but request is unencrypted');
    return { body, encryption: null };
  }
  if (!keyed) {
    // Cocoon checks the fields and the key forms before it notices the missing key.
    for (const field of ENCRYPTION_FIELDS) {
      if (typeof parsed[field] !== 'string')
        throw new E2eError('MISSING_FIELDS', 'not all encryption-related fields are present');
    }
    parseKey(parsed.sender_public_key as string);
    parseKey(parsed.receiver_public_key as string);
    throw new E2eError('NO_KEY', 'cannot find private key for an encrypted request');
  }
  if (privateKey.length !== 32) throw new E2eError('BAD_KEY', 'the private key is not 32 bytes');
  const { value, senderPublicKey } = decryptJson(parsed, privateKey, 'client-to-worker');
  return {
    body: Buffer.from(JSON.stringify(withoutEncryptionFields(value))),
    encryption: { seed: privateKey, clientPublicKey: senderPublicKey },
  };
}
