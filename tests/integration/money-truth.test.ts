// Money that is never wrong, proved from the emulated chain's transactions (the real TON emulator): a node
// earns while its worker contract belongs to the node wallet, the owner links the devnet wallet through
// TON Connect, claims, and sweeps what the node wallet received. Every nanoton shown as paid to the owner
// must have arrived at the owner's address; every fee is what the node wallet actually spent.
import { type Address, type Transaction, toNano } from '@ton/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logging/logger.js';
import { SandboxChain } from '../../src/devnet/chain/sandbox-chain.js';
import { NodeWallet } from '../../src/chain/node-wallet.js';
import { memoryKeyValueStore as kv, memorySecretStore as secrets } from '../../src/chain/memory-stores.js';
import { PayoutService } from '../../src/chain/payout/payout-service.js';
import { Sweeper } from '../../src/chain/payout/sweeper.js';
import { MemoryClaimStore, type ClaimRecord } from '../../src/chain/payout/claim-store.js';
import { PayoutError } from '../../src/chain/payout/payout-error.js';
import { OP_WORKER_PAYOUT } from '../../src/chain/contracts/proxy-contract.js';
import { WalletLinker } from '../../src/chain/wallet-link/wallet-linker.js';
import { DevnetChain, DEVNET_FEE_PER_TOKEN } from '../../src/devnet/chain/devnet-chain.js';
import { BridgeServer } from '../../src/devnet/bridge/bridge-server.js';
import { DevnetWallet } from '../../src/devnet/wallet/devnet-wallet.js';
import { claimView } from '../../src/node/views.js';

/** Σ values that arrived at `at` from `from` after `afterLt` (a payout from the proxy contract needs its op). */
async function arrived(
  chain: SandboxChain,
  at: Address,
  from: Address,
  afterLt: bigint,
  op?: number,
): Promise<bigint> {
  let sum = 0n;
  for (const tx of await chain.transactions(at, 500)) {
    if (tx.lt <= afterLt) break;
    const m = tx.inMessage;
    if (m?.info.type !== 'internal' || !m.info.src.equals(from)) continue;
    if (op !== undefined) {
      const s = m.body.beginParse();
      if (s.remainingBits < 32 || s.loadUint(32) !== op) continue;
    }
    sum += m.info.value.coins;
  }
  return sum;
}

async function lastLt(chain: SandboxChain, a: Address): Promise<bigint> {
  const [tx]: Transaction[] = await chain.transactions(a, 1);
  return tx?.lt ?? 0n;
}

/** Every error here carries a code; the figures travel with it. */
async function payoutError(p: Promise<unknown>): Promise<PayoutError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof PayoutError)) throw new Error(`expected a PayoutError, got ${String(err)}`);
  return err;
}

