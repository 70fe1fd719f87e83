// The devnet client endpoint under a crowd and against hostile requests, with a real worker (src/net over
// real TLS, the real sandboxed engine on the tiny model, cap 2): 50 concurrent streams all get served
// through the bounded queue; beyond the bound a 429 says busy; a paused worker gets a 503 that says paused;
// foreign Host/Origin and malformed targets get 4xx before anything is routed; `user`, `seed` and `stop`
// arrays get in.
import { rm } from 'node:fs/promises';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClientEndpoint } from '../../src/devnet/client/index.js';
import { DevnetProxy, devnetSigner } from '../../src/devnet/proxy/index.js';
import type { SandboxHost } from '../../src/engine/sandbox/host.js';
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
let proxy: DevnetProxy;
let client: ClientEndpoint;
let small: ClientEndpoint;
let smallProxy: DevnetProxy;
const workers: TestWorker[] = [];
const { log } = capturingLogger('devnet');

beforeAll(async () => {
  ({ host, dir } = await tinyHost({ maxActiveRequests: 2 }));
  const measurements = await measure(host);
  const chain = await devnetChain(log.child('chain'));
  const homePolicy = { codeHashes: [measurements.codeBundle], modelHashes: [measurements.model] };
  proxy = await DevnetProxy.start({
    log: log.child('proxy'),
    signer: devnetSigner(chain),
    powDifficulty: 8,
    policy: 'home',
    homePolicy,
  });
  client = await ClientEndpoint.start({ proxy, log: log.child('client') });
  // A second proxy with a queue of 2, to see the bound.
  smallProxy = await DevnetProxy.start({
    log: log.child('small'),
    signer: devnetSigner(chain),
    powDifficulty: 8,
    policy: 'home',
    homePolicy,
    maxQueued: 2,
  });
  small = await ClientEndpoint.start({ proxy: smallProxy, log: log.child('small-client') });
  workers.push(
    await startWorker({
      port: proxy.port,
      backend: host,
      measurements,
      seed: 31,
      log: log.child('w1'),
      maxActiveRequests: 2,
    }),
  );
  workers.push(
    await startWorker({
      port: smallProxy.port,
      backend: host,
      measurements,
      seed: 32,
      log: log.child('w2'),
      maxActiveRequests: 2,
    }),
  );
  await waitFor(
    'ready workers',
    () =>
      proxy.workers().some((w) => w.ready && w.enabled) &&
      smallProxy.workers().some((w) => w.ready && w.enabled),
  );
}, 120_000);

afterAll(async () => {
  for (const w of workers) await w.stop();
  await client?.stop();
  await small?.stop();
  await proxy?.stop();
  await smallProxy?.stop();
  await host?.stop();
  await rm(dir, { recursive: true, force: true });
});

const chat = (content: string, extra: object = {}) => ({
  model: MODEL,
  messages: [{ role: 'user', content }],
  max_tokens: 4,
  temperature: 0,
  ...extra,
});

function raw(
  url: string,
  o: { path: string; headers?: Record<string, string>; method?: string; body?: string },
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { path: o.path, method: o.method ?? 'GET', headers: o.headers ?? {} },
      (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(o.body);
  });
}

describe('devnet client endpoint: queue, reasons and hostile input', () => {
  it('serves 50 concurrent streams on a worker of cap 2 through the queue, every one to [DONE]', async () => {
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        post(client.url, '/v1/chat/completions', chat(`crowd ${i}`, { stream: true })),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array.from({ length: 50 }, () => 200));
    for (const a of answers) expect(parseSse(a.text).done).toBe(true);
    expect(proxy.queued).toBe(0);
  }, 120_000);

  it('answers 429 busy beyond the queue bound, with Retry-After, and serves the rest', async () => {
    const send = async (content: string, maxTokens: number) => {
      const res = await fetch(`${small.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(chat(content, { max_tokens: maxTokens })),
      });
      return { status: res.status, retry: res.headers.get('retry-after'), text: await res.text() };
    };
    // Fill the worker (cap 2) and the queue (bound 2) with long greedy requests, and see the queue full
    // before sending more: on a slow machine the crowd would otherwise arrive spread out and drain.
    // Long enough to still be running while the crowd arrives (the batched engine is fast).
    const first = Array.from({ length: 4 }, (_, i) => send(`long ${i}`, 1200));
    await waitFor('2 requests queued behind 2 running', () => smallProxy.queued === 2, 30_000);
    const over = await Promise.all(Array.from({ length: 4 }, (_, i) => send(`over ${i}`, 4)));
    expect(over.map((a) => a.status)).toEqual([429, 429, 429, 429]);
    for (const b of over) {
      expect(JSON.parse(b.text)).toMatchObject({ error: { type: 'busy', code: 429 } });
      expect(b.retry).toBe('1');
    }
    expect((await Promise.all(first)).map((a) => a.status)).toEqual([200, 200, 200, 200]);
  }, 60_000);

  it('says paused (503) while the owner has paused the worker, and serves again on resume', async () => {
    const w = workers[0]!;
    w.network.setDisabled(true);
    await waitFor('the proxy to see the pause', () => proxy.workers().every((x) => !x.enabled));
    const paused = await post(client.url, '/v1/chat/completions', chat('while paused'));
    expect(paused.status).toBe(503);
    const body = JSON.parse(paused.text) as { error: { type: string; message: string } };
    expect(body.error.type).toBe('paused');
    expect(body.error.message).toMatch(/paused by its owner/);
    w.network.setDisabled(false);
    await waitFor('the proxy to see the resume', () => proxy.workers().some((x) => x.enabled));
    expect((await post(client.url, '/v1/chat/completions', chat('resumed'))).status).toBe(200);
  }, 60_000);

  it('lets the standard fields user, seed and stop arrays in', async () => {
    const r = await post(
      client.url,
      '/v1/chat/completions',
      chat('fields', { user: 'user-123', seed: 42, stop: ['zzz', 'qqq'] }),
    );
    expect(r.status).toBe(200);
    const c = await post(client.url, '/v1/completions', {
      model: MODEL,
      prompt: 'the cat',
      max_tokens: 4,
      user: 'u',
      seed: 7,
      stop: ['zzz'],
    });
    expect(c.status).toBe(200);
  }, 60_000);

  it('refuses foreign Host, foreign Origin and malformed targets with 4xx before routing', async () => {
    const port = new URL(client.url).port;
    const body = JSON.stringify(chat('hostile'));
    const json = { 'content-type': 'application/json' };
    expect((await raw(client.url, { path: '/v1/models', headers: { host: 'evil.example' } })).status).toBe(
      403,
    );
    expect(
      (await raw(client.url, { path: '/v1/models', headers: { host: `127.0.0.1:${Number(port) + 1}` } }))
        .status,
    ).toBe(403);
    const cross = await raw(client.url, {
      path: '/v1/chat/completions',
      method: 'POST',
      headers: { ...json, origin: 'https://evil.example' },
      body,
    });
    expect(cross.status).toBe(403);
    expect(JSON.parse(cross.text)).toMatchObject({ error: { type: 'foreign_origin' } });
    for (const target of ['/%', '/v1/%zz', '/v1/models%'])
      expect((await raw(client.url, { path: target })).status, target).toBe(400);
    // same-origin and origin-less requests (curl, SDKs) still get in
    expect((await raw(client.url, { path: '/v1/models', headers: { origin: client.url } })).status).toBe(200);
    expect(
      (await raw(client.url, { path: '/v1/models', headers: { host: `localhost:${port}` } })).status,
    ).toBe(200);
  });
});
