// The worker seals its answer to an encrypted request (docs/protocol.md §4.8): every JSON value of the body
// is encrypted from the key the proxy sent to the client's key, direction "w", each with its own nonce.
import { AnswerStream, type AnswerFormat } from './answer-stream.js';
import { encryptJson } from './envelope.js';
import type { AnswerKeys } from './request.js';
import type { RandomSource } from './tde2e.js';

export function answerSealer(format: AnswerFormat, keys: AnswerKeys, random?: RandomSource): AnswerStream {
  return new AnswerStream(format, (value) =>
    encryptJson(value, keys.seed, keys.clientPublicKey, 'worker-to-client', random),
  );
}
