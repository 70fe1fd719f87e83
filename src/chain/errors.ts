// Typed errors of the chain capability. Codes are stable strings the API and the UI can switch on.
export type ChainErrorCode =
  | 'unreachable' // the TON endpoint cannot be reached (offline, DNS, refused, timeout)
  | 'bad-response' // the endpoint answered something we cannot use
  | 'timeout' // a transaction we waited for did not appear in time
  | 'rejected' // the chain executed our message and it failed (exit code in the message)
  | 'bad-payment' // a signed payment is malformed or its signature/address is wrong
  | 'bad-config' // a root config cell does not parse
  | 'no-wallet' // no owner wallet linked, or the node wallet key is missing
  | 'compile' // a contract failed to compile
  | 'snapshot' // the emulator snapshot file is unreadable
  | 'unsupported'; // this chain cannot do that (e.g. emulate a message trace over a public HTTP API)

export class ChainError extends Error {
  readonly code: ChainErrorCode;
  constructor(code: ChainErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ChainError';
    this.code = code;
  }
}

/** Why a signed payment was refused, from where it is verified (callers switch on it, never on the text). */
export type BadPaymentReason = 'malformed' | 'wrong-worker' | 'forged';

export class BadPaymentError extends ChainError {
  readonly reason: BadPaymentReason;
  constructor(reason: BadPaymentReason, message: string) {
    super('bad-payment', message);
    this.name = 'BadPaymentError';
    this.reason = reason;
  }
}
