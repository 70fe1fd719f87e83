// Discovery against a real emulated chain: the devnet's root contract on @ton/sandbox, updated through its
// owner with UpdateRootConfig (op 0x7b6a0a4e), read by RootWatcher through the Chain interface. Also the
// states a worker must survive: an endpoint that cannot be reached (a real TonClientChain on a closed
// port), an address with no contract, a contract whose data is not a root, and a damaged cache file.
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Address, beginCell, toNano } from '@ton/core';
import { afterEach, describe, expect, it } from 'vitest';
import { parseRootData, rootDataCell, type RootConfig } from '../../src/chain/contracts/root-config.js';
import { TonClientChain } from '../../src/chain/ton-client-chain.js';
import { SandboxChain } from '../../src/devnet/chain/sandbox-chain.js';
import { DevnetChain } from '../../src/devnet/chain/devnet-chain.js';
import { RootWatcher } from '../../src/discovery/root-watcher.js';
import type { RootDiff } from '../../src/discovery/root-diff.js';
import { createLogger, silentLogger } from '../../src/logging/logger.js';
import { StateFileNotices } from '../../src/state-files/notices.js';
import { waitFor } from '../support/wait-for.js';

const watchers: RootWatcher[] = [];
afterEach(() => {
  for (const w of watchers.splice(0)) w.stop();
});

function watch(o: ConstructorParameters<typeof RootWatcher>[0]): RootWatcher {
  const w = new RootWatcher(o);
  watchers.push(w);
  return w;
}

