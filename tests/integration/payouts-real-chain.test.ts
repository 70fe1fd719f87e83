// Payouts as on a real network: the node reaches the chain only through TON's HTTP API (TonClientChain
// against the devnet's emulated chain served on 127.0.0.1), knows the network only by its root contract,
// and cannot emulate a trace there, so every fee is the chain's estimate. Real contracts, real wallets.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Address, toNano } from '@ton/core';
import { keyPairFromSeed } from '@ton/crypto';
import { WalletContractV5R1 } from '@ton/ton';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logging/logger.js';
import { SandboxChain } from '../../src/devnet/chain/sandbox-chain.js';
import { TonClientChain } from '../../src/chain/ton-client-chain.js';
import { NodeWallet } from '../../src/chain/node-wallet.js';
import { memorySecretStore } from '../../src/chain/memory-stores.js';
import { PayoutService } from '../../src/chain/payout/payout-service.js';
import { MemoryClaimStore, type ClaimRecord } from '../../src/chain/payout/claim-store.js';
import { claimThreshold } from '../../src/chain/payout/policy.js';
import { parseRootData, type RootParams } from '../../src/chain/contracts/root-config.js';
import { EarningsLedger } from '../../src/earnings/ledger.js';
import { Payouts } from '../../src/node/payouts.js';
import { DevnetChain, DEVNET_FEE_PER_TOKEN } from '../../src/devnet/chain/devnet-chain.js';
import { TonApiServer } from '../../src/devnet/ton-api/index.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function world(o: { nodeWalletFunds: bigint; share?: number; ownerSeed?: number }) {
  const dir = await mkdtemp(path.join(tmpdir(), 'silkworm-payouts-'));
  const sandbox = await SandboxChain.open({ log: silentLogger });
  const devnet = await DevnetChain.start({ chain: sandbox, log: silentLogger });
  const api = await TonApiServer.start({ chain: sandbox, log: silentLogger });
  const chain = new TonClientChain({
    network: 'devnet',
    endpoints: [api.url],
    log: silentLogger,
    pollMs: 100,
  });
  cleanups.push(async () => {
    await chain.close();
    await api.close();
    await rm(dir, { recursive: true, force: true });
  });
  // all the node knows of the network: its root contract, read through the HTTP API
  const rootData = (await chain.getAccount(devnet.rootSc)).data;
  if (!rootData) throw new Error('no root contract data');
  let params: RootParams | null = parseRootData(rootData).params;
  // the owner's wallet was never used: an address with nothing deployed, so receiving costs it nothing
  const owner = WalletContractV5R1.create({
    workchain: 0,
    publicKey: keyPairFromSeed(Buffer.alloc(32, o.ownerSeed ?? 7)).publicKey,
  }).address;
  const wallet = await NodeWallet.open({
    chain,
    secrets: memorySecretStore(),
    log: silentLogger,
    timeoutMs: 30_000,
  });
  if (o.nodeWalletFunds > 0n) await sandbox.fund(wallet.address, o.nodeWalletFunds);
  const service = new PayoutService({ chain, wallet, store: new MemoryClaimStore(), log: silentLogger });
  const ledger = await EarningsLedger.open({ dir: path.join(dir, 'earnings'), log: silentLogger });
  const claims: ClaimRecord[] = [];
  let share = o.share ?? 0.05;
  let linked: Address = owner;
  const payouts = new Payouts({
    ledger,
    money: { payouts: service, nodeWallet: wallet, owner: () => linked },
    log: silentLogger,
    onClaim: (c) => claims.push(c),
    maxFeeShare: () => share,
    rootParams: () => params,
  });
  /** A payment for `to`'s worker contract; `announced`: the owner the connection named (as a worker does). */
  const sign = (tokens: bigint, to: Address = owner, announced?: Address) =>
    ledger.payments.accept({
      proxySc: devnet.proxySc,
      workerSc: devnet.workerSc(to),
      proxyPublicKey: devnet.proxyKeys.publicKey,
      boc: devnet.signPayment(to, tokens),
      dbTokens: tokens,
      maxTokens: tokens,
      ...(announced ? { owner: announced } : {}),
    });
  return {
    sandbox,
    chain,
    devnet,
    owner,
    wallet,
    ledger,
    payouts,
    claims,
    sign,
    setShare: (s: number) => (share = s),
    link: (a: Address) => (linked = a),
    setParams: (p: RootParams | null) => (params = p),
    rootParams: () => params,
  };
}

