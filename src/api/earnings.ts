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
  /** The request came end-to-end encrypted: its prompt and answer were sealed for the client. */
  encrypted: z.boolean().default(false),
});

export const claimViewSchema = z.object({
  time: z.number(),
  /** A claim on a worker contract, or a sweep of what the node wallet received, to the owner. */
  kind: z.enum(['claim', 'sweep']),
  status: z.enum(['paid', 'refused', 'failed']),
  /** What was claimed (tokens × fee per token) or swept. */
  amountNano: nanoTonSchema,
  /** Where the money went (user-friendly address), read from the chain; null: nothing arrived, or not verified. */
  recipient: z.string().nullable(),
  /** The owner's linked wallet, or the node wallet (it owned the worker contract before a link). */
  recipientKind: z.enum(['owner', 'node-wallet']).nullable(),
  /** What arrived at `recipient` on chain. */
  receivedNano: nanoTonSchema,
  /** What the node wallet spent (gas and forward fees); never negative. */
  feesNano: nanoTonSchema,
  txHash: z.string().nullable(),
  detail: z.string(),
});

/**
 * A claim not sent. fee-too-high: its fee is too large a share of it (`earnings:claim` with `force` sends
 * it anyway); needs-funding: the node wallet cannot pay it (top it up: wallet.nodeWallet in the state);
 * not-claimable: the network's root config is not read yet, or the proxy's worker contract is not ours.
 * Each keeps the signed payment: nothing is lost.
 */
export const claimRefusalSchema = z.object({
  reason: z.enum(['fee-too-high', 'needs-funding', 'not-claimable']),
  amountNano: nanoTonSchema,
  feeNano: nanoTonSchema,
  /** The allowed fee share, 0..1 (the setting payouts.maxFeeShare). */
  maxFeeShare: z.number(),
  /** needs-funding: what to top the node wallet up to (attached value + fee, and one fee to spare). */
  requiredNano: nanoTonSchema.nullable().default(null),
  /** English, with the figures: "this claim would cost 0.016 TON to collect 0.006 TON". */
  message: z.string(),
});

export const claimRequestSchema = z.object({ force: z.boolean().default(false) }).strict();
export const claimResultSchema = z.object({
  claims: z.array(claimViewSchema),
  refused: z.array(claimRefusalSchema),
});

/** What the node wallet holds for the owner and would send on, with the fee it would cost (emulated). */
export const sweepQuoteSchema = z.object({
  to: z.string(),
  amountNano: nanoTonSchema,
  feeNano: nanoTonSchema,
  source: z.enum(['emulated', 'estimated']),
});
export const sweepRequestSchema = z.object({ amountNano: nanoTonSchema, feeNano: nanoTonSchema }).strict();

export const earningsQuerySchema = z
  .object({
    bucket: z.enum(['hour', 'day']).default('hour'),
    /** How many buckets back from now. */
    span: z.number().int().min(1).max(400).default(24),
    receiptsLimit: z.number().int().min(1).max(1000).default(100),
    /** Matching receipts to skip from the newest: the table's later pages (history is read from disk). */
    receiptsOffset: z.number().int().min(0).default(0),
    okOnly: z.boolean().default(false),
    proxy: z.string().max(200).optional(),
  })
  .strict();

export const earningsViewSchema = z.object({
  buckets: z.array(earningsBucketSchema),
  /** Newest first, starting `receiptsOffset` matching receipts back. */
  receipts: z.array(receiptViewSchema),
  receiptsOffset: z.number().int().nonnegative(),
  /** Every receipt matching the filters, over the whole history. */
  receiptsTotal: z.number().int(),
  proxies: z.array(z.string()),
  pendingNano: nanoTonSchema,
  /** What arrived at the owner's address: claims paid to the owner and sweeps. */
  claimedNano: nanoTonSchema,
  /** Received by the node wallet for the owner and not swept yet. */
  heldForOwnerNano: nanoTonSchema,
  /** Σ what the node wallet spent on claims and sweeps. */
  feesNano: nanoTonSchema,
  /** Paid claims recorded before payouts were read from the chain (their recipient is not known). */
  unverifiedClaims: z.number().int().nonnegative(),
  claims: z.array(claimViewSchema),
  feePerTokenNano: nanoTonSchema,
});
export type EarningsView = z.infer<typeof earningsViewSchema>;
