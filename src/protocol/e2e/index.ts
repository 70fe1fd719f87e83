// Encrypted requests (Cocoon protocol 3, docs/protocol.md §4.8): per-field ENC_ strings under an X25519
// secret derived from Ed25519 keys, in Telegram's tde2e AES-256-CBC + HMAC format. The worker opens a
// request and seals its answers; a client encrypts a request and opens the answers.
export { E2eError } from './errors.js';
export { openRequest, hasKey, type AnswerKeys } from './request.js';
export { answerSealer } from './seal.js';
export { answerFormat } from './answer-stream.js';
export {
  COCOON_TEST_KEY,
  encryptRequest,
  answerDecryptor,
  requestReceiverKey,
  publicKeyOf,
  type ClientKey,
} from './client.js';
export type { JsonObject } from './json-fields.js';
