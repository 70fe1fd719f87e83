import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Address, beginCell, external, internal, SendMode, storeMessage, toNano } from '@ton/core';
import { keyPairFromSeed } from '@ton/crypto';
import { TonClient, WalletContractV5R1 } from '@ton/ton';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../logging/logger.js';
import { SandboxChain } from '../chain/sandbox-chain.js';
import { TonApiServer } from './ton-api-server.js';

let dir: string;
let sandbox: SandboxChain;
let server: TonApiServer;
let client: TonClient;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'silkworm-ton-api-'));
  sandbox = await SandboxChain.open({ log: silentLogger, snapshotFile: path.join(dir, 'chain.json') });
  server = await TonApiServer.start({ chain: sandbox, log: silentLogger, maxBodyBytes: 64 * 1024 });
  client = new TonClient({ endpoint: server.url, timeout: 10_000 });
});
afterAll(async () => {
  await server.close();
  await sandbox.close();
  await rm(dir, { recursive: true, force: true });
});

async function rpc(method: string, params: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ id: 7, jsonrpc: '2.0', method, params }),
  });
  return {
    status: res.status,
    body: (await res.json()) as {
      ok: boolean;
      result?: unknown;
      error?: string;
      code?: number;
      id?: unknown;
    },
  };
}

const faucet = (address: string, nano: unknown) =>
  fetch(`${server.origin}/devnet/faucet`, { method: 'POST', body: JSON.stringify({ address, nano }) });

function wallet(seedByte: number) {
  const keys = keyPairFromSeed(Buffer.alloc(32, seedByte));
  return { keys, w: WalletContractV5R1.create({ workchain: 0, publicKey: keys.publicKey }) };
}

describe('TonApiServer: bad input is a JSON-RPC error, never a crash', () => {
  it('names what is wrong and keeps serving', async () => {
    const bad = await rpc('sendBoc', { boc: 'te6cc!!' });
    expect(bad).toMatchObject({ status: 422, body: { ok: false, code: 422, id: 7 } });
    expect(bad.body.error).toMatch(/boc is not base64/);
    const garbage = await rpc('sendBoc', { boc: Buffer.from('not a bag of cells').toString('base64') });
    expect(garbage.body.error).toMatch(/boc is not a valid bag of cells/);
    const notMessage = await rpc('sendBoc', {
      boc: beginCell().storeUint(5, 3).endCell().toBoc().toString('base64'),
    });
    expect(notMessage.body.error).toMatch(/not a TON message/);
    const { w } = wallet(1);
    const inbound = beginCell()
      .store(
        storeMessage({
          info: {
            type: 'internal',
            src: wallet(9).w.address,
            dest: w.address,
            value: { coins: toNano(1) },
            bounce: false,
            bounced: false,
            ihrDisabled: true,
            ihrFee: 0n,
            forwardFee: 0n,
            createdLt: 0n,
            createdAt: 0,
          },
          body: beginCell().endCell(),
        }),
      )
      .endCell();
    const internalMsg = await rpc('sendBoc', { boc: inbound.toBoc().toString('base64') });
    expect(internalMsg.body.error).toMatch(/only inbound external messages/);
    expect((await rpc('getAddressInformation', { address: 'EQ-nope' })).body).toMatchObject({
      ok: false,
      code: 422,
      error: expect.stringMatching(/address is not a TON address/) as unknown,
    });
    expect((await rpc('getAddressInformation', [1, 2])).body.error).toMatch(/params must contain an object/);
    expect((await rpc('noSuchMethod', {})).status).toBe(404);
    expect((await rpc('getTransactions', { address: w.address.toString(), lt: '5' })).body.error).toMatch(
      /lt and hash go together/,
    );
    const getOnNothing = await rpc('runGetMethod', { address: w.address.toString(), method: 'seqno' });
    expect(getOnNothing.body.error).toMatch(/the account is nonexistent/);
    const notJson = await fetch(server.url, { method: 'POST', body: '{"id":' });
    expect(notJson.status).toBe(400);
    const huge = await fetch(server.url, { method: 'POST', body: 'x'.repeat(100 * 1024) });
    expect(huge.status).toBe(413);
    // a rejected external message: the chain's refusal, without the VM log
    const refused = await rpc('sendBoc', {
      boc: beginCell()
        .store(storeMessage(external({ to: w.address, body: beginCell().endCell() })))
        .endCell()
        .toBoc()
        .toString('base64'),
    });
    expect(refused.status).toBe(500);
    expect(refused.body.error).toMatch(/^cannot apply external message to current state/);
    expect(refused.body.error).not.toContain('\n');
    // still serving, an API key accepted and ignored, the REST form answers too
    const info = await rpc('getMasterchainInfo', {}, { 'X-API-Key': 'anything' });
    expect(info.body.ok).toBe(true);
    const rest = await fetch(
      `${server.origin}/api/v2/getAddressBalance?address=${w.address.toString()}&api_key=k`,
    );
    expect(await rest.json()).toEqual({ ok: true, result: '0' });
  });

  it('the faucet refuses nonsense and funds an account that does not exist yet', async () => {
    const { w } = wallet(2);
    expect((await faucet(w.address.toString(), '-5')).status).toBe(422);
    expect((await faucet(w.address.toString(), toNano('20000').toString())).status).toBe(422);
    expect((await faucet('nope', '1')).status).toBe(422);
    const ok = await faucet(w.address.toString(), toNano('2').toString());
    expect(await ok.json()).toMatchObject({ ok: true, result: { balance: toNano('2').toString() } });
    const st = await client.getContractState(w.address);
    expect(st.state).toBe('uninitialized');
    expect(st.lastTransaction).not.toBeNull(); // uninit, not nonexistent: it has a history
    expect(st.balance).toBe(toNano('2'));
  });
});

