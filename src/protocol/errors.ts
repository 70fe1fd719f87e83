// The one error type of the wire layer. Every decoder, the framer, the proof-of-work exchange and the
// connection report failures as a ProtocolError with a machine-readable code and the byte offset where the
// problem was found (-1 where no byte position applies, e.g. a JSON shape error or a timer).
export type ProtocolErrorCode =
  // TL decoding
  | 'TRUNCATED' // a read would pass the end of the buffer
  | 'TRAILING_BYTES' // a complete object did not consume its whole buffer
  | 'UNKNOWN_CONSTRUCTOR' // an id that is not in the schema
  | 'UNEXPECTED_CONSTRUCTOR' // a known id that does not belong to the type expected here
  | 'BAD_BOOL' // neither boolTrue nor boolFalse
  | 'BAD_LENGTH' // a negative or impossible vector count, or a non-canonical string length prefix
  | 'BAD_PADDING' // non-zero padding after a string
  | 'BAD_UTF8' // a `string` that is not valid UTF-8
  // TL encoding and the JSON form
  | 'INVALID_VALUE' // a value that does not fit its TL type, or flags that disagree with optional fields
  | 'INVALID_JSON'
  // framing and the tcp.* layer
  | 'BAD_FRAME_LENGTH' // len outside 4..16 MiB
  | 'BAD_SEQNO'
  | 'UNEXPECTED_PACKET' // a tcp.* packet that is not allowed in the connection's current state
  // proof of work
  | 'BAD_POW_MAGIC'
  | 'POW_TOO_HARD'
  | 'POW_FAILED'
  // any stage
  | 'TIMEOUT'
  | 'CLOSED'; // the peer or the stream went away

export class ProtocolError extends Error {
  override readonly name = 'ProtocolError';
  readonly code: ProtocolErrorCode;
  /** Byte offset in the buffer or stream being parsed; -1 when not applicable. */
  readonly offset: number;

  constructor(code: ProtocolErrorCode, message: string, offset = -1) {
    super(offset >= 0 ? `${code} at byte ${offset}: ${message}` : `${code}: ${message}`);
    this.code = code;
    this.offset = offset;
  }
}

export function isProtocolError(err: unknown): err is ProtocolError {
  return err instanceof ProtocolError;
}
