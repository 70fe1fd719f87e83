// The throttling level in the state snapshot: which level serves, why, until when, and at what price, so
// the tray and Home can say "Quiet until 23:00 (schedule)" and the dashboard can colour it.
import { z } from 'zod';

export const levelSources = ['schedule', 'override', 'active-use', 'resume'] as const;

export const levelStateSchema = z.object({
  id: z.string(),
  /** The owner's name for it (translate a shipped one with `levelName`). */
  name: z.string(),
  color: z.string(),
  /** Requests admitted at once, duty cap share, price share in percent of the owner's coefficient. */
  maxConcurrency: z.number().int().nonnegative(),
  dutyCap: z.number(),
  pricePct: z.number().int(),
  /** The coefficient (×1000) advertised to proxies at this level. */
  coefficient: z.number().int().nonnegative(),
  /** What chose it: the schedule, the owner ("Quiet for 2 h"), active use, or "resume now". */
  source: z.enum(levelSources),
  /** When it changes by itself (epoch ms); null: it does not (or only on an event). */
  until: z.number().nullable(),
  /** The level's GPU power limit where one was asked for: applied, or why not (it needs admin rights). */
  powerLimit: z
    .object({
      state: z.enum(['applied', 'cleared', 'needs-admin', 'unsupported', 'failed']),
      message: z.string(),
    })
    .nullable(),
});
export type LevelState = z.infer<typeof levelStateSchema>;
