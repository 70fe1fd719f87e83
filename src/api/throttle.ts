// Commands of the throttling levels: choose a level for a while ("Quiet for 2 h", "Full until tomorrow")
// or go back to the schedule, and the estimate at every level from the owner's own benchmark.
import { z } from 'zod';
import { stateSnapshotSchema } from './state.js';
import { estimateRequestSchema } from './bench.js';
import { nanoTonSchema } from './money.js';

/** The longest a chosen level lasts when given a duration (a week). */
export const MAX_LEVEL_MS = 7 * 86_400_000;

export const levelEstimateSchema = z.object({
  id: z.string(),
  name: z.string(),
  color: z.string(),
  /** Decode speed at this level's duty cap, from the owner's benchmark (tokens per second, one stream). */
  tokensPerSecond: z.number().nonnegative(),
  /** A whole day at this level, busy as the estimate assumes, at this level's price. */
  grossNanoPerDay: nanoTonSchema,
  netNanoPerDay: nanoTonSchema.nullable(),
  /** GPU draw while busy at this level (the duty cap's share of the measured or entered watts). */
  watts: z.number().nonnegative(),
});
export type LevelEstimate = z.infer<typeof levelEstimateSchema>;

export const throttleCommands = {
  /**
   * level: serve at it for `forMs`, until the next local 06:00 ('tomorrow'), or until changed (neither);
   * null: drop the owner's choice and follow the schedule again.
   */
  'worker:throttle': {
    request: z
      .object({
        level: z.string().min(1).max(32).nullable(),
        forMs: z.number().int().positive().max(MAX_LEVEL_MS).optional(),
        until: z.enum(['tomorrow']).optional(),
      })
      .strict(),
    response: stateSnapshotSchema,
  },
  'bench:level-estimates': {
    request: estimateRequestSchema,
    response: z.object({ levels: z.array(levelEstimateSchema) }),
  },
} as const;
