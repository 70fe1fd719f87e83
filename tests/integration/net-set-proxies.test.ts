// WorkerNetwork.setProxies on a live network: a proxy the root no longer lists stops taking requests at
// once, but the request it is serving runs to its end on the real engine (tiny model) before the session
// closes; a proxy the root adds is dialled right away. The devnet proxy on 127.0.0.1 routes the request.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Address } from '@ton/core';
import { keyPairFromSeed, sign } from '@ton/crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DevnetProxy } from '../../src/devnet/proxy/devnet-proxy.js';
import { EarningsLedger } from '../../src/earnings/ledger.js';
import type { SandboxHost } from '../../src/engine/sandbox/host.js';
import { createLogger, silentLogger } from '../../src/logging/logger.js';
import { AttestedIdentity, manualProxyTarget } from '../../src/net/dial.js';
import type { InferenceBackend } from '../../src/net/query-runner.js';
import { UNIT_MULTIPLIERS } from '../../src/net/token-counter.js';
import { WorkerNetwork } from '../../src/net/worker-network.js';
import { MODEL, tinyHost } from './engine-helpers.js';
import { sampleMeasurements } from '../support/sample-measurements.js';
import { testSigner } from '../support/test-signer.js';
import { waitFor } from '../support/wait-for.js';

let host: SandboxHost;
beforeAll(async () => {
  host = (await tinyHost()).host;
}, 120_000);
afterAll(async () => {
  await host.stop();
});

const wait = (what: string, cond: () => boolean) =>
  waitFor(cond, { timeoutMs: 30_000, what, intervalMs: 25 });

describe('WorkerNetwork.setProxies', () => {
  it('lets a removed proxy finish its running request, then closes; an added one connects', async () => {
    const start = () =>
      DevnetProxy.start({ log: silentLogger, signer: testSigner().signer, powDifficulty: 4 });
    const [a, b] = await Promise.all([start(), start()]);
    let open: () => void = () => undefined;
    const gate = new Promise<void>((r) => (open = r));
    // The real engine; its answer is held until the proxy has been removed.
    const backend: InferenceBackend = {
      request: async (req, opts) => {
        const res = await host.request(req, opts);
        return {
          ...res,
          body: (async function* held() {
            await gate;
            yield* res.body;
          })(),
        };
      },
    };
    const device = keyPairFromSeed(Buffer.alloc(32, 5));
    const identity = new AttestedIdentity({
      deviceKey: { publicKey: device.publicKey, sign: (m) => sign(m, device.secretKey) },
      measure: () => Promise.resolve(sampleMeasurements),
    });
    const target = (port: number) =>
      manualProxyTarget({ address: `127.0.0.1:${port}`, identity, log: silentLogger });
    const ledger = await EarningsLedger.open({
      dir: await mkdtemp(join(tmpdir(), 'sw-setproxies-')),
      log: silentLogger,
    });
    const net = new WorkerNetwork({
      proxies: [target(a.port)],
      identity: {
        ownerAddress: new Address(0, Buffer.alloc(32, 9)).toString({ bounceable: false }),
        model: MODEL,
        isTest: true,
        maxActiveRequests: 2,
      },
      coefficient: 1000,
      ledger,
      backend,
      multipliers: () => UNIT_MULTIPLIERS,
      feePerToken: () => 1n,
      log: createLogger('worker', () => undefined),
      onChange: () => undefined,
      backoff: { initialMs: 100, maxMs: 200 },
    });
    try {
      net.setDisabled(false);
      net.connect();
      await wait('proxy a serving', () => net.views()[0]?.status === 'ready');
      const response = a.request({
        path: '/v1/completions',
        model: MODEL,
        payload: Buffer.from(
          JSON.stringify({ model: MODEL, prompt: 'hello', max_tokens: 8, temperature: 0 }),
        ),
      });
      await wait('the request running', () => net.activeRequests === 1);

      let drained = false;
      const removal = net.setProxies([target(b.port)]).then(() => (drained = true));
      expect(net.views().map((v) => v.address)).toEqual([`127.0.0.1:${b.port}`]);
      await wait('proxy b serving', () => net.views()[0]?.status === 'ready');
      expect([drained, a.workers().length]).toEqual([false, 1]);

      open();
      const res = await response;
      const chunks: Buffer[] = [];
      for await (const c of res.body) chunks.push(c);
      expect(res.status).toBe(200);
      const answer = JSON.parse(Buffer.concat(chunks).toString()) as { choices: Array<{ text: string }> };
      expect(answer.choices[0]?.text.length).toBeGreaterThan(0);
      await removal;
      expect(drained).toBe(true);
      await wait('proxy a to lose the worker', () => a.workers().length === 0);
      expect(b.workers()).toHaveLength(1);
    } finally {
      net.disconnect('test over');
      await ledger.close();
      await Promise.all([a.stop(), b.stop()]);
    }
  }, 120_000);
});
