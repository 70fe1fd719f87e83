// When to claim a signed payment on chain. Pure: all inputs are passed in, so it is tested exhaustively.
//
// Defaults, and why:
// - minClaimNano 0.2 TON: the C++ worker's idle threshold is 0.2·10⁹ (compared with tokens there, docs/protocol.md §5.4,
//   which looks like a unit slip); in nanotons it is a sensible floor on real TON.
// - maxFeeShare 5 %: a claim costs the node wallet ≈ 0.01 TON in fees (measured: `npm run perf`, chain
//   section), so automatic claims start around 0.2 TON and never burn more than 1/20 of what they move.
// - manual "claim now" ignores the threshold (the owner decided) and needs something to claim and a node
//   wallet that can pay the attached value; the fee share is checked against the emulated fee before it is
//   sent (PayoutService.claimNow), and the owner may insist.
export interface PayoutPolicyConfig {
  minClaimNano: bigint;
  maxFeeShare: number; // 0..1
}

export const DEFAULT_PAYOUT_POLICY: PayoutPolicyConfig = { minClaimNano: 200_000_000n, maxFeeShare: 0.05 };

export interface PayoutInputs {
  /** Signed cumulative tokens minus tokens_processed on the worker contract. */
  pendingTokens: bigint;
  workerFeePerToken: bigint;
  /** Expected total fee of one claim (node wallet + contracts), nanotons. */
  estimatedFeeNano: bigint;
  /** Value attached to the claim message (returned minus fees). */
  attachNano: bigint;
  nodeWalletBalanceNano: bigint;
  claimInFlight: boolean;
  manual: boolean;
}

export type PayoutReason =
  | 'claim-in-flight'
  | 'nothing-pending'
  | 'node-wallet-low'
  | 'below-threshold'
  | 'fee-too-high'
  | 'threshold-reached'
  | 'manual';

export interface PayoutDecision {
  claim: boolean;
  reason: PayoutReason;
  pendingNano: bigint;
}

export function decidePayout(
  i: PayoutInputs,
  cfg: PayoutPolicyConfig = DEFAULT_PAYOUT_POLICY,
): PayoutDecision {
  const pendingNano = i.pendingTokens > 0n ? i.pendingTokens * i.workerFeePerToken : 0n;
  const wait = (reason: PayoutReason): PayoutDecision => ({ claim: false, reason, pendingNano });
  if (i.claimInFlight) return wait('claim-in-flight');
  if (i.pendingTokens <= 0n) return wait('nothing-pending');
  if (i.nodeWalletBalanceNano < i.attachNano + i.estimatedFeeNano) return wait('node-wallet-low');
  if (i.manual) return { claim: true, reason: 'manual', pendingNano };
  if (pendingNano < cfg.minClaimNano) return wait('below-threshold');
  if (exceedsFeeShare(i.estimatedFeeNano, pendingNano, cfg.maxFeeShare)) return wait('fee-too-high');
  return { claim: true, reason: 'threshold-reached', pendingNano };
}

/** fee / amount ≥ share, in integers (fee × 10⁶ ≥ amount × share × 10⁶): exactly at the share is too much. */
export function exceedsFeeShare(feeNano: bigint, amountNano: bigint, maxFeeShare: number): boolean {
  const shareMicro = BigInt(Math.round(maxFeeShare * 1_000_000));
  return feeNano * 1_000_000n >= amountNano * shareMicro;
}
