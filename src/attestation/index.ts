// Public surface of attestation: device identity, measurements, the signed home report, its verifier.
export { buildHomeReport } from './attest.js';
export { canonicalJson } from './canonical-json.js';
export { loadOrCreateDeviceKey, type DeviceKey } from './device-key.js';
export {
  FileHashCache,
  hashCodeBundle,
  measureSandbox,
  sha256File,
  type MeasuredSandbox,
  type Measurements,
} from './measure.js';
export { createHomeReport, reportDataFor, type HomeReport, type HomeReportBody } from './report.js';
export { FileSecretStore, SecretStoreError, machineKeyMaterial, type SecretStore } from './secret-store.js';
export { verifyHomeReport, type HomePolicy, type HomeVerifyCode, type HomeVerifyResult } from './verify.js';
