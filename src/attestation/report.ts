// The signed home attestation report. It travels inside a non-critical X.509 extension of the worker's
// RA-TLS certificate, so it is compact canonical JSON. Report data = SHA-512 of the raw TLS public key,
// as Cocoon binds TDX quotes; the signature is Ed25519 by the device key over a domain-separated body.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson, type CanonicalValue } from './canonical-json.js';
import type { DeviceKey } from './device-key.js';
import type { Measurements } from './measure.js';

export const REPORT_DOMAIN = 'silkworm-home-attestation-v1\n';
export const MAX_REPORT_BYTES = 16 * 1024;

const hex = (n: number) => z.string().regex(new RegExp(`^[0-9a-f]{${n}}$`));

export const measurementsSchema = z.strictObject({
  codeBundle: hex(64),
  backend: z.enum(['cuda', 'vulkan', 'metal', 'cpu']),
  nativeBinary: hex(64).nullable(),
  native: z.strictObject({
    file: z.string().max(512).nullable(),
    source: z.enum(['mapped', 'resolved', 'none']),
    libraries: hex(64).nullable(),
  }),
  model: hex(64),
  modelFile: z.string().max(256),
  runtime: z.strictObject({
    node: z.string(),
    nodeLlamaCpp: z.string(),
    llamaCpp: z.string(),
    buildType: z.string(),
    gpuBackend: z.string(),
  }),
  policy: z.strictObject({
    sha256: hex(64),
    platform: z.string(),
    permissionFlag: z.string(),
    fsWrite: z.array(z.string()),
    allowAddons: z.boolean(),
    allowChildProcess: z.boolean(),
    allowWorker: z.boolean(),
    launcher: z.string(),
    confinement: z.strictObject({
      kind: z.enum(['bwrap', 'unshare', 'sandbox-exec', 'job-object', 'permission-model-only']),
      network: z.boolean(),
      processes: z.boolean(),
      filesystem: z.boolean(),
    }),
  }),
  gpu: z.string().max(512),
  benchmarkTokensPerSecond: z.number().nonnegative().nullable(),
});

export const reportBodySchema = z.strictObject({
  version: z.literal(1),
  trust: z.literal('home'),
  devicePublicKey: hex(64),
  reportData: hex(128),
  issuedAt: z.number().int().nonnegative(),
  measurements: measurementsSchema,
});
export type HomeReportBody = z.infer<typeof reportBodySchema>;

export const reportSchema = z.strictObject({ body: reportBodySchema, signature: hex(128) });
export type HomeReport = z.infer<typeof reportSchema>;

export function reportDataFor(rawTlsPublicKey: Buffer): string {
  return createHash('sha512').update(rawTlsPublicKey).digest('hex');
}

export function signedBytes(body: HomeReportBody): Buffer {
  return Buffer.from(REPORT_DOMAIN + canonicalJson(body as unknown as CanonicalValue));
}

export function createHomeReport(input: {
  deviceKey: DeviceKey;
  rawTlsPublicKey: Buffer;
  measurements: Measurements;
  issuedAt?: number;
}): Buffer {
  const body: HomeReportBody = {
    version: 1,
    trust: 'home',
    devicePublicKey: input.deviceKey.publicKey.toString('hex'),
    reportData: reportDataFor(input.rawTlsPublicKey),
    issuedAt: input.issuedAt ?? Math.floor(Date.now() / 1000),
    measurements: input.measurements,
  };
  const signature = input.deviceKey.sign(signedBytes(body)).toString('hex');
  return Buffer.from(canonicalJson({ body, signature }));
}
