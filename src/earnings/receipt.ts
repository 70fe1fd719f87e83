// One receipt per served request: ids and token counts only, never a prompt or a completion. The log
// starts with a header line `{"version":1}` (logs written before it have none).
import { z } from 'zod';

export const RECEIPTS_VERSION = 1;
export const RECEIPTS_HEADER = JSON.stringify({ version: RECEIPTS_VERSION }) + '\n';
const headerSchema = z.object({ version: z.number().int().nonnegative() }).strict();

export const receiptSchema = z.object({
  requestId: z.string(),
  time: z.number(),
  proxy: z.string(),
  model: z.string(),
  ok: z.boolean(),
  tokens: z.object({
    prompt: z.number(),
    cached: z.number(),
    completion: z.number(),
    reasoning: z.number(),
    total: z.number(),
  }),
  earnedNano: z.string().regex(/^\d+$/),
  durationMs: z.number(),
  /** The request came end-to-end encrypted (Cocoon protocol 3); absent in receipts written before the flag. */
  encrypted: z.boolean().optional(),
});
export type Receipt = z.infer<typeof receiptSchema>;

export function headerOf(line: string | undefined): { version: number } | null {
  if (line === undefined) return null;
  try {
    const parsed = headerSchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function parseReceipt(line: string): Receipt | null {
  try {
    const parsed = receiptSchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
