// The Benchmark screen: running the benchmark (progress pushed in the state), its saved result, and the
// earnings estimate computed from it with every input shown.
import { z } from 'zod';
import {
  benchProgressSchema,
  benchResultSchema,
  estimateSchema,
  hardwareDetailsSchema,
} from '../bench/bench-schema.js';

export const benchStateSchema = z.object({
  running: z.boolean(),
  progress: benchProgressSchema.nullable(),
  result: benchResultSchema.nullable(),
  /** Why the saved result no longer applies (hardware, driver or model changed), if it does not. */
  rerunReasons: z.array(z.string()),
  error: z.string().nullable(),
});

/** What the owner enters for the estimate; hours per week default to their schedule. */
export const estimateRequestSchema = z
  .object({
    hoursPerWeek: z.number().min(0).max(168).optional(),
    utilization: z.number().min(0).max(1).optional(),
    kwhPrice: z.number().min(0).max(100).default(0.3),
    currency: z.string().min(1).max(8).default('EUR'),
    tonPrice: z.number().positive().max(1_000_000).nullable().default(null),
    gpuWatts: z.number().min(0).max(5000).optional(),
    coefficient: z.number().int().min(0).max(999_999_999).optional(),
  })
  .strict();

export { estimateSchema, hardwareDetailsSchema };
