// What a proxy says about this worker's standing (docs/verification.md), as the dashboard shows it: the lane,
// the window's checks and failures, the tokens withheld after failed checks and the last checks with their
// reasons. It is the proxy's word, shown to the owner; payments are what the signed payments say.
import { z } from 'zod';

export const proxyCheckSchema = z.object({
  /** Unix ms, minute precision. */
  at: z.number(),
  ok: z.boolean(),
  reason: z.string(),
});

export const proxyStandingSchema = z.object({
  lane: z.enum(['evaluation', 'paid']),
  checks: z.number().int().nonnegative(),
  failures: z.number().int().nonnegative(),
  /** Tokens withheld from payment (decimal string). */
  withheld: z.string(),
  /** Newest first. */
  recent: z.array(proxyCheckSchema),
  /** e.g. "no reference for model X": nothing is checked. */
  note: z.string().nullable(),
  /** Passed checks the evaluation lane needs before paid traffic; null or absent: the proxy did not say. */
  promoteAfter: z.number().int().nonnegative().nullable().optional(),
  /** Back in the evaluation lane after failed checks took the paid lane away. */
  demoted: z.boolean().optional(),
  /** When the worker last heard it (Unix ms). */
  receivedAt: z.number(),
});
