// The state snapshot: everything the dashboard and the tray show, pushed on every change.
// Prompts and completions never appear here or in any event.
import { z } from 'zod';
import { proxyStandingSchema } from './verification.js';
import { nanoTonSchema } from './money.js';
import { benchStateSchema } from './bench.js';
import { levelStateSchema } from './level-state.js';
import { engineStateSchema, modelsStateSchema, servedModelSchema } from './models.js';

export const workerStatuses = ['stopped', 'starting', 'serving', 'paused', 'error'] as const;
export type WorkerStatus = (typeof workerStatuses)[number];

/** A reason the UI can translate: a message key with parameters (times are epoch ms). */
export const reasonCodeSchema = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ReasonCode = z.infer<typeof reasonCodeSchema>;

export const workerStateSchema = z.object({
  status: z.enum(workerStatuses),
  /** A human reason in English, e.g. "Paused until 18:00 by you" (logs, CLI, tray fallback). */
  reason: z.string(),
  reasonCode: reasonCodeSchema,
  /** Epoch ms when the status last changed. */
  since: z.number(),
  /** Epoch ms when a timed pause ends by itself, if any. */
  pausedUntil: z.number().nullable(),
  activeRequests: z.number().int().nonnegative(),
  tokensPerSecond: z.number().nonnegative(),
});

export const gpuSchema = z.object({
  vendor: z.string(),
  model: z.string(),
  vramMb: z.number().nonnegative().nullable(),
  driver: z.string().nullable(),
});

export const hardwareSchema = z.object({
  cpu: z.object({ brand: z.string(), cores: z.number().int(), threads: z.number().int() }),
  ramMb: z.number().nonnegative(),
  gpus: z.array(gpuSchema),
  os: z.string(),
});

/** Why the next claim is not sent yet (each keeps the signed payment: nothing is lost by waiting). */
export const claimWaitReasons = [
  'below-threshold', // its fee is more than payouts.maxFeeShare of what it collects
  'node-wallet-low', // the node wallet cannot pay it: see wallet.nodeWallet.needsFunding
  'root-params-unknown', // the network's root contract is not read yet: no contract code, no prices
  'worker-contract-mismatch', // the proxy's worker contract is not the one derived for this owner
  'earlier-wallet', // earned while another wallet was linked: only that wallet can receive it
  'would-fail', // the chain says it would not pay now (e.g. the proxy contract lacks funds)
  'claims-blocked', // the claim history is damaged and not rebuilt yet
  'claim-in-flight', // a claim is being confirmed on chain
] as const;

/** The next claim as the chain prices it: its fee, the amount an automatic claim waits for, and why it waits. */
export const nextClaimSchema = z.object({
  /** Signed and unclaimed on this worker contract. */
  pendingNano: nanoTonSchema,
  /** The claim's fee (what the node wallet is left short), from the chain just before deciding. */
  feeNano: nanoTonSchema,
  /** emulated: the whole trace run on a copy of the chain; estimated: the chain's fee estimate of the node
   * wallet's own message plus the contracts' measured costs; measured: what the last claim cost. */
  feeSource: z.enum(['emulated', 'estimated', 'measured']),
  /** Automatic claims wait until this much is pending: fee / payouts.maxFeeShare. */
  thresholdNano: nanoTonSchema,
  /** Null when it is being sent (or nothing waits). */
  waiting: z.enum(claimWaitReasons).nullable(),
  /** English, with the figures (logs, CLI). */
  detail: z.string(),
  checkedAt: z.number(),
});
export type NextClaim = z.infer<typeof nextClaimSchema>;

export const earningsSummarySchema = z.object({
  todayNano: nanoTonSchema,
  totalNano: nanoTonSchema,
  pendingNano: nanoTonSchema,
  claimedNano: nanoTonSchema,
  requestsServed: z.number().int().nonnegative(),
  tokensServed: z.number().int().nonnegative(),
  /** The next claim on chain and why it waits; null before the first check or with nothing signed. */
  nextClaim: nextClaimSchema.nullable(),
});

