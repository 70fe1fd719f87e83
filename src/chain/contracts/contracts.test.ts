import { Blockchain, type SandboxContract, type TreasuryContract } from '@ton/sandbox';
import { type Address, beginCell, type Cell, toNano } from '@ton/core';
import { keyPairFromSeed } from '@ton/crypto';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { compileContracts } from './compile.js';
import { defaultRootParams, type RootParams } from './root-config.js';
import { proxyStateInit, clientTopUpBody, proxyAddress, OP_WORKER_PAYOUT } from './proxy-contract.js';
import { workerAddress, workerStateInit, parseWorkerData } from './worker-contract.js';
import { signPayment, parseSignedPayment, repackPayment } from './signed-payment.js';

const proxyKeys = keyPairFromSeed(Buffer.alloc(32, 7));
const otherKeys = keyPairFromSeed(Buffer.alloc(32, 9));
const FEE = 3n; // nanotons per token

interface Setup {
  chain: Blockchain;
  node: SandboxContract<TreasuryContract>; // the node wallet submitting claims
  owner: SandboxContract<TreasuryContract>;
  proxy: Address;
  worker: Address;
  params: RootParams;
}

let code: { worker: Cell; proxy: Cell };
beforeAll(async () => {
  code = await compileContracts();
});

async function setup(funds = toNano('10'), proxyOverride?: Address): Promise<Setup> {
  const chain = await Blockchain.create();
  const [node, owner, client, root] = await Promise.all(
    ['node', 'owner', 'client', 'root'].map((s) => chain.treasury(s)),
  );
  if (!node || !owner || !client || !root) throw new Error('treasuries');
  const params = defaultRootParams({ workerFeePerToken: FEE, workerCode: code.worker });
  const pinit = { owner: root.address, proxyPublicKey: proxyKeys.publicKey, root: root.address, params };
  const proxy = proxyAddress(code.proxy, pinit);
  await client.send({
    to: proxy,
    value: funds,
    init: proxyStateInit(code.proxy, pinit),
    body: clientTopUpBody(),
    bounce: false,
  });
  const winit = {
    owner: owner.address,
    proxySc: proxyOverride ?? proxy,
    proxyPublicKey: proxyKeys.publicKey,
    params,
  };
  const worker = workerAddress(code.worker, winit);
  await node.send({
    to: worker,
    value: toNano('0.05'),
    init: workerStateInit(code.worker, winit),
    bounce: false,
  });
  return { chain, node, owner, proxy, worker, params };
}

function payment(
  s: Setup,
  tokens: bigint,
  opts: { key?: Buffer; worker?: Address; qid?: bigint } = {},
): Cell {
  const signed = signPayment({
    qid: opts.qid ?? 1n,
    tokens,
    workerSc: opts.worker ?? s.worker,
    returnExcessesTo: s.proxy, // as the proxy sends it; the worker repacks with its own wallet
    secretKey: opts.key ?? proxyKeys.secretKey,
  });
  return repackPayment(parseSignedPayment(signed), s.node.address);
}

async function claim(s: Setup, body: Cell, value = toNano('0.5')) {
  return s.node.send({ to: s.worker, value, body, bounce: true });
}

async function tokensProcessed(s: Setup): Promise<bigint> {
  const r = await s.chain.runGetMethod(s.worker, 'get_tokens_processed');
  return r.stackReader.readBigNumber();
}

function exitCodeAt(r: Awaited<ReturnType<typeof claim>>, at: Address): number | undefined {
  const tx = r.transactions.find(
    (t) => t.inMessage?.info.dest instanceof Object && (t.inMessage.info.dest as Address).equals?.(at),
  );
  if (!tx || tx.description.type !== 'generic' || tx.description.computePhase.type !== 'vm') return undefined;
  return tx.description.computePhase.exitCode;
}

function paidToOwner(s: Setup, r: Awaited<ReturnType<typeof claim>>): bigint {
  let sum = 0n;
  for (const t of r.transactions) {
    const m = t.inMessage;
    if (m?.info.type !== 'internal' || !m.info.dest.equals(s.owner.address)) continue;
    expect(m.body.beginParse().loadUint(32)).toBe(OP_WORKER_PAYOUT);
    sum += m.info.value.coins;
  }
  return sum;
}

