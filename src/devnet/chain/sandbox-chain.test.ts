import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Address, toNano } from '@ton/core';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../logging/logger.js';
import { SandboxChain } from './sandbox-chain.js';
import { NodeWallet } from '../../chain/node-wallet.js';
import { memorySecretStore as memorySecrets } from '../../chain/memory-stores.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function tempFile(): Promise<string> {
  const d = await mkdtemp(path.join(tmpdir(), 'silkworm-chain-'));
  dirs.push(d);
  return path.join(d, 'chain.json');
}

describe('SandboxChain', () => {
  it('keeps balances, contracts and history across a restart', async () => {
    const file = await tempFile();
    const secrets = memorySecrets();
    const chain1 = await SandboxChain.open({ log: silentLogger, snapshotFile: file });
    const wallet1 = await NodeWallet.open({ chain: chain1, secrets, log: silentLogger });
    await chain1.fund(wallet1.address, toNano('5'));
    const dest = Address.parse('0:' + '11'.repeat(32));
    await wallet1.send([{ to: dest, value: toNano('1'), bounce: false }]);
    const balance = await wallet1.balance();
    await chain1.close();

    const chain2 = await SandboxChain.open({ log: silentLogger, snapshotFile: file });
    const wallet2 = await NodeWallet.open({ chain: chain2, secrets, log: silentLogger });
    expect(wallet2.address.equals(wallet1.address)).toBe(true);
    expect(await wallet2.balance()).toBe(balance);
    expect(await chain2.getBalance(dest)).toBe(toNano('1'));
    expect((await chain2.transactions(wallet2.address)).length).toBeGreaterThanOrEqual(2);
    // the restored wallet continues its seqno: a second send works
    await wallet2.send([{ to: dest, value: toNano('1'), bounce: false }]);
    // The destination pays storage for the wall-clock seconds between the two transfers (a few nanotons
    // when the machine is busy), so the second coin arrives whole but the balance may be a hair below 2.
    const dest2 = await chain2.getBalance(dest);
    expect(dest2).toBeLessThanOrEqual(toNano('2'));
    expect(toNano('2') - dest2).toBeLessThan(1000n);
    expect((await chain2.getAccount(wallet2.address)).status).toBe('active');
  });

  it('writes the snapshot atomically to two copies and survives damage to either, or both', async () => {
    const file = await tempFile();
    const dest = Address.parse('0:' + '22'.repeat(32));
    const chain = await SandboxChain.open({ log: silentLogger, snapshotFile: file });
    await chain.fund(dest, toNano('1'));
    await chain.close();
    const entries = await import('node:fs/promises').then((fs) => fs.readdir(path.dirname(file)));
    expect(entries.sort()).toEqual(['chain.json', 'chain.json.prev']);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({
      version: 1,
      snapshot: { contracts: expect.any(Array) as unknown },
    });

    await writeFile(file, '{"contracts": [garbage');
    const restored = await SandboxChain.open({ log: silentLogger, snapshotFile: file });
    expect(restored.damage).toMatchObject({ code: 'not-json', file });
    expect(restored.restoreProblem).toMatch(/copy was restored/);
    expect(await restored.getBalance(dest)).toBe(toNano('1'));
    await restored.fund(dest, toNano('1'));
    await restored.close();

    await writeFile(file, JSON.stringify({ version: 7, snapshot: {} }));
    await writeFile(`${file}.prev`, '');
    const fresh = await SandboxChain.open({ log: silentLogger, snapshotFile: file });
    expect(fresh.damage).toMatchObject({ code: 'newer-version' });
    expect(fresh.restoreProblem).toMatch(/new chain was started/);
    expect(await fresh.getBalance(dest)).toBe(0n);
  });

  it('creates the node key once and keeps it in the secret store', async () => {
    const chain = await SandboxChain.open({ log: silentLogger });
    const secrets = memorySecrets();
    const a = await NodeWallet.open({ chain, secrets, log: silentLogger });
    const b = await NodeWallet.open({ chain, secrets, log: silentLogger });
    expect(a.address.equals(b.address)).toBe(true);
    expect(secrets.size).toBe(1);
  });
});