describe('TonApiServer through TonClient', () => {
  it('pages transactions newest first by lt + hash, with to_lt exclusive, as TonClient expects', async () => {
    const { w } = wallet(3);
    for (let i = 1; i <= 5; i++)
      expect((await faucet(w.address.toString(), String(i * 1000))).status).toBe(200);
    const all = await client.getTransactions(w.address, { limit: 10 });
    expect(all.map((t) => t.inMessage?.info.type === 'internal' && t.inMessage.info.value.coins)).toEqual([
      5000n,
      4000n,
      3000n,
      2000n,
      1000n,
    ]);
    const direct = await sandbox.transactions(w.address, 10);
    expect(all.map((t) => t.hash().toString('hex'))).toEqual(direct.map((t) => t.hash().toString('hex')));
    const page1 = await client.getTransactions(w.address, { limit: 2 });
    const last = page1[1];
    if (!last) throw new Error('no second transaction');
    const page2 = await client.getTransactions(w.address, {
      limit: 2,
      lt: last.lt.toString(),
      hash: last.hash().toString('base64'),
    });
    expect(page2.map((t) => t.lt)).toEqual([all[2]?.lt, all[3]?.lt]);
    const upTo = await client.getTransactions(w.address, { limit: 10, to_lt: all[3]?.lt.toString() });
    expect(upTo).toHaveLength(3);
    const missing = await client
      .getTransactions(w.address, { limit: 2, lt: '1', hash: Buffer.alloc(32).toString('base64') })
      .catch((e: unknown) => e);
    expect(String(missing)).toMatch(/404/);
  });

  it('deploys a wallet with a sent BOC, runs its get methods, estimates a deploy, and keeps it all in the snapshot', async () => {
    const { keys, w } = wallet(4);
    await faucet(w.address.toString(), toNano('1').toString());
    const body = w.createTransfer({
      seqno: 0,
      secretKey: keys.secretKey,
      sendMode: SendMode.PAY_GAS_SEPARATELY,
      messages: [internal({ to: wallet(5).w.address, value: toNano('0.1'), bounce: false })],
      timeout: Math.floor(Date.now() / 1000) + 60,
    });
    const fee = await client.estimateExternalMessageFee(w.address, {
      body,
      initCode: w.init.code,
      initData: w.init.data,
      ignoreSignature: false,
    });
    expect(fee.source_fees.gas_fee).toBeGreaterThan(0);
    expect(fee.source_fees.in_fwd_fee).toBeGreaterThan(0); // the init travels in the message
    await client.sendMessage(external({ to: w.address, init: w.init, body }));
    expect(await client.isContractDeployed(w.address)).toBe(true);
    const seqno = await client.runMethod(w.address, 'seqno');
    expect(seqno.stack.readNumber()).toBe(1);
    const pub = await client.runMethod(w.address, 'get_public_key');
    expect(pub.stack.readBigNumber()).toBe(BigInt('0x' + keys.publicKey.toString('hex')));
    const failing = await client.runMethodWithError(w.address, 'no_such_get_method');
    expect(failing.exit_code).toBe(11);

    await sandbox.flush();
    const reopened = await SandboxChain.open({
      log: silentLogger,
      snapshotFile: path.join(dir, 'chain.json'),
    });
    expect((await reopened.getAccount(w.address)).status).toBe('active');
    expect(await reopened.getBalance(wallet(5).w.address)).toBe(toNano('0.1'));
    await reopened.close();
    const head = await client.getMasterchainInfo();
    expect(head.latestSeqno).toBeGreaterThan(0);
    expect(Address.isAddress(w.address)).toBe(true);
  });
});
