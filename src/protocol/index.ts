// The Cocoon wire protocol (docs/protocol.md §1 and §2): TL codec, frames, the tcp.* connection,
// proof of work and RA-TLS. Used by the worker (src/net) and the devnet proxy (src/devnet).

// TL
export { encodeBoxed, decodeBoxed } from './tl/codec.js';
export { toJson, fromJson } from './tl/json.js';
export * from './tl/schema.gen.js';

// Frames and the tcp.* connection
export { FramedConnection } from './connection.js';

// RA-TLS
export {
  createCertificate,
  buildCertificate,
  ed25519KeyFromSeed,
  rawEd25519PublicKey,
  reportDataFor,
  type CertificateBundle,
} from './ratls/certificate.js';
export type { AttestationPolicy, HomeReportVerifier, VerifiedPeer } from './ratls/verify.js';
export type { TlsIdentity } from './ratls/tls.js';

// Connection set-up, both roles
export { openClientConnection } from './client.js';
export { createProtocolServer, ProtocolServer } from './server.js';
export { ConnectionSetupError } from './setup-error.js';