/** The root's owner (the emulator's faucet) replaces the config; the contract bumps the version. */
async function updateRoot(devnet: DevnetChain, change: (c: RootConfig) => RootConfig): Promise<void> {
  const account = await devnet.chain.getAccount(devnet.rootSc);
  const next = rootDataCell(change(parseRootData(account.data!))).beginParse();
  next.loadAddress();
  const data = next.loadRef();
  const params = next.loadRef();
  next.loadUint(32);
  const body = beginCell()
    .storeUint(0x7b6a0a4e, 32)
    .storeRef(data)
    .storeRef(params)
    .storeSlice(next)
    .endCell();
  await devnet.chain.fund(devnet.rootSc, toNano('0.05'), { body, bounce: true });
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

/** A fresh devnet root and a watcher that records every diff (refreshes only on demand). */
async function watchedDevnet(): Promise<{ devnet: DevnetChain; w: RootWatcher; diffs: RootDiff[] }> {
  const devnet = await freshDevnet();
  const diffs: RootDiff[] = [];
  const w = watch({
    chain: devnet.chain,
    rootAddress: devnet.rootSc.toString(),
    log: silentLogger,
    refreshMs: 3_600_000,
  });
  w.onDiff((d) => diffs.push(d));
  return { devnet, w, diffs };
}

async function freshDevnet(): Promise<DevnetChain> {
  return DevnetChain.start({ chain: await SandboxChain.open({ log: silentLogger }), log: silentLogger });
}

describe('RootWatcher on the emulated chain', () => {
  it('reports each change of the root: a proxy added, removed, a price change', async () => {
    const { devnet, w, diffs } = await watchedDevnet();
    const first = await w.start();
    expect([first.status, first.source, first.version]).toEqual(['ok', 'chain', 1]);
    expect(diffs[0]?.first).toBe(true);
    expect(diffs[0]?.proxiesAdded.map((p) => p.workers)).toEqual(['127.0.0.1:11001']);

    await updateRoot(devnet, (c) => ({
      ...c,
      proxies: new Map([...c.proxies, [2, '127.0.0.1:12001 127.0.0.1:12002']]),
      lastProxySeqno: 2,
    }));
    await w.refresh();
    const added = diffs[1]!;
    expect([added.first, added.versionFrom, added.versionTo]).toEqual([false, 1, 2]);
    expect(added.proxiesAdded).toEqual([
      {
        seqno: 2,
        entry: '127.0.0.1:12001 127.0.0.1:12002',
        workers: '127.0.0.1:12001',
        clients: '127.0.0.1:12002',
      },
    ]);
    expect([added.proxiesRemoved, added.params]).toEqual([[], []]);

    await updateRoot(devnet, (c) => ({ ...c, proxies: new Map([[2, c.proxies.get(2)!]]) }));
    await w.refresh();
    expect(diffs[2]?.proxiesRemoved.map((p) => p.seqno)).toEqual([1]);
    expect(diffs[2]?.proxiesAdded).toEqual([]);

    const price = w.config!.params.pricePerToken;
    await updateRoot(devnet, (c) => ({
      ...c,
      params: { ...c.params, pricePerToken: price * 3n, completionMult: 20_000 },
    }));
    await w.refresh();
    expect(diffs[3]?.params).toEqual([
      { field: 'pricePerToken', from: String(price), to: String(price * 3n) },
      { field: 'completionMult', from: '10000', to: '20000' },
    ]);
    expect(w.snapshot().version).toBe(4);
    expect(w.config!.params.pricePerToken).toBe(price * 3n);

    // a refresh that finds nothing new says nothing
    await w.refresh();
    expect(diffs).toHaveLength(4);
  }, 60_000);

  it('publishes a v5 root through the owner and reports the verified keys', async () => {
    const { devnet, w, diffs } = await watchedDevnet();
    await w.start();
    const key = Buffer.alloc(32, 0x5a);
    await updateRoot(devnet, (c) => ({
      ...c,
      params: { ...c.params, structVersion: 5 },
      verifiedProxyKeys: [...c.verifiedProxyKeys, key],
    }));
    await w.refresh();
    expect(diffs[1]?.verifiedProxyKeys).toEqual({ added: [key.toString('hex')], removed: [] });
    expect(w.config?.verifiedProxyKeys).toContainEqual(key);
  }, 60_000);

  it('caches the last good config, uses it while the endpoint is unreachable, and retries on backoff', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sw-root-cache-'));
    const cacheFile = join(dir, 'root.json');
    const devnet = await freshDevnet();
    const good = watch({
      chain: devnet.chain,
      rootAddress: devnet.rootSc.toString(),
      log: silentLogger,
      cacheFile,
    });
    await good.start();
    good.stop();
    await waitFor(() => readFile(cacheFile, 'utf8'), { timeoutMs: 10_000, what: 'the root cache file' });

    const port = await closedPort();
    const offline = new TonClientChain({
      network: 'testnet',
      endpoints: [`http://127.0.0.1:${port}/jsonRPC`],
      log: silentLogger,
      timeoutMs: 2000,
    });
    const w = watch({
      chain: offline,
      rootAddress: devnet.rootSc.toString(),
      log: silentLogger,
      cacheFile,
      retry: { initialMs: 200, maxMs: 400 },
    });
    const s = await w.start();
    expect(s.status).toBe('unreachable');
    expect(s.detail).toMatch(/keeping version 1$/);
    expect([s.source, s.version, s.endpoint?.reachable]).toEqual(['cache', 1, false]);
    expect(s.config?.proxies.get(1)).toBe('127.0.0.1:11001');
    expect(s.nextAttemptAt! - s.checkedAt!).toBeLessThan(2_000);
    const firstCheck = s.checkedAt!;
    await waitFor(() => (w.snapshot().checkedAt ?? 0) > firstCheck, { timeoutMs: 15_000, what: 'a retry' });
    expect(w.snapshot().status).toBe('unreachable');
  }, 60_000);

  it('says no-root for an address without a contract, bad-config for data that is not a root, and never throws', async () => {
    const chain = await SandboxChain.open({ log: silentLogger });
    const nobody = new Address(0, Buffer.alloc(32, 0x77));
    const none = await watch({ chain, rootAddress: nobody.toString(), log: silentLogger }).start();
    expect([none.status, none.config]).toEqual(['no-root', null]);
    expect(none.detail).toMatch(/no root contract at .* \(account (nonexist|uninit)\)/);

    const devnet = await DevnetChain.start({ chain, log: silentLogger });
    const init = { code: devnet.code.root, data: beginCell().storeUint(1, 8).endCell() };
    const { contractAddress } = await import('@ton/core');
    const junk = contractAddress(0, init);
    await chain.fund(junk, toNano('1'), { init });
    const bad = await watch({ chain, rootAddress: junk.toString(), log: silentLogger }).start();
    expect(bad.status).toBe('bad-config');
    expect(bad.detail).toMatch(/root config does not parse/);

    const typo = await watch({ chain, rootAddress: 'EQ-not-an-address', log: silentLogger }).start();
    expect(typo.status).toBe('no-root');
    expect(typo.detail).toMatch(/is not a TON address/);
  }, 60_000);

  it('moves a damaged cache aside with a notice and reads the chain again', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sw-root-cache-'));
    const cacheFile = join(dir, 'root.json');
    const devnet = await freshDevnet();
    await writeFile(
      cacheFile,
      JSON.stringify({
        version: 1,
        rootAddress: devnet.rootSc.toRawString(),
        readAt: 1,
        boc: 'te6cckEBAQEAAwAAAUCNHb7+',
      }),
    );
    const notices = new StateFileNotices(createLogger('t', () => undefined));
    const w = watch({
      chain: devnet.chain,
      rootAddress: devnet.rootSc.toString(),
      log: silentLogger,
      cacheFile,
      notices,
    });
    const s = await w.start();
    expect([s.status, s.source]).toEqual(['ok', 'chain']);
    expect(notices.list().map((n) => n.params?.['code'])).toEqual(['schema']);
    expect(notices.list()[0]?.message).toMatch(/read again from the root contract/);
    expect((await readdir(dir)).some((f) => f.startsWith('root.json.damaged-'))).toBe(true);
  }, 60_000);
});