describe('payouts on a chain reached like a real network', () => {
  it('the first claim deploys the derived worker contract; the owner receives exactly the claimed amount', async () => {
    const w = await world({ nodeWalletFunds: toNano('3') });
    const workerSc = w.devnet.workerSc(w.owner);
    expect((await w.chain.getAccount(workerSc)).status).not.toBe('active');
    await w.sign(5000n); // 0.5 TON
    const ownerBefore = await w.chain.getBalance(w.owner);
    const nodeBefore = await w.wallet.balance();
    await w.payouts.tick();

    expect(w.claims).toHaveLength(1);
    const claim = w.claims[0]!;
    const amount = 5000n * DEVNET_FEE_PER_TOKEN;
    expect(claim).toMatchObject({
      status: 'paid',
      amountNano: amount,
      receivedNano: amount,
      recipientKind: 'owner',
    });
    const deployed = await w.chain.getAccount(workerSc);
    expect(deployed.status).toBe('active');
    const code = (await w.sandbox.blockchain.getContract(workerSc)).accountState;
    expect(
      code?.type === 'active' && code.state.code?.hash().equals(w.rootParams()!.workerCode!.hash()),
    ).toBe(true);
    // the owner's balance grows by exactly the claim; the node wallet pays the whole fee, as recorded
    expect((await w.chain.getBalance(w.owner)) - ownerBefore).toBe(amount);
    expect(nodeBefore - (await w.wallet.balance())).toBe(claim.feesNano);
    // the fee was the chain's estimate (the HTTP API cannot emulate a trace), and it did not fall short
    const status = w.payouts.status();
    expect(status?.nextClaim).toMatchObject({ waiting: null, feeSource: 'estimated' });
    const quoted = status!.nextClaim!.feeNano;
    console.log('first claim fee: quoted', quoted, 'paid', claim.feesNano);
    expect(quoted).toBeGreaterThanOrEqual(claim.feesNano);
    expect(quoted - claim.feesNano).toBeLessThan(toNano('0.001'));
    expect(claim.feesNano).toBeGreaterThan(toNano('0.005')); // Cocoon's ~0.01 TON per operation
    expect(claim.feesNano).toBeLessThan(toNano('0.03'));
  });

  it('an underfunded node wallet waits for funding and loses nothing; funded, the claim goes through', async () => {
    const w = await world({ nodeWalletFunds: 0n, ownerSeed: 8 });
    await w.sign(5000n);
    await w.payouts.tick();
    expect(w.claims).toHaveLength(0);
    const waiting = w.payouts.status()!;
    expect(waiting.nextClaim?.waiting).toBe('node-wallet-low');
    expect(waiting.nodeWallet.needsFunding).toBe(true);
    expect(waiting.nodeWallet.requiredNano).toBeGreaterThan(toNano('0.5')); // the attached value + fee
    expect(waiting.nodeWallet.shortNano).toBe(waiting.nodeWallet.requiredNano); // it holds nothing
    expect(waiting.nodeWallet.address.equals(w.wallet.address)).toBe(true);
    // "claim now" says the same, with the figures, and sends nothing
    const now = await w.payouts.claimNow();
    expect(now.claims).toHaveLength(0);
    expect(now.refused).toMatchObject([
      { reason: 'needs-funding', requiredNano: waiting.nodeWallet.requiredNano },
    ]);
    expect(now.refused[0]!.message).toMatch(/top it up/);
    expect((await w.chain.getAccount(w.devnet.workerSc(w.owner))).status).not.toBe('active');
    expect(w.ledger.payments.all()).toHaveLength(1);

    // exactly the shortfall arrives at the top-up address (non-bounceable: the wallet is not deployed yet)
    await w.sandbox.fund(w.wallet.address, waiting.nodeWallet.shortNano!);
    await w.payouts.tick();
    expect(w.claims.map((c) => c.status)).toEqual(['paid']);
    expect(w.claims[0]!.amountNano).toBe(5000n * DEVNET_FEE_PER_TOKEN);
    expect(await w.chain.getBalance(w.owner)).toBe(5000n * DEVNET_FEE_PER_TOKEN);
    const after = w.payouts.status()!;
    expect(after.nodeWallet).toMatchObject({ needsFunding: false, requiredNano: null, shortNano: null });
  });

  it('the threshold follows the fee the chain quotes, and the owner’s share', async () => {
    const w = await world({ nodeWalletFunds: toNano('3'), ownerSeed: 9 });
    await w.sign(1000n); // 0.1 TON: well under 0.01 TON / 5 %
    await w.payouts.tick();
    const s = w.payouts.status()!.nextClaim!;
    expect(s).toMatchObject({
      waiting: 'below-threshold',
      feeSource: 'estimated',
      pendingNano: toNano('0.1'),
    });
    expect(s.thresholdNano).toBe(claimThreshold(s.feeNano, 0.05));
    const tokensAt = (s.thresholdNano + DEVNET_FEE_PER_TOKEN - 1n) / DEVNET_FEE_PER_TOKEN;
    // one token short of the threshold still waits; at the threshold it claims
    await w.sign(tokensAt - 1n);
    await w.payouts.tick();
    expect(w.claims).toHaveLength(0);
    expect(w.payouts.status()?.nextClaim?.waiting).toBe('below-threshold');
    await w.sign(tokensAt);
    await w.payouts.tick();
    expect(w.claims.map((c) => c.status)).toEqual(['paid']);
    // a larger share lets a smaller amount go, without a new payment
    await w.sign(tokensAt + 1000n); // 0.1 TON more
    await w.payouts.tick();
    expect(w.claims).toHaveLength(1);
    w.setShare(0.5);
    await w.payouts.tick();
    expect(w.claims).toHaveLength(2);
    expect(w.claims[1]!.amountNano).toBe(1000n * DEVNET_FEE_PER_TOKEN);
    console.log('claim fees (nano): first', w.claims[0]!.feesNano, 'second', w.claims[1]!.feesNano);
  });

  it('waits, sending nothing, while the root config is unknown or the worker contract is not ours', async () => {
    const w = await world({ nodeWalletFunds: toNano('3'), ownerSeed: 10 });
    const stranger = WalletContractV5R1.create({
      workchain: 0,
      publicKey: keyPairFromSeed(Buffer.alloc(32, 11)).publicKey,
    }).address;
    const params = w.rootParams();
    w.setParams(null);
    await w.sign(5000n);
    await w.payouts.tick();
    expect(w.payouts.status()?.nextClaim).toMatchObject({ waiting: 'root-params-unknown' });
    expect((await w.payouts.claimNow()).refused).toMatchObject([{ reason: 'not-claimable' }]);
    w.setParams(params);
    await w.sign(5000n, stranger); // signed for another owner's worker contract
    const nodeBefore = await w.wallet.balance();
    await w.payouts.tick();
    expect(w.claims.map((c) => c.workerSc)).toEqual([w.devnet.workerSc(w.owner).toRawString()]);
    const mismatch = w.payouts.payment(w.ledger.payments.get(w.devnet.workerSc(stranger))!);
    expect(mismatch).toMatchObject({ unclaimable: 'worker-contract-mismatch' });
    expect((await w.chain.getAccount(w.devnet.workerSc(stranger))).status).not.toBe('active');
    expect(nodeBefore - (await w.wallet.balance())).toBe(w.claims[0]!.feesNano);
  });

  it('keeps what was earned under an earlier wallet for that wallet: not claimed until it is linked again', async () => {
    const w = await world({ nodeWalletFunds: toNano('3'), ownerSeed: 12 });
    const next = WalletContractV5R1.create({
      workchain: 0,
      publicKey: keyPairFromSeed(Buffer.alloc(32, 13)).publicKey,
    }).address;
    await w.sign(5000n, w.owner, w.owner); // earned while the first wallet was linked
    w.link(next); // the owner links another wallet
    const record = w.ledger.payments.get(w.devnet.workerSc(w.owner))!;
    expect(record.owner).toBe(w.owner.toRawString());
    await w.payouts.tick();
    expect(w.claims).toHaveLength(0);
    expect(w.payouts.payment(record)).toMatchObject({ unclaimable: 'earlier-wallet' });
    expect(w.payouts.status()?.nextClaim).toMatchObject({ waiting: 'earlier-wallet' });
    expect((await w.chain.getAccount(w.devnet.workerSc(w.owner))).status).not.toBe('active');
    w.link(w.owner); // linked again: claimed, to that wallet
    const before = await w.chain.getBalance(w.owner);
    await w.payouts.tick();
    expect(w.claims).toHaveLength(1);
    expect(w.claims[0]).toMatchObject({
      status: 'paid',
      recipientKind: 'owner',
      recipient: w.owner.toRawString(),
    });
    expect((await w.chain.getBalance(w.owner)) - before).toBe(5000n * DEVNET_FEE_PER_TOKEN);
  });
});
