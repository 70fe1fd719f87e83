import { Address, toNano } from '@ton/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../logging/logger.js';
import { TonClientChain } from './ton-client-chain.js';
import { SandboxChain } from '../devnet/chain/sandbox-chain.js';
import { TonApiServer } from '../devnet/ton-api/index.js';

describe('TonClientChain.transactions over more than one page', () => {
  let sandbox: SandboxChain;
  let api: TonApiServer;
  let chain: TonClientChain;
  const target = new Address(0, Buffer.alloc(32, 0x5a));

  beforeAll(async () => {
    sandbox = await SandboxChain.open({ log: silentLogger });
    api = await TonApiServer.start({ chain: sandbox, log: silentLogger });
    chain = new TonClientChain({ network: 'testnet', endpoints: [api.url], log: silentLogger });
    for (let i = 0; i < 130; i++) await sandbox.fund(target, toNano('0.01') + BigInt(i));
  }, 120_000);

  afterAll(async () => {
    await api.close();
    await sandbox.close();
  });

  it('pages by lt + hash (the public APIs answer at most 100 a call): exact count, newest first, no repeats', async () => {
    const direct = await sandbox.transactions(target, 1000);
    expect(direct).toHaveLength(130);
    const some = await chain.transactions(target, 125);
    expect(some.map((t) => t.lt)).toEqual(direct.slice(0, 125).map((t) => t.lt));
    const all = await chain.transactions(target, 1000);
    expect(all).toHaveLength(130);
    expect(new Set(all.map((t) => t.lt.toString())).size).toBe(130);
    expect(all.map((t) => t.lt)).toEqual(direct.map((t) => t.lt));
  }, 60_000);
});
