// The one error type of encrypted requests (docs/protocol.md §4.8). `code` is the TON error code the worker
// answers with: 621 where Cocoon's C++ says protoviolation (a string that is neither ENC_ nor DEC_, a key of
// the wrong length, a body that is not a JSON object), 602 everywhere else. Messages never quote a field's
// value, so neither a plaintext nor a ciphertext reaches a log or the proxy through an error.
export type E2eErrorKind =
  | 'UNENCRYPTED_WITH_KEY' // the proxy sent a key, the body has no is_encrypted
  | 'NO_KEY' // the body is encrypted, the proxy sent no key
  | 'MISSING_FIELDS' // one of the four encryption fields is absent or not a string
  | 'BAD_KEY' // a public key that is not 32 raw bytes, 64 hex or 44 base64 characters
  | 'KEY_MISMATCH' // the private key's public half is not receiver_public_key (or not the expected sender)
  | 'BAD_POINT' // a public key that is not a usable curve point
  | 'BAD_METHOD' // a string that starts with neither ENC_ nor DEC_
  | 'BAD_HEX' // ENC_ followed by something that is not hex
  | 'BAD_CIPHERTEXT' // too short, not a multiple of 16 bytes, a wrong MAC or a wrong padding prefix
  | 'NOT_JSON'; // the body is not one JSON object

const PROTOVIOLATION: ReadonlySet<E2eErrorKind> = new Set(['BAD_KEY', 'BAD_METHOD', 'NOT_JSON']);

export class E2eError extends Error {
  override readonly name = 'E2eError';
  readonly kind: E2eErrorKind;
  /** 602 or 621, what the worker answers in proxy.queryAnswerErrorEx. */
  readonly code: 602 | 621;

  constructor(kind: E2eErrorKind, message: string) {
    super(message);
    this.kind = kind;
    this.code = PROTOVIOLATION.has(kind) ? 621 : 602;
  }
}
