// The embedded default end to end, in one process: the node serves the devnet with the real sandboxed
// engine; client requests earn signed payments kept in the durable ledger; the owner links the devnet
// wallet through TON Connect (real bridge, real ton_proof); "claim now" pays the owner on the emulated
// chain exactly what was earned.
import { silentLogger } from '../../src/logging/logger.js';
import { startLocalNetwork, type LocalNetwork } from '../../src/devnet/network/local-network.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Address } from '@ton/core';
import { createNode, type SilkwormNode } from '../../src/node/node.js';
import { JsonFileBackend } from '../../src/settings/settings-backend.js';
import { defaultSettings, type StateSnapshot } from '../../src/api/index.js';
import { devnetPayoutFigures } from '../../src/devnet/chain/payout-figures.js';

let dir: string;
let node: SilkwormNode;
let local: LocalNetwork;

async function call<T>(command: string, payload: object = {}): Promise<T> {
  const r = await node.dispatch(command, payload);
  if (!r.ok) throw new Error(`${command}: ${r.error.message}`);
  return r.value as T;
}

async function until(check: (s: StateSnapshot) => boolean, timeoutMs = 30_000): Promise<StateSnapshot> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const s = await call<StateSnapshot>('state:get');
    if (check(s)) return s;
    if (Date.now() > deadline)
      throw new Error(`state never matched: ${JSON.stringify(s.worker)} ${JSON.stringify(s.earnings)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function complete(url: string, i: number): Promise<void> {
  const res = await fetch(`${url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      model: 'silkworm-tiny',
      messages: [{ role: 'user', content: `hello ${i}` }],
      max_tokens: 12,
      stream: i % 2 === 0,
    }),
  });
  expect(res.status).toBe(200);
  await res.text();
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'sw-node-'));
  const base = defaultSettings();
  await writeFile(
    path.join(dir, 'settings.json'),
    JSON.stringify({
      ...base,
      availability: { ...base.availability, pauseForGames: false, gpuBusyThresholdMb: null },
      network: { ...base.network, devnetRequestsPerMinute: 0 },
    }),
  );
  node = await createNode({
    version: 'test',
    dataDir: dir,
    // The embedded default's resolver, keeping the local network at hand for its wallet app.
    resolveNetwork: async () => {
      local = await startLocalNetwork({ dir: path.join(dir, 'devnet'), log: silentLogger });
      return local;
    },
    settingsBackend: new JsonFileBackend(path.join(dir, 'settings.json')),
    detectHardware: () => Promise.reject(new Error('not needed')),
  });
  await node.start();
}, 60_000);

afterAll(async () => {
  await node.stop();
  await rm(dir, { recursive: true, force: true, maxRetries: 5 });
});

describe('the embedded default', () => {
  it('serves devnet clients and books every request as a signed, durable earning', async () => {
    const ready = await until(
      (s) => s.network.proxies.some((p) => p.status === 'ready') && s.network.clientUrl !== null,
    );
    const url = ready.network.clientUrl ?? '';
    for (let i = 0; i < 4; i++) await complete(url, i);
    // The proxy signs each request's payment just after its answer: wait until every served request is signed.
    const s = await until(
      (st) =>
        st.earnings.requestsServed >= 4 &&
        st.earnings.pendingNano !== '0' &&
        st.earnings.pendingNano === st.earnings.totalNano,
    );
    expect(BigInt(s.earnings.totalNano)).toBeGreaterThan(0n);
    const view = await call<{ receipts: unknown[]; pendingNano: string }>('earnings:get', {
      bucket: 'hour',
      span: 3,
    });
    expect(view.receipts).toHaveLength(4);
    expect(view.pendingNano).toBe(s.earnings.totalNano); // all of it signed, none claimed yet
  });

  it('links the devnet wallet in one click and pays the owner exactly the claimed amount', async () => {
    const offer = await call<{ wallets: Array<{ appName: string; link: string }> }>('wallet:link');
    const devnetLink = offer.wallets.find((w) => w.appName === 'silkworm-devnet-wallet');
    expect(devnetLink).toBeDefined();
    const wallet = local.wallet;
    const pending = await wallet.openLink(devnetLink!.link);
    await wallet.approve(pending.id);
    const linked = await until((s) => s.wallet.linked);
    const owner = Address.parse(linked.wallet.address!);
    expect(owner.equals(wallet.address)).toBe(true);

    // The sessions reconnect under the new owner; new earnings belong to the linked wallet.
    await until((s) => s.network.proxies.some((p) => p.status === 'ready'));
    const url = linked.network.clientUrl ?? '';
    const chain = node.money.chain;
    const balanceBefore = await chain.getBalance(owner);
    const ltBefore = (await chain.transactions(owner, 1))[0]?.lt;
    for (let i = 0; i < 3; i++) await complete(url, 10 + i);
    // Every served token signed for (a payment lands just after its response): the claim then covers all 7.
    await until((s) => s.earnings.requestsServed >= 7 && s.earnings.pendingNano === s.earnings.totalNano);
    // A few requests earn less than 20× a claim's fee: the owner insists (without force it is refused with the figures).
    const refused = await call<{
      claims: unknown[];
      refused: Array<{ reason: string; feeNano: string; amountNano: string }>;
    }>('earnings:claim');
    expect(refused.claims).toHaveLength(0);
    expect(refused.refused[0]?.reason).toBe('fee-too-high');
    const claimed = await call<{
      claims: Array<{ status: string; amountNano: string; txHash: string | null }>;
    }>('earnings:claim', { force: true });
    const paid = claimed.claims.filter((c) => c.status === 'paid');
    expect(paid.length).toBeGreaterThanOrEqual(1);
    expect(paid.every((c) => c.txHash !== null)).toBe(true);
    const figures = await devnetPayoutFigures({
      chain,
      payouts: node.money.payouts,
      owner,
      ownerBalanceAtStart: balanceBefore,
      proxySc: local.devnet.proxySc,
      ...(ltBefore !== undefined ? { ownerLtAtStart: ltBefore } : {}),
    });
    const toOwner = paid.map((c) => BigInt(c.amountNano)).filter((a) => a > 0n);
    // What reached the linked owner equals what the claims say it was paid, to the nanoton; the balance
    // moved by that minus the receive fees the owner's own wallet contract paid.
    const ownerClaim = toOwner.at(-1) ?? 0n;
    expect(BigInt(figures.owner_received_nano)).toBe(ownerClaim);
    expect(BigInt(figures.owner_balance_delta_nano) + BigInt(figures.owner_fees_nano)).toBe(ownerClaim);
    const after = await until((s) => s.earnings.claimedNano !== '0');
    expect(BigInt(after.earnings.claimedNano)).toBeGreaterThanOrEqual(ownerClaim);
  });

  it('says clearly when there is nothing left to claim', async () => {
    const r = await node.dispatch('earnings:claim', {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/Nothing to claim/);
  });
});
