import { Address } from '@ton/core';
import { describe, expect, it } from 'vitest';
import { stateSnapshotSchema } from '../api/state.js';
import type { ClaimCheck } from '../chain/payout/payout-service.js';
import { decidePayout } from '../chain/payout/policy.js';
import { initialState } from './initial-state.js';
import { payoutsStatus, payoutsStatusPatch } from './payouts-status.js';

const nodeWallet = Address.parseRaw(`0:${'11'.repeat(32)}`);
const workerSc = Address.parseRaw(`0:${'22'.repeat(32)}`);

function check(pendingTokens: bigint, balance: bigint, wait: ClaimCheck['wait']): ClaimCheck {
  const decision = decidePayout({
    pendingTokens,
    workerFeePerToken: 100_000n,
    estimatedFeeNano: 20_000_000n,
    attachNano: 500_000_000n,
    nodeWalletBalanceNano: balance,
    claimInFlight: false,
    manual: false,
  });
  return {
    record: null,
    wait,
    detail: `waits: ${wait ?? 'no'}`,
    state: {
      proxySc: workerSc,
      workerSc,
      signedTokens: pendingTokens,
      processedTokens: 0n,
      pendingNano: decision.pendingNano,
      deployed: false,
      nodeWalletBalanceNano: balance,
      feeNano: 20_000_000n,
      feeSource: 'estimated',
      decision,
    },
  };
}

describe('payoutsStatus', () => {
  it('puts a claim that waits for funding first and says what to send', () => {
    const s = payoutsStatus(
      [check(1000n, 100_000_000n, 'below-threshold'), check(9000n, 100_000_000n, 'node-wallet-low')],
      { nodeWallet, balanceNano: 100_000_000n, now: 5 },
    );
    expect(s.nextClaim).toMatchObject({ waiting: 'node-wallet-low', pendingNano: 900_000_000n });
    // attach 0.5 + fee 0.02 + one fee to spare = 0.54 TON; it holds 0.1
    expect(s.nodeWallet).toMatchObject({
      needsFunding: true,
      requiredNano: 540_000_000n,
      shortNano: 440_000_000n,
    });
  });

  it('with nothing waiting for funds there is no funding call, and unclaimable payments still say why', () => {
    const s = payoutsStatus(
      [
        { unclaimable: 'root-params-unknown', detail: 'root not read' },
        check(0n, 10n ** 9n, 'nothing-pending'),
      ],
      { nodeWallet, balanceNano: 10n ** 9n, now: 5 },
    );
    expect(s.nodeWallet).toMatchObject({ needsFunding: false, requiredNano: null, shortNano: null });
    expect(s.nextClaim).toMatchObject({ waiting: 'root-params-unknown', detail: 'root not read' });
  });

  it('patches a snapshot the API contract accepts', () => {
    const status = payoutsStatus([check(9000n, 0n, 'node-wallet-low')], {
      nodeWallet,
      balanceNano: 0n,
      now: 7,
    });
    const st = initialState('test');
    const patched = { ...st, ...payoutsStatusPatch(status, st, (a) => a.toString({ bounceable: false })) };
    const parsed = stateSnapshotSchema.parse(patched);
    expect(parsed.wallet.nodeWallet).toMatchObject({
      needsFunding: true,
      requiredNano: '540000000',
      shortNano: '540000000',
      topUpAddress: nodeWallet.toString({ bounceable: false }),
    });
    expect(parsed.earnings.nextClaim).toMatchObject({
      feeNano: '20000000',
      feeSource: 'estimated',
      thresholdNano: '400000000',
      waiting: 'node-wallet-low',
      checkedAt: 7,
    });
  });
});
