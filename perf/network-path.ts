// A whole serving path in one process for perf: devnet proxy + client endpoint + one worker network
// (real TLS sessions, real signed payments on an emulated chain) in front of a given backend.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Address } from '@ton/core';
import { silentLogger } from '../src/logging/logger.js';
import { SandboxChain } from '../src/devnet/chain/sandbox-chain.js';
import { DevnetChain } from '../src/devnet/chain/devnet-chain.js';
import { DevnetProxy, devnetSigner } from '../src/devnet/proxy/index.js';
import { ClientEndpoint } from '../src/devnet/client/index.js';
import { EarningsLedger } from '../src/earnings/ledger.js';
import { createCertificate } from '../src/protocol/ratls/certificate.js';
import { openClientConnection } from '../src/protocol/client.js';
import { WorkerNetwork } from '../src/net/worker-network.js';
import type { InferenceBackend } from '../src/net/query-runner.js';
import { UNIT_MULTIPLIERS } from '../src/net/token-counter.js';

export interface PerfPath {
  clientUrl: string;
  close(): Promise<void>;
}

export async function startPerfPath(o: {
  backend: InferenceBackend;
  model: string;
  maxActive: number;
}): Promise<PerfPath> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sw-net-perf-'));
  const chain = await SandboxChain.open({ log: silentLogger });
  const devnet = await DevnetChain.start({ chain, log: silentLogger });
  const proxy = await DevnetProxy.start({
    log: silentLogger,
    signer: devnetSigner(devnet),
    powDifficulty: 8,
    policy: 'any',
  });
  const client = await ClientEndpoint.start({ proxy, log: silentLogger });
  const ledger = await EarningsLedger.open({ dir, log: silentLogger });
  const cert = createCertificate();
  const owner = new Address(0, Buffer.alloc(32, 7));
  const network = new WorkerNetwork({
    proxies: [
      {
        address: `127.0.0.1:${proxy.port}`,
        dial: async (signal) =>
          (
            await openClientConnection({
              host: '127.0.0.1',
              port: proxy.port,
              identity: { certPem: cert.certPem, keyPem: cert.keyPem },
              policy: 'any',
              signal,
            })
          ).connection,
      },
    ],
    identity: {
      ownerAddress: owner.toString({ testOnly: true, bounceable: false }),
      model: o.model,
      isTest: true,
      maxActiveRequests: o.maxActive,
    },
    coefficient: 1000,
    ledger,
    backend: o.backend,
    multipliers: () => UNIT_MULTIPLIERS,
    feePerToken: () => devnet.params.workerFeePerToken,
    log: silentLogger,
    onChange: () => undefined,
  });
  network.setDisabled(false);
  network.connect();
  const deadline = Date.now() + 20_000;
  while (proxy.workers().every((w) => !w.ready) && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 20));
  return {
    clientUrl: client.url,
    async close() {
      network.disconnect('perf done');
      await client.stop();
      await proxy.stop();
      await ledger.close();
      await chain.close();
      await rm(dir, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}
