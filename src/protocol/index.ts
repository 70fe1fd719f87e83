// The Cocoon wire protocol (docs/protocol.md §1 and §2): TL codec, frames, the tcp.* connection,
// proof of work and RA-TLS. Used by the worker (src/net) and the devnet proxy (src/devnet).
export { ProtocolError, isProtocolError, type ProtocolErrorCode } from './errors.js';

// TL
export { encodeBoxed, decodeBoxed, decodeBoxedAs, decodeResult, type TlResultOf } from './tl/codec.js';
export { toJson, fromJson, type Json } from './tl/json.js';
export { TlReader } from './tl/reader.js';
export { TlWriter } from './tl/writer.js';
export * from './tl/schema.gen.js';

// Frames and the tcp.* connection
export { encodeFrame, FrameDecoder, MAX_FRAME_PAYLOAD, MIN_FRAME_PAYLOAD, type Frame } from './frame.js';
export {
  FramedConnection,
  type CloseCode,
  type CloseReason,
  type ConnectionHandlers,
  type ConnectionRole,
  type FramedConnectionOptions,
} from './connection.js';
export { ErrorCode, RpcError } from './rpc.js';
export { systemClock, type Clock, type TimerHandle } from './clock.js';

// Proof of work
export {
  DEFAULT_POW_DIFFICULTY,
  MAX_CLIENT_POW_DIFFICULTY,
  checkPow,
  decodeAnswer,
  decodeChallenge,
  encodeAnswer,
  encodeChallenge,
  newChallenge,
  powZeroBits,
  solvePow,
  type PowChallenge,
} from './pow/pow.js';
export { clientPow, serverPow, type ClientPowOptions, type ServerPowOptions } from './pow/pow-exchange.js';

// RA-TLS
export {
  createCertificate,
  buildCertificate,
  ed25519KeyFromSeed,
  rawEd25519PublicKey,
  reportDataFor,
  type CertificateBundle,
  type CreateCertificateOptions,
} from './ratls/certificate.js';
export { CertificateError, type CertificateErrorCode } from './ratls/cert-error.js';
export { OID, SILKWORM_REPORT_OID } from './ratls/oids.js';
export { imageHashOf, parseTdxQuote, type TdxMeasurements } from './ratls/tdx-quote.js';
export {
  verifyPeerCertificate,
  type AttestationPolicy,
  type HomeReportVerdict,
  type HomeReportVerifier,
  type VerifiedPeer,
  type VerifyOptions,
} from './ratls/verify.js';
export { peerCertificateDer, tlsClient, tlsServer, TLS13_SUITES, type TlsIdentity } from './ratls/tls.js';

// Connection set-up, both roles
export {
  openClientConnection,
  type ClientConnectionOptions,
  type ConnectionTuning,
  type OpenedConnection,
} from './client.js';
export {
  createProtocolServer,
  ProtocolServer,
  type AcceptedPeer,
  type ProtocolServerOptions,
} from './server.js';
export { ConnectionSetupError, type SetupStage } from './setup-error.js';
