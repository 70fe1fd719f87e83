// perf section "devnet": one real worker (src/net, attested certificate, the sandboxed engine on the tiny
// model) against the devnet proxy at Cocoon's PoW difficulty 20: time to a routable worker, the proxy's
// added latency over calling the engine directly, throughput through the client endpoint, and the cost of
// signing a cumulative payment.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Address } from '@ton/core';
import { keyPairFromSeed, sign } from '@ton/crypto';
import { silentLogger } from '../src/logging/logger.js';
import { SandboxChain } from '../src/devnet/chain/sandbox-chain.js';
import { measureSandbox } from '../src/attestation/measure.js';
import { EarningsLedger } from '../src/earnings/ledger.js';
import { ensureTinyModel, tinyPresets } from '../src/engine/gguf/tiny-model.js';
import { SandboxHost } from '../src/engine/sandbox/host.js';
import { AttestedIdentity, proxyDial } from '../src/net/dial.js';
import { UNIT_MULTIPLIERS } from '../src/net/token-counter.js';
import { WorkerNetwork } from '../src/net/worker-network.js';
import { DevnetChain } from '../src/devnet/chain/devnet-chain.js';
import { ClientEndpoint } from '../src/devnet/client/client-server.js';
import { runLoad } from '../src/devnet/load/load-generator.js';
import { OwnerBooks } from '../src/devnet/proxy/books.js';
import { DevnetProxy } from '../src/devnet/proxy/devnet-proxy.js';
import { devnetSigner } from '../src/devnet/proxy/payment-signer.js';

const ROUNDS = 7;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const round = (x: number, d = 1): number => Number(x.toFixed(d));

async function until(cond: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error('devnet perf: the worker did not become ready');
    await new Promise((r) => setTimeout(r, 10));
  }
}

export async function devnetPerf(): Promise<Record<string, number | string | null>> {
  const log = silentLogger;
  const dir = await mkdtemp(join(tmpdir(), 'sw-devnet-perf-'));
  const model = tinyPresets.tiny.name;
  const host = new SandboxHost({
    log,
    modelPath: await ensureTinyModel(join(dir, 'models')),
    modelName: model,
    workDir: join(dir, 'sandbox'),
    threads: 1,
    contextSize: 2048,
    maxActiveRequests: 4,
    restartBackoffMs: { initial: 50, max: 500 },
  });
  const devnet = await DevnetChain.start({ chain: await SandboxChain.open({ log }), log });
  const proxy = await DevnetProxy.start({
    log,
    signer: devnetSigner(devnet),
    powDifficulty: 20,
    policy: 'home',
  });
  const client = await ClientEndpoint.start({ proxy, log });
  const ledger = await EarningsLedger.open({ dir: join(dir, 'ledger'), log });
  let network: WorkerNetwork | null = null;
  try {
    await host.start();
    const device = keyPairFromSeed(randomBytes(32));
    const info = host.info;
    if (!info) throw new Error('devnet perf: the engine did not start');
    const identity = new AttestedIdentity({
      deviceKey: { publicKey: device.publicKey, sign: (m) => sign(m, device.secretKey) },
      measure: () => measureSandbox(info),
    });
    await identity.get(); // measuring the sandbox is not part of connecting
    const address = `127.0.0.1:${proxy.port}`;
    network = new WorkerNetwork({
      proxies: [{ address, dial: proxyDial({ address, identity, policy: 'any', log }) }],
      identity: {
        ownerAddress: new Address(0, randomBytes(32)).toString({ bounceable: false }),
        model,
        isTest: true,
        maxActiveRequests: 4,
      },
      coefficient: 1000,
      ledger,
      backend: host,
      multipliers: () => UNIT_MULTIPLIERS,
      feePerToken: () => devnet.params.workerFeePerToken,
      log,
      onChange: () => undefined,
    });
    network.setDisabled(false);
    const t0 = performance.now();
    network.connect();
    await until(() => proxy.models().length > 0, 60_000);
    const connectMs = performance.now() - t0;

    const body = (i: number): Buffer =>
      Buffer.from(
        JSON.stringify({
          model,
          messages: [{ role: 'user', content: `hello ${i}` }],
          max_tokens: 4,
          temperature: 0,
        }),
      );
    const direct: number[] = [];
    const routed: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      let t = performance.now();
      const res = await host.request({ path: '/v1/chat/completions', body: body(i) });
      let bytes = 0;
      for await (const chunk of res.body) bytes += chunk.length;
      if (bytes === 0) throw new Error('devnet perf: the engine sent an empty answer');
      direct.push(performance.now() - t);
      t = performance.now();
      const r = await fetch(`${client.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: body(i),
      });
      await r.text();
      routed.push(performance.now() - t);
    }
    const load = await runLoad({
      url: client.url,
      model,
      ratePerSecond: 20,
      maxRequests: 40,
      durationMs: 10_000,
      maxTokens: 4,
      log,
    });

    const books = new OwnerBooks(devnetSigner(devnet));
    const owner = new Address(0, randomBytes(32));
    const signs = 200;
    const ts = performance.now();
    for (let i = 0; i < signs; i++) {
      books.credit(owner, 10n);
      books.payment(owner);
    }
    const signUs = ((performance.now() - ts) * 1000) / signs;
    return {
      worker_connect_ms_pow20: round(connectMs),
      engine_direct_ms_median: round(median(direct)),
      routed_ms_median: round(median(routed)),
      proxy_overhead_ms_median: round(median(routed) - median(direct)),
      load_requests_ok: load.requests_ok,
      load_requests_failed: load.requests_failed,
      load_requests_per_s: round(load.requests_ok / (load.duration_ms / 1000), 2),
      load_tokens_total: load.tokens_total,
      sign_payment_us: round(signUs),
    };
  } finally {
    network?.disconnect('perf over');
    await client.stop();
    await proxy.stop();
    await host.stop();
    await ledger.close();
    await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  }
}