export const walletStateSchema = z.object({
  linked: z.boolean(),
  /** The owner's address (user-friendly form) once linked. */
  address: z.string().nullable(),
  balanceNano: nanoTonSchema.nullable(),
  /** A link in progress or the last failure, e.g. "proof expired". */
  pending: z.boolean(),
  error: z.string().nullable(),
  /** Why the last link failed, as a code the dashboard translates (e.g. "proof-expired"). */
  errorCode: z.string().nullable(),
  /** The node's own wallet, which pays claim fees (never the owner's). */
  nodeWallet: z
    .object({
      address: z.string(),
      balanceNano: nanoTonSchema.nullable(),
      /** Payouts it received for the owner (its worker contract, before a link) not yet swept: `wallet:sweep-quote`. */
      heldForOwnerNano: nanoTonSchema,
      /** Where to send TON so it can pay claim fees (non-bounceable: it works before the wallet is deployed). */
      topUpAddress: z.string(),
      /** A claim is due (or was asked for) but the node wallet cannot attach its value and pay its fee: it waits. */
      needsFunding: z.boolean(),
      /** What to top it up to so that claim goes through (attached value + fee, and one fee to spare); null when none waits. */
      requiredNano: nanoTonSchema.nullable(),
      /** How much to send to `topUpAddress` so the waiting claim goes through; null when none waits. */
      shortNano: nanoTonSchema.nullable(),
    })
    .nullable(),
});

export const availabilityStateSchema = z.object({
  decision: z.enum(['serve', 'pause']),
  reason: z.string(),
  reasonCode: reasonCodeSchema,
  /** The throttling level serving now (absent or null while paused or before the first decision). */
  level: levelStateSchema.nullable().optional(),
});

export const networkStateSchema = z.object({
  mode: z.enum(['devnet', 'remote']),
  /** What the network is called, e.g. "Local demo network", "TON testnet" (English; the dashboard names `kind`). */
  label: z.string(),
  kind: z.enum(['mainnet', 'testnet', 'local']),
  /** The network's OpenAI-compatible client endpoint, when it has a public one (for curl). */
  clientUrl: z.string().nullable(),
  /** The network as its root contract describes it, and when that was read. */
  root: z.object({
    address: z.string().nullable(),
    /** ok: read (maybe from the cache while the chain is unreachable); the others say why not. */
    status: z.enum(['ok', 'reading', 'unreachable', 'no-root', 'bad-config', 'not-configured']),
    detail: z.string(),
    readAt: z.number().nullable(),
    version: z.number().nullable(),
    isTest: z.boolean().nullable(),
    /** Nanotons per token, decimal strings. */
    pricePerToken: z.string().nullable(),
    workerFeePerToken: z.string().nullable(),
    /** ×1/10000 token multipliers. */
    multipliers: z
      .object({ prompt: z.number(), cached: z.number(), completion: z.number(), reasoning: z.number() })
      .nullable(),
    registeredProxies: z.number().int().nonnegative(),
  }),
  proxies: z.array(
    z.object({
      address: z.string(),
      status: z.enum(['connecting', 'ready', 'disabled', 'down']),
      detail: z.string(),
      /** The proxy passed its tier's check against the root contract (never for manual proxies). */
      verified: z.boolean(),
      tier: z.enum(['tee', 'home', 'manual']),
      /** What the proxy last said about this worker's standing (home-tier checks); null or absent: nothing. */
      standing: proxyStandingSchema.nullable().optional(),
    }),
  ),
});

export const stateSnapshotSchema = z.object({
  version: z.string(),
  worker: workerStateSchema,
  hardware: hardwareSchema.nullable(),
  /** The model being served (its network name, source, demo label), null before one is resolved. */
  model: servedModelSchema.nullable(),
  /** What the engine loaded: backend, device, layers on the GPU, context, VRAM used. */
  engine: engineStateSchema.nullable(),
  models: modelsStateSchema,
  earnings: earningsSummarySchema,
  wallet: walletStateSchema,
  availability: availabilityStateSchema,
  network: networkStateSchema,
  bench: benchStateSchema,
  /** GPU sensors where the platform reports them (null when absent). */
  telemetry: z.object({
    temperatureC: z.number().nullable(),
    utilizationPct: z.number().nullable(),
    vramUsedMb: z.number().nullable(),
    powerW: z.number().nullable(),
  }),
  /** Set when something needs the owner's attention, e.g. a corrupt settings file was replaced. */
  notices: z.array(
    z.object({
      id: z.string(),
      level: z.enum(['info', 'warning', 'error']),
      message: z.string(),
      /** Values for the dashboard's translation of `id` (the English `message` is the fallback). */
      params: z.record(z.string(), z.string()).optional(),
    }),
  ),
});

export type StateSnapshot = z.infer<typeof stateSnapshotSchema>;
export type WorkerState = z.infer<typeof workerStateSchema>;
export type Hardware = z.infer<typeof hardwareSchema>;
export type Gpu = z.infer<typeof gpuSchema>;
export type Notice = StateSnapshot['notices'][number];
