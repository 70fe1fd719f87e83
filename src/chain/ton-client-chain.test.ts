import { createServer } from 'node:net';
import { Address, beginCell, internal, SendMode, storeMessage, toNano } from '@ton/core';
import { keyPairFromSeed } from '@ton/crypto';
import { WalletContractV5R1 } from '@ton/ton';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../logging/logger.js';
import { TonClientChain } from './ton-client-chain.js';
import { ChainError } from './errors.js';
import { SandboxChain } from '../devnet/chain/sandbox-chain.js';
import { NODE_WALLET_SECRET, NodeWallet } from './node-wallet.js';
import { memorySecretStore } from './memory-stores.js';
import { DevnetChain } from '../devnet/chain/devnet-chain.js';
import { TonApiServer } from '../devnet/ton-api/index.js';
import { parseRootData } from './contracts/root-config.js';

async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

describe('TonClientChain offline', () => {
  it('reports "unreachable" as a state and fails calls with a typed error, fast', async () => {
    const port = await closedPort();
    const chain = new TonClientChain({
      network: 'testnet',
      endpoint: `http://127.0.0.1:${port}/api/v2/jsonRPC`,
      log: silentLogger,
      timeoutMs: 2000,
    });
    const t = Date.now();
    const status = await chain.status();
    expect(status.reachable).toBe(false);
    expect(status.network).toBe('testnet');
    expect(status.detail).toMatch(/unreachable/);
    const err = await chain.getBalance(Address.parse('0:' + '00'.repeat(32))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChainError);
    expect((err as ChainError).code).toBe('unreachable');
    expect(Date.now() - t).toBeLessThan(5000);
  });

  it('refuses a network it has no endpoint for', () => {
    expect(() => new TonClientChain({ network: 'devnet', log: silentLogger })).toThrow(/no TON API endpoint/);
  });
});

