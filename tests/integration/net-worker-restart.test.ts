// kill -9 of a worker process mid-stream: the client gets a clean error, the proxy routes new requests to
// the other worker, and the restarted worker recovers its durable ledger and handshakes again without
// losing a signed payment; at the end each ledger equals the proxy's books.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Address } from '@ton/core';
import { silentLogger } from '../../src/logging/logger.js';
import type { DevnetChain } from '../../src/devnet/chain/devnet-chain.js';
import type { DevnetProxy } from '../../src/devnet/proxy/index.js';
import { startLocalNetwork, type LocalNetwork } from '../../src/devnet/network/local-network.js';
import { EarningsLedger } from '../../src/earnings/ledger.js';
import {
  startWorkerProcess,
  stopWorkerProcess,
  type WorkerProcess,
} from '../../src/devnet/run/worker-processes.js';
import { waitFor } from '../support/wait-for.js';

let root: string;
let net: LocalNetwork;
let devnet: DevnetChain;
let proxy: DevnetProxy;
let clientUrl: string;
const workers: WorkerProcess[] = [];
const owners = [new Address(0, Buffer.alloc(32, 0xa1)), new Address(0, Buffer.alloc(32, 0xb2))];

const start = (i: number): Promise<WorkerProcess> =>
  startWorkerProcess({
    tonEndpoint: net.info.ton_endpoint,
    rootAddress: net.info.root_address,
    owner: owners[i]!,
    dataDir: path.join(root, `w${i}`),
  });

async function ask(stream: boolean, maxTokens = 8): Promise<Response> {
  return fetch(`${clientUrl}/v1/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      model: 'silkworm-tiny',
      prompt: 'tell me a story',
      max_tokens: maxTokens,
      stream,
    }),
  });
}

/** A stream that runs long: greedy on the tiny model, this prompt generates to max_tokens (~1 s). */
async function askLong(): Promise<Response> {
  return fetch(`${clientUrl}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      model: 'silkworm-tiny',
      messages: [{ role: 'user', content: 'crash test' }],
      max_tokens: 1900,
      temperature: 0,
      stream: true,
    }),
  });
}

async function signedTokens(i: number): Promise<bigint> {
  const ledger = await EarningsLedger.open({ dir: path.join(root, `w${i}`, 'earnings'), log: silentLogger });
  const tokens = ledger.payments.get(devnet.workerSc(owners[i]!))?.tokens ?? 0n;
  await ledger.close();
  return tokens;
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'sw-restart-'));
  net = await startLocalNetwork({ dir: null, log: silentLogger, powDifficulty: 8 });
  ({ devnet, proxy } = net);
  clientUrl = net.info.client_url;
  workers.push(await start(0), await start(1));
}, 90_000);

afterAll(async () => {
  await Promise.all(workers.map((w) => stopWorkerProcess(w)));
  await net.close();
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

describe('a worker killed mid-stream', () => {
  it('fails only that stream, keeps serving through the other worker, and recovers its ledger on restart', async () => {
    for (let i = 0; i < 4; i++) expect((await ask(false)).status).toBe(200);
    // Read before the stream starts: the kill must follow its first bytes at once (the engine is fast).
    const held = [await signedTokens(0), await signedTokens(1)];
    const long = await askLong();
    expect(long.status).toBe(200);
    const reader = long.body!.getReader();
    await reader.read(); // the stream has started on some worker
    const busy = proxy.workers().find((w) => w.running > 0);
    expect(busy).toBeDefined();
    const victim = owners.findIndex((o) => o.toRawString() === busy!.owner);
    const before = held[victim]!;
    workers[victim]!.child.kill('SIGKILL');

    let text = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    expect(text).toContain('"error"');
    expect(text).not.toContain('[DONE]');

    for (let i = 0; i < 3; i++) expect((await ask(false)).status).toBe(200);
    const survivor = owners[1 - victim]!.toRawString();
    expect(proxy.books().find((b) => b.owner === survivor)?.requests).toBeGreaterThan(0);

    workers[victim] = await start(victim);
    expect(await signedTokens(victim)).toBeGreaterThanOrEqual(before);
    for (let i = 0; i < 2; i++) expect((await ask(false)).status).toBe(200);
    // The last payment is signed just after its response: wait until each worker's ledger holds it.
    const settled = async (): Promise<boolean> => {
      for (const [i, owner] of owners.entries()) {
        if (
          (await signedTokens(i)) !==
          (proxy.books().find((b) => b.owner === owner.toRawString())?.signed_tokens ?? 0n)
        )
          return false;
      }
      return true;
    };
    await waitFor(settled, {
      timeoutMs: 15_000,
      what: "each worker's ledger to hold the proxy's last signed payment",
    });
    await Promise.all(workers.map((w) => stopWorkerProcess(w)));
    for (const [i, owner] of owners.entries()) {
      const book = proxy.books().find((b) => b.owner === owner.toRawString());
      expect(await signedTokens(i)).toBe(book?.signed_tokens ?? 0n);
    }
  });
});
