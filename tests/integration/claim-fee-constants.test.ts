// Measures, on the TON emulator with our contracts, what a claim costs beyond the node wallet's own
// transaction (src/chain/payout/claim-fee.ts keeps these as constants for chains that cannot emulate a
// trace). Fails when the contracts or the emulator's fee config change: update the constants then.
import { toNano } from '@ton/core';
import { keyPairFromSeed } from '@ton/crypto';
import { WalletContractV5R1 } from '@ton/ton';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logging/logger.js';
import { SandboxChain } from '../../src/devnet/chain/sandbox-chain.js';
import { NodeWallet } from '../../src/chain/node-wallet.js';
import { memorySecretStore } from '../../src/chain/memory-stores.js';
import { PayoutService } from '../../src/chain/payout/payout-service.js';
import { claimMessage } from '../../src/chain/payout/proxy-payment.js';
import { MemoryClaimStore } from '../../src/chain/payout/claim-store.js';
import { CLAIM_CONTRACT_COST_NANO, contractCosts } from '../../src/chain/payout/claim-fee.js';
import { parseSignedPayment } from '../../src/chain/contracts/signed-payment.js';
import { DevnetChain } from '../../src/devnet/chain/devnet-chain.js';

async function measure(ownerIsNodeWallet: boolean) {
  const chain = await SandboxChain.open({ log: silentLogger });
  const devnet = await DevnetChain.start({ chain, log: silentLogger });
  const wallet = await NodeWallet.open({ chain, secrets: memorySecretStore(), log: silentLogger });
  await chain.fund(wallet.address, toNano('3'));
  const owner = ownerIsNodeWallet
    ? wallet.address
    : WalletContractV5R1.create({ workchain: 0, publicKey: keyPairFromSeed(Buffer.alloc(32, 5)).publicKey })
        .address;
  const payouts = new PayoutService({ chain, wallet, store: new MemoryClaimStore(), log: silentLogger });
  const costs = async (tokens: bigint, deployed: boolean) => {
    const p = devnet.payment(owner, devnet.signPayment(owner, tokens));
    const signed = parseSignedPayment(p.data);
    const msg = claimMessage(p, signed, { deployed, nodeWallet: wallet.address, attachNano: toNano('0.5') });
    const trace = await wallet.emulate([msg]);
    const ids = { nodeWallet: wallet.address, proxySc: p.proxySc, workerSc: p.workerSc, qid: signed.qid };
    return { p, cost: contractCosts(trace, ids) };
  };
  const first = await costs(1000n, false);
  const paid = await payouts.claimNow(first.p, { force: true }); // deploys the worker contract
  expect(paid.status).toBe('paid');
  const later = await costs(2000n, true);
  return { deploying: first.cost, deployed: later.cost };
}

describe('the contracts’ part of a claim fee', () => {
  it('matches the documented constants (a safe upper bound within 3 %)', async () => {
    const toOwner = await measure(false);
    const toNodeWallet = await measure(true);
    console.log(
      'claim contract costs (nano)',
      JSON.stringify({ toOwner, toNodeWallet }, (_k, v: unknown) =>
        typeof v === 'bigint' ? v.toString() : v,
      ),
    );
    const all = [toOwner.deploying, toOwner.deployed, toNodeWallet.deploying, toNodeWallet.deployed];
    const most = all.reduce((a, b) => (b > a ? b : a));
    expect(CLAIM_CONTRACT_COST_NANO).toBeGreaterThanOrEqual(most);
    expect(CLAIM_CONTRACT_COST_NANO).toBeLessThanOrEqual((most * 103n) / 100n);
    // the StateInit rides in the node wallet's own message: the contracts' part does not change with it
    expect(toOwner.deploying - toOwner.deployed).toBeLessThan(1000n);
  });
});
