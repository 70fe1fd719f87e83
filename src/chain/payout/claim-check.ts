// Why an automatic claim waits, with the figures behind the decision, in words for the logs and the CLI.
import type { ClaimRecord } from './claim-store.js';
import type { PayoutDecision } from './policy.js';
import type { ProxyPayoutState } from './payout-service.js';

/** Why an automatic claim is not sent now; every one of them keeps the signed payment for later. */
export type ClaimWait =
  | Exclude<PayoutDecision['reason'], 'threshold-reached' | 'manual'>
  | 'claims-blocked' // the claim history is damaged and not rebuilt yet
  | 'would-fail'; // the chain says the claim would not pay now (e.g. the proxy contract lacks funds)

/** One automatic check: the claim it sent, or why it waits, with the figures behind the decision. */
export interface ClaimCheck {
  record: ClaimRecord | null;
  wait: ClaimWait | null;
  state: ProxyPayoutState | null;
  detail: string;
}

export function waiting(s: ProxyPayoutState, wait: ClaimWait, detail = waitText(s, wait)): ClaimCheck {
  return { record: null, wait, state: s, detail };
}

function waitText(s: ProxyPayoutState, wait: ClaimWait): string {
  const d = s.decision;
  switch (wait) {
    case 'below-threshold':
      return `waits until ${d.thresholdNano} nano are pending (fee ${s.feeNano} nano, ${s.feeSource}); ${d.pendingNano} now`;
    case 'node-wallet-low':
      return `the node wallet holds ${s.nodeWalletBalanceNano} nano and needs ${d.requiredBalanceNano} (attached value + fee): top it up to ${d.topUpToNano}`;
    case 'nothing-pending':
      return 'nothing signed and unclaimed';
    case 'claim-in-flight':
      return 'a claim is being confirmed on chain';
    case 'claims-blocked':
    case 'would-fail':
      return wait;
  }
}
