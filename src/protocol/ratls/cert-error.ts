// Why a peer certificate was refused. The codes follow the checks of Cocoon's verifier (docs/protocol.md §1.2).
export type CertificateErrorCode =
  | 'NO_CERTIFICATE'
  | 'BAD_DER'
  | 'NOT_ED25519'
  | 'NOT_SELF_SIGNED'
  | 'BAD_SIGNATURE'
  | 'NOT_YET_VALID'
  | 'EXPIRED'
  | 'DUPLICATE_EXTENSION'
  | 'UNKNOWN_CRITICAL_EXTENSION'
  | 'BAD_KEY_USAGE'
  | 'BAD_EXTENDED_KEY_USAGE'
  | 'QUOTE_MISSING'
  | 'QUOTE_MISMATCH'
  | 'QUOTE_MALFORMED'
  | 'HOME_REPORT_MISSING'
  | 'HOME_REPORT_REJECTED'
  | 'IMAGE_HASH_NOT_ALLOWED'
  | 'POLICY_MISCONFIGURED'
  | 'PEER_REFUSED'; // the caller's own check (VerifyOptions.checkPeer) said no

export class CertificateError extends Error {
  override readonly name = 'CertificateError';
  readonly code: CertificateErrorCode;
  /** The message without its code, for sentences shown to the owner. */
  readonly detail: string;

  constructor(code: CertificateErrorCode, message: string) {
    super(`${code}: ${message}`);
    this.code = code;
    this.detail = message;
  }
}