describe('truthful money on the emulated chain', () => {
  let chain: SandboxChain;
  let devnet: DevnetChain;
  let node: NodeWallet;
  let payouts: PayoutService;
  let sweeper: Sweeper;
  let store: MemoryClaimStore;
  let bridge: BridgeServer;
  let ownerApp: DevnetWallet;
  let linker: WalletLinker;
  let owner: Address;
  let ownerLtAtLink: bigint;
  const paidClaims: ClaimRecord[] = [];

  beforeAll(async () => {
    chain = await SandboxChain.open({ log: silentLogger });
    // One clock for an emulation and the send that follows it: rent is charged per second, so a quote
    // and the transaction it predicts must see the same time to agree to the nanoton.
    chain.blockchain.now = Math.floor(Date.now() / 1000);
    devnet = await DevnetChain.start({ chain, log: silentLogger });
    node = await NodeWallet.open({ chain, secrets: secrets(), log: silentLogger });
    await chain.fund(node.address, toNano('5'));
    store = new MemoryClaimStore();
    payouts = new PayoutService({ chain, wallet: node, store, log: silentLogger });
    sweeper = new Sweeper({ chain, wallet: node, store, log: silentLogger });
    bridge = new BridgeServer({ log: silentLogger });
    await bridge.listen();
    ownerApp = await DevnetWallet.create({
      chain,
      bridge,
      secrets: secrets(),
      log: silentLogger,
      autoApprove: true,
    });
    const entry = {
      appName: 'silkworm-devnet-wallet',
      name: 'Silkworm devnet wallet',
      universalLink: ownerApp.universalLink,
      bridgeUrl: bridge.bridgeUrl,
    };
    linker = new WalletLinker({
      store: kv(),
      log: silentLogger,
      manifestUrl: bridge.manifestUrl,
      wallets: [entry],
      walletsListSource: `${bridge.origin}/wallet/wallets.json`,
    });
    await linker.start();
  });

  afterAll(async () => {
    linker.close();
    await ownerApp.close();
    await bridge.close();
  });

  it('before a link, a claim pays the node wallet, and the row says so with a fee that is not negative', async () => {
    const before = await node.balance();
    const record = await payouts.claimNow(
      devnet.payment(node.address, devnet.signPayment(node.address, 4000n)),
    );
    const after = await node.balance();
    expect(record.status).toBe('paid');
    expect(record.recipientKind).toBe('node-wallet');
    expect(record.recipient).toBe(node.address.toRawString());
    expect(record.receivedNano).toBe(4000n * DEVNET_FEE_PER_TOKEN);
    expect(record.feesNano).toBeGreaterThan(0n);
    // the node wallet's balance moved by exactly what it received minus what it spent
    expect(after - before).toBe(record.receivedNano - record.feesNano);
    paidClaims.push(record);
    const view = claimView(record);
    expect(view.recipientKind).toBe('node-wallet');
    expect((await payouts.totals()).paidToOwnerNano).toBe(0n);
  });

  it('links the devnet wallet; earnings from then on go to the owner’s worker contract and arrive at the owner', async () => {
    const offer = await linker.beginLink();
    const done = linker.waitForLink(10_000);
    await ownerApp.openLink(offer.wallets[0]?.link ?? '');
    expect((await done).status).toBe('linked');
    owner = linker.owner ?? node.address;
    expect(owner.equals(ownerApp.address)).toBe(true);
    ownerLtAtLink = await lastLt(chain, owner);

    const nodeBefore = await node.balance();
    const record = await payouts.claimNow(devnet.payment(owner, devnet.signPayment(owner, 5000n)));
    expect(record.status).toBe('paid');
    expect(record.recipientKind).toBe('owner');
    expect(record.recipient).toBe(owner.toRawString());
    expect(record.receivedNano).toBe(5000n * DEVNET_FEE_PER_TOKEN);
    // the owner paid nothing for it: the node wallet spent exactly the recorded fee
    expect(nodeBefore - (await node.balance())).toBe(record.feesNano);
    expect(record.feesNano).toBeGreaterThan(0n);
    paidClaims.push(record);
  });

  it('refuses a claim whose fee is too large a share, with the figures; the owner may insist and pays the quoted fee', async () => {
    const small = devnet.payment(owner, devnet.signPayment(owner, 5100n)); // 100 tokens = 0.01 TON
    const err = await payoutError(payouts.claimNow(small));
    expect(err.code).toBe('fee-too-high');
    expect(err.figures?.amountNano).toBe(100n * DEVNET_FEE_PER_TOKEN);
    expect(err.figures?.maxFeeShare).toBe(0.05);
    const quotedFee = err.figures?.feeNano ?? -1n;
    expect(quotedFee * 20n).toBeGreaterThanOrEqual(100n * DEVNET_FEE_PER_TOKEN);
    expect(await store.list()).toHaveLength(2); // nothing was sent

    const nodeBefore = await node.balance();
    const forced = await payouts.claimNow(small, { force: true });
    expect(forced.status).toBe('paid');
    expect(forced.feesNano).toBe(quotedFee); // the emulated fee is what it cost
    expect(nodeBefore - (await node.balance())).toBe(forced.feesNano);
    paidClaims.push(forced);
  });

  it('offers to sweep what the node wallet received; the offer’s fee is what the sweep cost', async () => {
    const quote = await sweeper.quote(owner);
    expect(quote.source).toBe('emulated');
    expect(quote.amountNano).toBe(4000n * DEVNET_FEE_PER_TOKEN); // the pre-link payout
    expect(
      (await payoutError(sweeper.sweep(owner, { amountNano: quote.amountNano, feeNano: quote.feeNano - 1n })))
        .code,
    ).toBe('offer-changed');

    const nodeBefore = await node.balance();
    const swept = await sweeper.sweep(owner, { amountNano: quote.amountNano, feeNano: quote.feeNano });
    expect(swept.status).toBe('paid');
    expect(swept.receivedNano).toBe(quote.amountNano);
    expect(swept.feesNano).toBe(quote.feeNano);
    expect(nodeBefore - (await node.balance())).toBe(quote.amountNano + quote.feeNano);
    expect((await payoutError(sweeper.quote(owner))).code).toBe('nothing-to-sweep');
  });

  it('every nanoton shown as paid to the owner arrived at the owner’s address', async () => {
    const totals = await payouts.totals();
    const fromProxy = await arrived(chain, owner, devnet.proxySc, ownerLtAtLink, OP_WORKER_PAYOUT);
    const fromNode = await arrived(chain, owner, node.address, ownerLtAtLink);
    expect(totals.paidToOwnerNano).toBe(fromProxy + fromNode);
    expect(totals.paidToOwnerNano).toBe((5000n + 100n + 4000n) * DEVNET_FEE_PER_TOKEN);
    expect(totals.heldForOwnerNano).toBe(0n);
    // and what went to the node wallet is what the proxy contract sent it
    expect(totals.nodeWalletReceivedNano).toBe(
      await arrived(chain, node.address, devnet.proxySc, 0n, OP_WORKER_PAYOUT),
    );
    const records = await store.list();
    for (const r of records) expect(r.feesNano).toBeGreaterThanOrEqual(0n);
    expect(totals.feesNano).toBe(records.reduce((a, r) => a + r.feesNano, 0n));
    expect(paidClaims.every((c) => records.some((r) => r.id === c.id))).toBe(true);
  });
});