describe('TonClientChain against the devnet TON API (real TonClient, real HTTP, real emulator)', () => {
  let sandbox: SandboxChain;
  let devnet: DevnetChain;
  let server: TonApiServer;
  let chain: TonClientChain;

  beforeAll(async () => {
    sandbox = await SandboxChain.open({ log: silentLogger });
    devnet = await DevnetChain.start({ chain: sandbox, log: silentLogger });
    server = await TonApiServer.start({ chain: sandbox, log: silentLogger });
    chain = new TonClientChain({ network: 'devnet', endpoints: [server.url], log: silentLogger, pollMs: 50 });
  });
  afterAll(async () => {
    await server.close();
    await sandbox.close();
  });

  it('reads an active account, a nonexistent one and a get method of the root contract', async () => {
    const root = await chain.getAccount(devnet.rootSc);
    expect(root.status).toBe('active');
    expect(root.balance).toBe(await sandbox.getBalance(devnet.rootSc));
    expect(
      root.data?.hash().equals((await sandbox.getAccount(devnet.rootSc)).data?.hash() ?? Buffer.alloc(0)),
    ).toBe(true);
    const nobody = await chain.getAccount(Address.parse('0:' + 'ab'.repeat(32)));
    expect(nobody).toEqual({ status: 'nonexist', balance: 0n, data: null });

    expect((await chain.runGetMethod(devnet.rootSc, 'get_root_version')).readNumber()).toBe(1);
    const params = (await chain.runGetMethod(devnet.rootSc, 'get_root_params')).readCell();
    const direct = (await sandbox.runGetMethod(devnet.rootSc, 'get_root_params')).readCell();
    expect(params.hash().equals(direct.hash())).toBe(true);
    // the whole root config parses from what TonClient read
    expect(parseRootData(root.data ?? beginCell().endCell()).proxies.size).toBeGreaterThan(0);
    const status = await chain.status();
    expect(status).toMatchObject({ reachable: true, endpoint: server.url });
  });

  it('sends a signed wallet transfer over HTTP, sees it land, and estimates its fee first', async () => {
    const seed = Buffer.alloc(32, 7);
    const secrets = memorySecretStore();
    await secrets.set(NODE_WALLET_SECRET, seed);
    const keys = keyPairFromSeed(seed);
    const v5 = WalletContractV5R1.create({
      workchain: 0,
      publicKey: keys.publicKey,
      walletId: { networkGlobalId: -239 },
    });
    const wallet = await NodeWallet.open({ chain, secrets, log: silentLogger });
    expect(wallet.address.equals(v5.address)).toBe(true);
    const faucet = await fetch(`${server.origin}/devnet/faucet`, {
      method: 'POST',
      body: JSON.stringify({ address: wallet.address.toString(), nano: toNano('3').toString() }),
    });
    expect(faucet.status).toBe(200);
    expect(await chain.getBalance(wallet.address)).toBe(toNano('3'));
    expect((await chain.getAccount(wallet.address)).status).toBe('uninit');

    const dest = Address.parse('0:' + '12'.repeat(32));
    const first = await wallet.send([{ to: dest, value: toNano('1'), bounce: false }]);
    expect(await chain.getBalance(dest)).toBe(toNano('1'));
    expect((await chain.getAccount(wallet.address)).status).toBe('active');
    expect(first.inMessage?.info.type).toBe('external-in');

    // a second transfer after deployment: seqno read through runGetMethod, the fee estimated beforehand
    const seqno = (await chain.runGetMethod(wallet.address, 'seqno')).readNumber();
    expect(seqno).toBe(1);
    const [last] = await chain.transactions(wallet.address, 1);
    expect(last?.lt).toBe(first.lt);
    const body = v5.createTransfer({
      seqno,
      secretKey: keys.secretKey,
      sendMode: SendMode.PAY_GAS_SEPARATELY,
      messages: [internal({ to: dest, value: toNano('0.5'), bounce: false })],
      timeout: Math.floor(Date.now() / 1000) + 120,
    });
    const estimate = await chain.estimateExternalFee(wallet.address, body);
    expect(estimate).toBeGreaterThan(0n);
    const before = await chain.getBalance(wallet.address);
    const hash = await chain.sendExternal(wallet.address, body);
    const second = await chain.waitForTransaction(
      wallet.address,
      (tx) =>
        tx.inMessage ? beginCell().store(storeMessage(tx.inMessage)).endCell().hash().equals(hash) : false,
      { afterLt: first.lt, timeoutMs: 10_000 },
    );
    expect(second.lt > first.lt).toBe(true);
    const spent = before - (await chain.getBalance(wallet.address)) - toNano('0.5');
    // estimateFee reports what the sender itself pays: the same as the real transaction, to storage fees of
    // the seconds between the two
    expect(estimate - spent).toBeLessThanOrEqual(1000n);
    expect(spent - estimate).toBeLessThanOrEqual(1000n);
    // the same message again is a replay: refused
    const replay = await chain.estimateExternalFee(wallet.address, body).catch((e: unknown) => e);
    expect((replay as ChainError).code).toBe('rejected');
  });

  it('falls back to the next endpoint when the first refuses connections, and remembers it', async () => {
    const dead = `http://127.0.0.1:${await closedPort()}/api/v2/jsonRPC`;
    const c = new TonClientChain({
      network: 'devnet',
      endpoints: [dead, server.url],
      log: silentLogger,
      timeoutMs: 3000,
    });
    expect(c.endpoint).toBe(dead);
    expect((await c.getAccount(devnet.rootSc)).status).toBe('active');
    expect(c.endpoint).toBe(server.url);
    expect((await c.status()).detail).toContain(server.url);

    const allDown = new TonClientChain({
      network: 'devnet',
      endpoints: [dead, `http://127.0.0.1:${await closedPort()}/api/v2/jsonRPC`],
      log: silentLogger,
      timeoutMs: 3000,
    });
    const err = await allDown.getBalance(devnet.rootSc).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChainError);
    expect((err as ChainError).code).toBe('unreachable');
    expect((err as ChainError).message).toMatch(/all 2 TON endpoints/);
    expect((err as ChainError).message).toContain(dead);
  });

  it('turns a message the chain refuses into "rejected" and a failing get method into "bad-response"', async () => {
    const unsigned = beginCell().storeUint(0, 32).endCell();
    const err = await chain.sendExternal(devnet.rootSc, unsigned).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChainError);
    expect((err as ChainError).code).toBe('rejected');
    const get = await chain.runGetMethod(devnet.rootSc, 'no_such_method').catch((e: unknown) => e);
    expect((get as ChainError).code).toBe('bad-response');
    expect((get as ChainError).message).toMatch(/exit_code: 11/);
  });
});
