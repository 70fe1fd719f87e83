// Reconnecting while a connection attempt is still in flight (the owner links a wallet during start-up):
// the session must end with exactly one live link, and requests must be answered on it — a superseded
// attempt that stayed open would receive requests and answer them on another link, and they would hang.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { Address } from '@ton/core';
import { silentLogger } from '../../src/logging/logger.js';
import { SandboxChain } from '../../src/devnet/chain/sandbox-chain.js';
import { DevnetChain } from '../../src/devnet/chain/devnet-chain.js';
import { DevnetProxy, devnetSigner } from '../../src/devnet/proxy/index.js';
import { ClientEndpoint } from '../../src/devnet/client/index.js';
import { EarningsLedger } from '../../src/earnings/ledger.js';
import { createCertificate } from '../../src/protocol/ratls/certificate.js';
import { openClientConnection } from '../../src/protocol/client.js';
import { WorkerNetwork } from '../../src/net/worker-network.js';
import { UNIT_MULTIPLIERS } from '../../src/net/token-counter.js';
import type { SandboxHost } from '../../src/engine/sandbox/host.js';
import { MODEL, tinyHost } from './engine-helpers.js';
import { waitFor } from '../support/wait-for.js';

let dir: string;
let host: SandboxHost;
let chain: SandboxChain;
let proxy: DevnetProxy;
let client: ClientEndpoint;
let ledger: EarningsLedger;
let network: WorkerNetwork;

beforeAll(async () => {
  ({ host, dir } = await tinyHost());
  chain = await SandboxChain.open({ log: silentLogger });
  const devnet = await DevnetChain.start({ chain, log: silentLogger });
  proxy = await DevnetProxy.start({
    log: silentLogger,
    signer: devnetSigner(devnet),
    powDifficulty: 14,
    policy: 'any',
  });
  client = await ClientEndpoint.start({ proxy, log: silentLogger });
  ledger = await EarningsLedger.open({ dir: path.join(dir, 'earnings'), log: silentLogger });
  const cert = createCertificate();
  network = new WorkerNetwork({
    proxies: [
      {
        address: `127.0.0.1:${proxy.port}`,
        dial: async (signal) =>
          (
            await openClientConnection({
              host: '127.0.0.1',
              port: proxy.port,
              identity: cert,
              policy: 'any',
              signal,
            })
          ).connection,
      },
    ],
    identity: {
      ownerAddress: new Address(0, Buffer.alloc(32, 3)).toString({ testOnly: true, bounceable: false }),
      model: MODEL,
      isTest: true,
      maxActiveRequests: 2,
    },
    coefficient: 1000,
    ledger,
    backend: host,
    multipliers: () => UNIT_MULTIPLIERS,
    feePerToken: () => 1n,
    log: silentLogger,
    onChange: () => undefined,
    backoff: { initialMs: 50, maxMs: 200 },
  });
}, 60_000);

afterAll(async () => {
  network.disconnect('done');
  await client.stop();
  await proxy.stop();
  await ledger.close();
  await chain.close();
  await host.stop();
  await rm(dir, { recursive: true, force: true, maxRetries: 5 });
});

describe('a session restarted while connecting', () => {
  it('ends with one live link that answers every request', async () => {
    network.setDisabled(false);
    // Restart at several points of the dial: before the TCP connect, during proof-of-work, during TLS.
    // disconnect() + connect() back to back, as when the owner's wallet is linked.
    network.connect();
    for (const ms of [0, 5, 20, 60]) {
      await new Promise((r) => setTimeout(r, ms)); // the restart points are the scenario, not a wait

      network.disconnect('owner changed');
      network.connect();
    }
    await waitFor(() => proxy.workers().some((w) => w.ready), { timeoutMs: 15_000, what: 'a ready link' });
    // The behaviour under test is an absence (no second link): a straggling attempt would register well
    // within this window, so it stays a fixed wait.
    await new Promise((r) => setTimeout(r, 500));
    expect(proxy.workers().filter((w) => w.ready)).toHaveLength(1);
    for (let i = 0; i < 4; i++) {
      const res = await fetch(`${client.url}/v1/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: MODEL, prompt: `hello ${i}`, max_tokens: 4, temperature: 0 }),
        signal: AbortSignal.timeout(10_000),
      });
      expect(res.status).toBe(200);
      await res.text();
    }
  });
});
