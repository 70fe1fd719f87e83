// A level reaches the proxy with the protocol's own messages: a real worker (src/net over real TLS, the
// sandboxed engine on the tiny model) behind the DevnetProxy. Applying Quiet while a request streams:
// the proxy sees the new coefficient at once (worker.newCoefficient) and keeps the stream; the new
// max_active_requests comes with the reconnect made once nothing runs; the proxy then routes by it
// (a client's max_coefficient below the level's price finds no worker).
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClientEndpoint } from '../../src/devnet/client/index.js';
import { DevnetProxy, devnetSigner } from '../../src/devnet/proxy/index.js';
import type { DevnetChain } from '../../src/devnet/chain/devnet-chain.js';
import type { SandboxHost } from '../../src/engine/sandbox/host.js';
import { defaultLevels } from '../../src/availability/levels-schema.js';
import { applyLevel as appliedLevel } from '../../src/availability/levels.js';
import { Throttle } from '../../src/node/throttle.js';
import { parseSse, tinyHost } from './engine-helpers.js';
import {
  capturingLogger,
  devnetChain,
  measure,
  MODEL,
  post,
  startWorker,
  waitFor,
  type TestWorker,
} from './devnet-proxy-helpers.js';

let host: SandboxHost;
let dir: string;
let devnet: DevnetChain;
let proxy: DevnetProxy;
let client: ClientEndpoint;
let worker: TestWorker;
let throttle: Throttle;
const { log } = capturingLogger('throttle');

const caps = { maxConcurrency: 2, vramShare: 0.85 };
const levels = defaultLevels(caps);
const level = (id: string) => {
  const l = levels.find((x) => x.id === id);
  if (!l) throw new Error(`no level ${id}`);
  return appliedLevel({ levels, ...caps }, l);
};
const view = () => proxy.workers()[0];

beforeAll(async () => {
  ({ host, dir } = await tinyHost({ maxActiveRequests: 2 }));
  const measurements = await measure(host);
  devnet = await devnetChain(log.child('chain'));
  proxy = await DevnetProxy.start({
    log: log.child('proxy'),
    signer: devnetSigner(devnet),
    powDifficulty: 8,
    policy: 'home',
    homePolicy: { codeHashes: [measurements.codeBundle], modelHashes: [measurements.model] },
  });
  client = await ClientEndpoint.start({ proxy, log: log.child('client'), maxBodyBytes: 64 * 1024 });
  worker = await startWorker({
    port: proxy.port,
    backend: host,
    measurements,
    seed: 41,
    log: log.child('worker'),
    maxActiveRequests: 2,
    backoffMs: 300,
  });
  throttle = new Throttle({
    engine: host,
    network: () => worker.network,
    baseCoefficient: () => 1000,
    log: log.child('levels'),
  });
  await waitFor('a ready worker', () => view()?.ready === true && view()?.enabled === true, 60_000);
}, 120_000);

afterAll(async () => {
  await worker?.stop();
  await client?.stop();
  await proxy?.stop();
  await host?.stop();
  await rm(dir, { recursive: true, force: true });
});

const chat = (content: string, extra: object = {}) => ({
  model: MODEL,
  messages: [{ role: 'user', content }],
  temperature: 0,
  ...extra,
});

describe('levels told to the proxy', () => {
  it('starts at Full: the proxy routes at cap 2 and coefficient 1000', async () => {
    await throttle.apply(level('full'));
    expect(view()).toMatchObject({ ready: true, enabled: true, cap: 2, coefficient: 1000 });
  });

  it('Quiet mid-stream: a new price at once, the stream kept, the new cap after a reconnect', async () => {
    const stream = post(
      client.url,
      '/v1/chat/completions',
      chat('a long story', { stream: true, max_tokens: 1500 }),
    );
    await waitFor('the request running on the worker', () => (view()?.running ?? 0) === 1, 30_000);
    const linkBefore = view()?.id;
    await throttle.apply(level('quiet'));
    // worker.newCoefficient: 75 % of 1000, while the request still runs on the same connection.
    await waitFor('the proxy seeing the new coefficient', () => view()?.coefficient === 750, 10_000);
    expect(view()).toMatchObject({ id: linkBefore, running: 1, cap: 2 });
    const res = await stream;
    expect(res.status).toBe(200);
    const sse = parseSse(res.text);
    expect(sse.done).toBe(true);
    expect(sse.text.length).toBeGreaterThan(100);
    // Nothing runs any more: the worker redials and the handshake carries max_active_requests 1.
    await waitFor(
      'the proxy seeing capacity 1 on a new connection',
      () => view()?.ready === true && view()?.cap === 1 && view()?.id !== linkBefore,
      30_000,
    );
    expect(view()?.coefficient).toBe(750);
    expect(proxy.workers()).toHaveLength(1);
  }, 120_000);

  it('the proxy routes by the level: a client capping the price below it finds no worker', async () => {
    const ok = await post(
      client.url,
      '/v1/chat/completions',
      chat('hello', { max_tokens: 4, max_coefficient: 800 }),
    );
    expect(ok.status).toBe(200);
    const refused = await post(
      client.url,
      '/v1/chat/completions',
      chat('hello', { max_tokens: 4, max_coefficient: 700 }),
    );
    expect(refused.status).not.toBe(200);
    expect(refused.text).toMatch(/coefficient/);
  }, 60_000);

  it('back to Full: price and capacity return', async () => {
    await throttle.apply(level('full'));
    await waitFor(
      'Full at the proxy',
      () => view()?.ready === true && view()?.cap === 2 && view()?.coefficient === 1000,
      30_000,
    );
  }, 60_000);
});