describe('worker + proxy contracts', () => {
  let s: Setup;
  beforeEach(async () => {
    s = await setup();
  });

  it('pays the owner exactly Δtokens × worker_fee_per_token, cumulatively', async () => {
    const before = await s.owner.getBalance();
    const r1 = await claim(s, payment(s, 1000n, { qid: 1n }));
    expect(paidToOwner(s, r1)).toBe(1000n * FEE);
    expect(await tokensProcessed(s)).toBe(1000n);
    const r2 = await claim(s, payment(s, 1500n, { qid: 2n }));
    expect(paidToOwner(s, r2)).toBe(500n * FEE);
    // the owner's account pays its own storage rent and receive fees, as on any TON account
    const ownerFees = [...r1.transactions, ...r2.transactions]
      .filter(
        (t) =>
          t.inMessage?.info.dest instanceof Object &&
          (t.inMessage.info.dest as Address).equals(s.owner.address),
      )
      .reduce((sum, t) => sum + t.totalFees.coins, 0n);
    expect((await s.owner.getBalance()) - before + ownerFees).toBe(1500n * FEE);
    expect(await tokensProcessed(s)).toBe(1500n);
  });

  it('returns the unused value to return_excesses_to (the node wallet), not to the owner', async () => {
    const before = await s.node.getBalance();
    await claim(s, payment(s, 10n));
    const spent = before - (await s.node.getBalance());
    expect(spent).toBeGreaterThan(0n);
    expect(spent).toBeLessThan(toNano('0.05')); // 0.5 TON attached, almost all of it came back
  });

  it('refuses a replay of the same signed payment', async () => {
    const msg = payment(s, 1000n);
    await claim(s, msg);
    const before = await s.owner.getBalance();
    const r = await claim(s, msg);
    expect(exitCodeAt(r, s.worker)).toBe(2504);
    expect(paidToOwner(s, r)).toBe(0n);
    expect(await s.owner.getBalance()).toBe(before);
  });

  it('refuses lower or equal tokens', async () => {
    await claim(s, payment(s, 1000n, { qid: 5n }));
    expect(exitCodeAt(await claim(s, payment(s, 1000n, { qid: 6n })), s.worker)).toBe(2504);
    expect(exitCodeAt(await claim(s, payment(s, 999n, { qid: 7n })), s.worker)).toBe(2504);
    expect(await tokensProcessed(s)).toBe(1000n);
  });

  it('refuses a payment signed with another key', async () => {
    const r = await claim(s, payment(s, 1000n, { key: otherKeys.secretKey }));
    expect(exitCodeAt(r, s.worker)).toBe(2506);
    expect(await tokensProcessed(s)).toBe(0n);
  });

  it('refuses a payment for another worker contract', async () => {
    const r = await claim(s, payment(s, 1000n, { worker: s.owner.address }));
    expect(exitCodeAt(r, s.worker)).toBe(2505);
    expect(paidToOwner(s, r)).toBe(0n);
  });

  it('bounces a refused claim back to the node wallet, which keeps its value minus fees', async () => {
    const before = await s.node.getBalance();
    const r = await claim(s, payment(s, 1000n, { key: otherKeys.secretKey }));
    const bounced = r.transactions.some(
      (t) => t.inMessage?.info.type === 'internal' && t.inMessage.info.bounced,
    );
    expect(bounced).toBe(true);
    expect(before - (await s.node.getBalance())).toBeLessThan(toNano('0.05'));
  });

  it('refuses a tampered payload (tokens raised after signing)', async () => {
    const signed = parseSignedPayment(payment(s, 10n));
    const forged = beginCell()
      .storeUint(0xa040ad28, 32)
      .storeUint(signed.qid, 64)
      .storeUint(10_000n, 64)
      .storeAddress(s.worker)
      .endCell();
    const r = await claim(s, repackPayment({ ...signed, payload: forged }, s.node.address));
    expect(exitCodeAt(r, s.worker)).toBe(2506);
  });

  it('rejects a payout request that does not come from a worker contract of this proxy', async () => {
    const body = beginCell()
      .storeUint(0x08e7d036, 32)
      .storeUint(1, 64)
      .storeUint(10n ** 9n, 64)
      .storeUint(10n ** 9n, 64)
      .storeAddress(s.node.address)
      .storeAddress(s.node.address)
      .endCell();
    const r = await s.node.send({ to: s.proxy, value: toNano('0.5'), body, bounce: true });
    expect(exitCodeAt(r, s.proxy)).toBe(2509);
  });
});

describe('proxy contract without enough funds', () => {
  it('refuses, rolls tokens back, returns the excess, and pays once funded', async () => {
    const s = await setup(toNano('0.1')); // 0.05 is kept as reserve
    const nodeBefore = await s.node.getBalance();
    const msg = payment(s, toNano('1') / FEE); // 1 TON worth
    const r = await claim(s, msg);
    expect(paidToOwner(s, r)).toBe(0n);
    expect(await tokensProcessed(s)).toBe(0n);
    expect(nodeBefore - (await s.node.getBalance())).toBeLessThan(toNano('0.05'));
    await s.node.send({ to: s.proxy, value: toNano('2'), body: clientTopUpBody(), bounce: true });
    const r2 = await claim(s, msg);
    expect(paidToOwner(s, r2)).toBe((toNano('1') / FEE) * FEE);
    expect(await tokensProcessed(s)).toBe(toNano('1') / FEE);
  });
});

describe('bounced payout request', () => {
  it('rolls back when the proxy contract is not there, so the claim can be retried', async () => {
    const missing = (await Blockchain.create().then((c) => c.treasury('nobody'))).address; // never deployed here
    const s = await setup(toNano('1'), missing);
    const r = await claim(s, payment(s, 100n));
    expect(
      r.transactions.some((t) => t.inMessage?.info.type === 'internal' && t.inMessage.info.bounced),
    ).toBe(true);
    expect(await tokensProcessed(s)).toBe(0n);
  });
});

describe('worker contract data', () => {
  it('reads as the C++ worker reads it (owner, proxy, key, state, tokens)', async () => {
    const s = await setup();
    await claim(s, payment(s, 42n));
    const acc = await s.chain.getContract(s.worker);
    if (acc.accountState?.type !== 'active') throw new Error('worker not active');
    const data = parseWorkerData(acc.accountState.state.data ?? beginCell().endCell());
    expect(data.owner.equals(s.owner.address)).toBe(true);
    expect(data.proxySc.equals(s.proxy)).toBe(true);
    expect(data.proxyPublicKey.equals(proxyKeys.publicKey)).toBe(true);
    expect(data.state).toBe('open');
    expect(data.tokensProcessed).toBe(42n);
    const viaProxy = await s.chain.runGetMethod(s.proxy, 'get_worker_address', [
      { type: 'slice', cell: beginCell().storeAddress(s.owner.address).endCell() },
    ]);
    expect(viaProxy.stackReader.readAddress().equals(s.worker)).toBe(true);
  });
});
