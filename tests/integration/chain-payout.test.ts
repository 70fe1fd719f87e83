// End to end on the emulator: the devnet proxy signs cumulative payments, the worker's PayoutService
// claims them from the node wallet, the contracts pay the owner's V5R1 wallet.
import { toNano } from '@ton/core';
import { keyPairFromSeed } from '@ton/crypto';
import { WalletContractV5R1 } from '@ton/ton';
import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logging/logger.js';
import { SandboxChain } from '../../src/devnet/chain/sandbox-chain.js';
import { NodeWallet } from '../../src/chain/node-wallet.js';
import { memorySecretStore as secrets } from '../../src/chain/memory-stores.js';
import { PayoutService } from '../../src/chain/payout/payout-service.js';
import { MemoryClaimStore } from '../../src/chain/payout/claim-store.js';
import { PayoutError } from '../../src/chain/payout/payout-error.js';
import { BadPaymentError } from '../../src/chain/errors.js';
import { DevnetChain, DEVNET_FEE_PER_TOKEN } from '../../src/devnet/chain/devnet-chain.js';
import { devnetPayoutFigures } from '../../src/devnet/chain/payout-figures.js';

async function world(clientFunds = toNano('1000')) {
  const chain = await SandboxChain.open({ log: silentLogger });
  const devnet = await DevnetChain.start({ chain, log: silentLogger, clientFundsNano: clientFunds });
  // the owner's linked wallet: a deployed V5R1 wallet, as the devnet wallet is
  const ownerWallet = WalletContractV5R1.create({
    workchain: 0,
    publicKey: keyPairFromSeed(Buffer.alloc(32, 3)).publicKey,
  });
  await chain.fund(ownerWallet.address, toNano('1'), { init: ownerWallet.init });
  const owner = ownerWallet.address;
  const wallet = await NodeWallet.open({ chain, secrets: secrets(), log: silentLogger });
  await chain.fund(wallet.address, toNano('3'));
  const store = new MemoryClaimStore();
  const payouts = new PayoutService({ chain, wallet, store, log: silentLogger });
  return { chain, devnet, owner, wallet, payouts, store };
}

describe('payouts on the emulated chain', () => {
  let w: Awaited<ReturnType<typeof world>>;
  beforeAll(async () => {
    w = await world();
  });

  it('waits below the threshold, then claims: the owner receives exactly the claimed amount', async () => {
    const start = await w.chain.getBalance(w.owner);
    const [startTx] = await w.chain.transactions(w.owner, 1);
    // 1000 tokens × 0.0001 TON = 0.1 TON: its emulated fee (~0.02 TON) is more than 5 % of it
    expect(
      await w.payouts.maybeClaim(w.devnet.payment(w.owner, w.devnet.signPayment(w.owner, 1000n))),
    ).toBeNull();
    // 4000 tokens = 0.4 TON: claimed (and the worker contract deployed with the first claim)
    const first = await w.payouts.maybeClaim(w.devnet.payment(w.owner, w.devnet.signPayment(w.owner, 4000n)));
    expect(first?.status).toBe('paid');
    expect(first?.amountNano).toBe(4000n * DEVNET_FEE_PER_TOKEN);
    expect(first?.recipient).toBe(w.owner.toRawString());
    expect(first?.receivedNano).toBe(first?.amountNano);
    expect(first?.txHash).toMatch(/^[0-9a-f]{64}$/);
    // "claim now" for a small increment: its fee is more than 5 % of 0.05 TON, so the owner must insist
    const small = w.devnet.payment(w.owner, w.devnet.signPayment(w.owner, 4500n));
    await expect(w.payouts.claimNow(small)).rejects.toMatchObject({ code: 'fee-too-high' });
    const second = await w.payouts.claimNow(small, { force: true });
    expect(second.amountNano).toBe(500n * DEVNET_FEE_PER_TOKEN);

    const figures = await devnetPayoutFigures({
      chain: w.chain,
      payouts: w.payouts,
      owner: w.owner,
      ownerBalanceAtStart: start,
      proxySc: w.devnet.proxySc,
      ownerLtAtStart: startTx?.lt,
    });
    console.log('devnet payout figures', JSON.stringify(figures));
    expect(figures.claims).toBe(2);
    expect(figures.claimed_nano).toBe((4500n * DEVNET_FEE_PER_TOKEN).toString());
    expect(figures.owner_received_nano).toBe(figures.claimed_nano);
    expect(BigInt(figures.owner_balance_delta_nano) + BigInt(figures.owner_fees_nano)).toBe(
      BigInt(figures.claimed_nano),
    );
    expect(BigInt(figures.fees_nano)).toBeGreaterThan(0n);
    expect(BigInt(figures.fees_nano)).toBeLessThan(toNano('0.1'));
  });

  it('refuses claim now when nothing new is signed', async () => {
    const again = w.devnet.payment(w.owner, w.devnet.signPayment(w.owner, 4500n));
    const err: unknown = await w.payouts.claimNow(again).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PayoutError);
    expect(err).toMatchObject({ code: 'nothing-pending' });
  });

  it('rejects a payment signed by another key before sending anything', async () => {
    const other = await DevnetChain.start({
      chain: w.chain,
      log: silentLogger,
      proxySeed: Buffer.alloc(32, 1),
    });
    const forged = w.devnet.payment(w.owner, other.signPayment(w.owner, 9000n));
    const err: unknown = await w.payouts.claimNow(forged).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BadPaymentError);
    expect(err).toMatchObject({ reason: 'wrong-worker' });
  });
});

describe('a proxy contract without funds', () => {
  it('records a refused claim; the tokens stay claimable and are paid after a top-up', async () => {
    const w = await world(toNano('0.1'));
    const data = w.devnet.signPayment(w.owner, 5000n); // 0.5 TON, more than the contract holds
    const refused = await w.payouts.claimNow(w.devnet.payment(w.owner, data));
    expect(refused.status).toBe('refused');
    expect(refused.amountNano).toBe(0n);
    expect(await w.payouts.processedTokens(w.devnet.workerSc(w.owner))).toBe(0n);
    await w.devnet.topUpProxy(toNano('10'));
    const paid = await w.payouts.claimNow(w.devnet.payment(w.owner, data));
    expect(paid.status).toBe('paid');
    expect(paid.amountNano).toBe(5000n * DEVNET_FEE_PER_TOKEN);
  });
});
