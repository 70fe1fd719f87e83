// When to claim a signed payment on chain. Pure: all inputs are passed in, so it is tested exhaustively.
//
// The threshold follows the fee. Every on-chain operation costs the node wallet real money (a claim
// ≈ 0.01–0.02 TON: gas and forward fees of the node wallet, the worker contract and the proxy contract;
// more for the first, which deploys the worker contract), so Cocoon's operators claim rarely. An automatic
// claim waits until its fee, estimated from the chain just before, is at most `maxFeeShare` of what it
// collects: with the default 5 % and a 0.01 TON fee it is sent once 0.2 TON is pending. When fees on the
// chain rise, claims wait longer; nothing is lost meanwhile (the signed payment is cumulative).
//
// "Claim now" (the owner decided) ignores the threshold; the fee share is still checked against the
// quoted fee before sending (PayoutService.claimNow), and the owner may insist. Either way the node wallet
// must hold what a claim attaches plus its fee, or the claim waits for funding.
export interface PayoutPolicyConfig {
  maxFeeShare: number; // 0..1
}

export const DEFAULT_PAYOUT_POLICY: PayoutPolicyConfig = { maxFeeShare: 0.05 };

export interface PayoutInputs {
  /** Signed cumulative tokens minus tokens_processed on the worker contract. */
  pendingTokens: bigint;
  workerFeePerToken: bigint;
  /** Expected total fee of this claim (node wallet + contracts), nanotons. */
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
  | 'threshold-reached'
  | 'manual';

export interface PayoutDecision {
  claim: boolean;
  reason: PayoutReason;
  pendingNano: bigint;
  /** The smallest pending amount an automatic claim with this fee waits for: fee / maxFeeShare. */
  thresholdNano: bigint;
  /** What the node wallet must hold to send it: the attached value plus the fee. */
  requiredBalanceNano: bigint;
  /**
   * What to top the node wallet up to when it holds less: one fee more than it needs, so a claim quoted a
   * little dearer once funded (a fresh quote, the first claim deploying the node wallet) still goes through.
   */
  topUpToNano: bigint;
}

export function decidePayout(
  i: PayoutInputs,
  cfg: PayoutPolicyConfig = DEFAULT_PAYOUT_POLICY,
): PayoutDecision {
  const pendingNano = i.pendingTokens > 0n ? i.pendingTokens * i.workerFeePerToken : 0n;
  const figures = {
    pendingNano,
    thresholdNano: claimThreshold(i.estimatedFeeNano, cfg.maxFeeShare),
    requiredBalanceNano: i.attachNano + i.estimatedFeeNano,
    topUpToNano: i.attachNano + 2n * i.estimatedFeeNano,
  };
  const wait = (reason: PayoutReason): PayoutDecision => ({ claim: false, reason, ...figures });
  if (i.claimInFlight) return wait('claim-in-flight');
  if (pendingNano <= 0n) return wait('nothing-pending');
  if (!i.manual && exceedsFeeShare(i.estimatedFeeNano, pendingNano, cfg.maxFeeShare))
    return wait('below-threshold');
  if (i.nodeWalletBalanceNano < figures.requiredBalanceNano) return wait('node-wallet-low');
  return { claim: true, reason: i.manual ? 'manual' : 'threshold-reached', ...figures };
}

/** fee / amount > share, in integers (fee × 10⁶ > amount × share × 10⁶): exactly at the share is allowed. */
export function exceedsFeeShare(feeNano: bigint, amountNano: bigint, maxFeeShare: number): boolean {
  return feeNano * 1_000_000n > amountNano * shareMicro(maxFeeShare);
}

/** The least amount whose claim fee is at most the share: ⌈fee / share⌉. */
export function claimThreshold(feeNano: bigint, maxFeeShare: number): bigint {
  const micro = shareMicro(maxFeeShare);
  return (feeNano * 1_000_000n + micro - 1n) / micro;
}

/** The share in millionths, at least one (a zero share would mean "never", which the settings forbid). */
function shareMicro(maxFeeShare: number): bigint {
  const micro = BigInt(Math.round(Math.min(Math.max(maxFeeShare, 0), 1) * 1_000_000));
  return micro > 0n ? micro : 1n;
}
