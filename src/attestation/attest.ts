// One call for the composition root / RA-TLS layer: measure the running sandbox and sign a home report
// bound to this connection's TLS key.
import type { DeviceKey } from './device-key.js';
import { FileHashCache, measureSandbox, type MeasuredSandbox, type Measurements } from './measure.js';
import { createHomeReport } from './report.js';

export async function buildHomeReport(input: {
  sandbox: MeasuredSandbox;
  deviceKey: DeviceKey;
  rawTlsPublicKey: Buffer;
  cache?: FileHashCache;
  benchmarkTokensPerSecond?: number | null;
}): Promise<{ report: Buffer; measurements: Measurements }> {
  const measurements = await measureSandbox(input.sandbox, {
    cache: input.cache,
    benchmarkTokensPerSecond: input.benchmarkTokensPerSecond ?? null,
  });
  return {
    report: createHomeReport({
      deviceKey: input.deviceKey,
      rawTlsPublicKey: input.rawTlsPublicKey,
      measurements,
    }),
    measurements,
  };
}
