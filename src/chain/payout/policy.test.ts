import { describe, expect, it } from 'vitest';
import { decidePayout, DEFAULT_PAYOUT_POLICY, exceedsFeeShare, type PayoutInputs } from './policy.js';

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
  it('claims when the pending amount passes the threshold and the fee is a small share', () => {
    expect(decidePayout(base)).toEqual({
      claim: true,
      reason: 'threshold-reached',
      pendingNano: 1_000_000_000n,
    });
  });
  it('waits below the threshold', () => {
    expect(decidePayout({ ...base, pendingTokens: 100_000n }).reason).toBe('below-threshold'); // 0.1 TON
  });
  it('waits while the fee is too large a share (exactly at the share counts as too large)', () => {
    const cfg = { minClaimNano: 1n, maxFeeShare: 0.05 };
    expect(decidePayout({ ...base, pendingTokens: 200_000n }, cfg).reason).toBe('fee-too-high'); // 0.01/0.2 = 5 %
    expect(decidePayout({ ...base, pendingTokens: 200_001n }, cfg).claim).toBe(true);
  });
  it('claim now ignores threshold and fee share but not an empty claim or a poor node wallet', () => {
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
    expect(decidePayout({ ...base, pendingTokens: -5n }).pendingNano).toBe(0n);
  });
  it('has documented defaults', () => {
    expect(DEFAULT_PAYOUT_POLICY).toEqual({ minClaimNano: 200_000_000n, maxFeeShare: 0.05 });
  });
});

describe('exceedsFeeShare', () => {
  it('refuses at or above the share, in integers', () => {
    expect(exceedsFeeShare(16_200_000n, 5_900_000n, 0.05)).toBe(true); // 0.0162 to collect 0.0059
    expect(exceedsFeeShare(10_000_000n, 200_000_000n, 0.05)).toBe(true); // exactly 5 %
    expect(exceedsFeeShare(10_000_000n, 200_000_001n, 0.05)).toBe(false);
  });
});
