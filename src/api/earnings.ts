// Earnings views: charts per hour/day, the receipts table, payouts (claims) on chain.
import { z } from 'zod';
import { nanoTonSchema } from './money.js';

export const earningsBucketSchema = z.object({
  start: z.number(),
  earnedNano: nanoTonSchema,
  requests: z.number().int(),
  tokens: z.number().int(),
});

export const receiptViewSchema = z.object({
  requestId: z.string(),
  time: z.number(),
  proxy: z.string(),
  model: z.string(),
  ok: z.boolean(),
  tokens: z.number().int(),
  earnedNano: nanoTonSchema,
  durationMs: z.number(),
});

export const claimViewSchema = z.object({
  time: z.number(),
  status: z.enum(['paid', 'refused', 'failed']),
  amountNano: nanoTonSchema,
  feesNano: nanoTonSchema,
  txHash: z.string().nullable(),
  detail: z.string(),
});

export const earningsQuerySchema = z
  .object({
    bucket: z.enum(['hour', 'day']).default('hour'),
    /** How many buckets back from now. */
    span: z.number().int().min(1).max(400).default(24),
    receiptsLimit: z.number().int().min(1).max(1000).default(100),
    okOnly: z.boolean().default(false),
    proxy: z.string().max(200).optional(),
  })
  .strict();

export const earningsViewSchema = z.object({
  buckets: z.array(earningsBucketSchema),
  receipts: z.array(receiptViewSchema),
  receiptsTotal: z.number().int(),
  proxies: z.array(z.string()),
  pendingNano: nanoTonSchema,
  claimedNano: nanoTonSchema,
  claims: z.array(claimViewSchema),
  feePerTokenNano: nanoTonSchema,
});
export type EarningsView = z.infer<typeof earningsViewSchema>;
