import { describe, expect, it } from 'vitest';
import {
  claimThreshold,
  decidePayout,
  DEFAULT_PAYOUT_POLICY,
  exceedsFeeShare,
  type PayoutInputs,
} from './policy.js';

const base: PayoutInputs = {
  pendingTokens: 1_000_000n,
  workerFeePerToken: 1000n, // 1 TON pending
  estimatedFeeNano: 10_000_000n, // 0.01 TON
  attachNano: 500_000_000n,
  nodeWalletBalanceNano: 2_000_000_000n,
  claimInFlight: false,
  manual: false,
};

describe('decidePayout', () => {
  it('claims when the fee is at most the allowed share of the pending amount', () => {
    expect(decidePayout(base)).toEqual({
      claim: true,
      reason: 'threshold-reached',
      pendingNano: 1_000_000_000n,
      thresholdNano: 200_000_000n, // 0.01 TON / 5 %
      requiredBalanceNano: 510_000_000n,
      topUpToNano: 520_000_000n,
    });
  });
  it('the threshold follows the fee: a dearer claim waits for more', () => {
    const pending = { ...base, pendingTokens: 300_000n }; // 0.3 TON
    expect(decidePayout(pending).claim).toBe(true); // fee 0.01 → threshold 0.2
    const dear = decidePayout({ ...pending, estimatedFeeNano: 20_000_000n }); // fee 0.02 → threshold 0.4
    expect(dear).toMatchObject({ claim: false, reason: 'below-threshold', thresholdNano: 400_000_000n });
    expect(decidePayout({ ...pending, estimatedFeeNano: 20_000_000n, pendingTokens: 400_000n }).claim).toBe(
      true,
    );
  });
  it('exactly at the share claims; one nanoton of fee more waits', () => {
    const at = { ...base, pendingTokens: 200_000n }; // 0.2 TON, fee 0.01 = 5 %
    expect(decidePayout(at).claim).toBe(true);
    expect(decidePayout({ ...at, estimatedFeeNano: 10_000_001n }).reason).toBe('below-threshold');
  });
  it('follows the owner’s share', () => {
    const pending = { ...base, pendingTokens: 100_000n }; // 0.1 TON, fee 10 %
    expect(decidePayout(pending).reason).toBe('below-threshold');
    expect(decidePayout(pending, { maxFeeShare: 0.1 }).claim).toBe(true);
  });
  it('waits for funding only when a claim is due, and says what the node wallet must hold', () => {
    const poor = { ...base, nodeWalletBalanceNano: 100_000_000n };
    expect(decidePayout(poor)).toMatchObject({
      claim: false,
      reason: 'node-wallet-low',
      requiredBalanceNano: 510_000_000n,
      topUpToNano: 520_000_000n, // one fee more, so a dearer quote after the top-up still goes
    });
    // below the threshold it is the threshold that holds the claim, not the funds
    expect(decidePayout({ ...poor, pendingTokens: 1000n }).reason).toBe('below-threshold');
  });
  it('claim now ignores the threshold but not an empty claim or a poor node wallet', () => {
    expect(decidePayout({ ...base, pendingTokens: 1n, manual: true }).reason).toBe('manual');
    expect(decidePayout({ ...base, pendingTokens: 0n, manual: true }).reason).toBe('nothing-pending');
    expect(decidePayout({ ...base, manual: true, nodeWalletBalanceNano: 100n }).reason).toBe(
      'node-wallet-low',
    );
  });
  it('never starts a second claim while one is in flight', () => {
    expect(decidePayout({ ...base, claimInFlight: true, manual: true }).reason).toBe('claim-in-flight');
  });
  it('treats tokens already processed on chain (negative pending) as nothing pending', () => {
    expect(decidePayout({ ...base, pendingTokens: -5n })).toMatchObject({
      pendingNano: 0n,
      reason: 'nothing-pending',
    });
  });
  it('has a documented default share', () => {
    expect(DEFAULT_PAYOUT_POLICY).toEqual({ maxFeeShare: 0.05 });
  });
});

describe('exceedsFeeShare and claimThreshold', () => {
  it('refuses above the share, in integers', () => {
    expect(exceedsFeeShare(16_200_000n, 5_900_000n, 0.05)).toBe(true); // 0.0162 to collect 0.0059
    expect(exceedsFeeShare(10_000_000n, 200_000_000n, 0.05)).toBe(false); // exactly 5 %
    expect(exceedsFeeShare(10_000_000n, 199_999_999n, 0.05)).toBe(true);
  });
  it('gives the least amount that a fee allows, rounding up', () => {
    expect(claimThreshold(10_000_000n, 0.05)).toBe(200_000_000n);
    expect(claimThreshold(10_000_001n, 0.05)).toBe(200_000_020n);
    expect(exceedsFeeShare(10_000_001n, claimThreshold(10_000_001n, 0.05), 0.05)).toBe(false);
    expect(exceedsFeeShare(10_000_001n, claimThreshold(10_000_001n, 0.05) - 1n, 0.05)).toBe(true);
    expect(claimThreshold(0n, 0.05)).toBe(0n);
  });
});
