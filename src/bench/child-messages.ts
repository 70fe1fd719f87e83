// The messages between the bench host and the bench child (node-llama-cpp runs only in the child). The
// host sends one job; the child answers with progress and one result or error, then exits. Cancelling is
// killing the child: it frees the GPU at once, whatever llama.cpp is doing.
import { z } from 'zod';
import {
  backendNameSchema,
  backendProbeSchema,
  benchProgressSchema,
  benchSettingsSchema,
  tpsStatsSchema,
} from './bench-schema.js';

export const benchJobSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('probe'), backends: z.array(backendNameSchema).min(1) }),
  z.object({
    type: z.literal('bench'),
    modelPath: z.string().min(1),
    backend: backendNameSchema,
    settings: benchSettingsSchema,
  }),
]);
export type BenchJob = z.infer<typeof benchJobSchema>;

export const benchMeasurementSchema = z.object({
  backend: backendNameSchema,
  /** What the loaded binary reports (e.g. "cuda", or false for the CPU). */
  llamaGpu: z.string(),
  gpuLayers: z.number().int().nonnegative(),
  totalLayers: z.number().int().nonnegative(),
  pp: tpsStatsSchema,
  tg: tpsStatsSchema,
  reference: z.object({ ppTps: z.number().nonnegative(), tgTps: z.number().nonnegative() }),
  engine: z.object({ ppTps: z.number().nonnegative(), tgTps: z.number().nonnegative() }).nullable(),
});
export type BenchMeasurement = z.infer<typeof benchMeasurementSchema>;

export const benchChildErrorCodes = [
  'bad-job',
  'backend-unavailable',
  'load-failed',
  'context-too-small',
  'engine-failed',
] as const;

export const benchChildMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('probing'), backend: backendNameSchema }),
  z.object({ type: z.literal('probed'), probe: backendProbeSchema }),
  z.object({ type: z.literal('progress'), progress: benchProgressSchema }),
  z.object({ type: z.literal('measured'), measurement: benchMeasurementSchema }),
  z.object({ type: z.literal('error'), code: z.enum(benchChildErrorCodes), message: z.string() }),
  z.object({ type: z.literal('done') }),
]);
export type BenchChildMessage = z.infer<typeof benchChildMessageSchema>;
