// Two real workers (src/net over real TLS, the real sandboxed engine on the tiny model, durable ledgers)
// and one DevnetProxy with policy `home`, driven through the OpenAI-compatible client endpoint: concurrent
// streamed and whole requests, clear JSON errors, a worker connection killed mid-stream, and the proxy's
// books equal to each worker's durable ledger, exactly, at the end.
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toNano } from '@ton/core';
import { ClientEndpoint } from '../../src/devnet/client/index.js';
import { runLoad, startTrickle } from '../../src/devnet/load/index.js';
import { NodeWallet } from '../../src/chain/node-wallet.js';
import { memorySecretStore } from '../../src/chain/memory-stores.js';
import { PayoutService } from '../../src/chain/payout/payout-service.js';
import { MemoryClaimStore } from '../../src/chain/payout/claim-store.js';
import { DEVNET_FEE_PER_TOKEN } from '../../src/devnet/chain/devnet-chain.js';
import { DevnetProxy, devnetSigner, type RequestEnd } from '../../src/devnet/proxy/index.js';
import type { DevnetChain } from '../../src/devnet/chain/devnet-chain.js';
import type { SandboxHost } from '../../src/engine/sandbox/host.js';
import type { InferenceBackend } from '../../src/net/query-runner.js';
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
const workers: TestWorker[] = [];
const ends: RequestEnd[] = [];
let killArmed = false;
const { log, lines } = capturingLogger('devnet');

/** The engine, plus a one-shot switch that kills the serving worker's link after its first body chunk. */
function killableBackend(index: number): InferenceBackend {
  return {
    request: async (req, opts) => {
      const res = await host.request(req, opts);
      async function* body(): AsyncIterable<Buffer> {
        for await (const chunk of res.body) {
          yield chunk;
          if (killArmed && chunk.length > 0) {
            killArmed = false;
            workers[index]?.killConnection();
          }
        }
      }
      return { ...res, body: body() };
    },
  };
}

beforeAll(async () => {
  ({ host, dir } = await tinyHost({ maxActiveRequests: 4 }));
  const measurements = await measure(host);
  devnet = await devnetChain(log.child('chain'));
  proxy = await DevnetProxy.start({
    log: log.child('proxy'),
    signer: devnetSigner(devnet),
    powDifficulty: 8,
    policy: 'home',
    homePolicy: { codeHashes: [measurements.codeBundle], modelHashes: [measurements.model] },
    onRequestEnd: (e) => ends.push(e),
  });
  client = await ClientEndpoint.start({ proxy, log: log.child('client'), maxBodyBytes: 64 * 1024 });
  for (const seed of [11, 22]) {
    workers.push(
      await startWorker({
        port: proxy.port,
        backend: killableBackend(workers.length),
        measurements,
        seed,
        log: log.child(`worker${seed}`),
        backoffMs: 1500,
      }),
    );
  }
  await waitFor('two ready workers', () => proxy.workers().filter((w) => w.ready && w.enabled).length === 2);
}, 120_000);

afterAll(async () => {
  for (const w of workers) await w.stop();
  await client?.stop();
  await proxy?.stop();
  await host?.stop();
  await rm(dir, { recursive: true, force: true });
});

const chat = (content: string, extra: object = {}) => ({
  model: MODEL,
  messages: [{ role: 'user', content }],
  max_tokens: 8,
  temperature: 0,
  ...extra,
});

describe('devnet proxy serving real workers', () => {
  it('admits only attested workers and lists the model', async () => {
    expect(proxy.workers().map((w) => w.attestation)).toEqual(['home', 'home']);
    const res = await fetch(`${client.url}/v1/models`);
    expect(await res.json()).toEqual({
      object: 'list',
      data: [
        {
          id: MODEL,
          object: 'model',
          owned_by: 'silkworm-devnet',
          trust: expect.objectContaining({ tier: 'home', checked: false }) as unknown,
        },
      ],
    });
  });

  it('serves concurrent streamed and whole requests on both workers', async () => {
    const before = ends.length;
    const [s1, s2, whole, completion] = await Promise.all([
      post(
        client.url,
        '/v1/chat/completions',
        chat('tell me about the cat', { stream: true, max_coefficient: 1000, timeout: 30 }),
      ),
      post(client.url, '/v1/chat/completions', chat('the sea', { stream: true })),
      post(client.url, '/v1/chat/completions', chat('hello')),
      post(client.url, '/v1/completions', { model: MODEL, prompt: 'the cat', max_tokens: 6, temperature: 0 }),
    ]);
    for (const r of [s1, s2, whole, completion]) expect(r.status).toBe(200);
    for (const s of [s1, s2]) {
      const sse = parseSse(s.text);
      expect(sse.done).toBe(true);
      expect(sse.text.length).toBeGreaterThan(0);
      expect(
        sse.chunks.some(
          (c) => typeof (c.usage as { total_tokens?: number } | undefined)?.total_tokens === 'number',
        ),
      ).toBe(true);
    }
    const body = JSON.parse(whole.text) as {
      choices: Array<{ message: { content: string } }>;
      usage: { total_tokens: number };
    };
    expect(body.choices[0]!.message.content.length).toBeGreaterThan(0);
    expect(
      (JSON.parse(completion.text) as { choices: Array<{ text: string }> }).choices[0]!.text.length,
    ).toBeGreaterThan(0);
    const mine = ends.slice(before);
    expect(mine).toHaveLength(4);
    expect(mine.every((e) => e.ok && (e.tokens ?? 0n) > 0n)).toBe(true);
    expect(new Set(mine.map((e) => e.link.id)).size).toBe(2); // the load was spread over both workers
    // the non-streamed answer was billed exactly its usage (coefficient 1000, multipliers 1.0)
    expect(mine.some((e) => e.tokens === BigInt(body.usage.total_tokens))).toBe(true);
  }, 120_000);

  it('answers bad requests with clear JSON errors and never hangs', async () => {
    const bad = await post(client.url, '/v1/chat/completions', '{"model":');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text)).toMatchObject({ error: { type: 'invalid_json' } });
    const unknown = await post(client.url, '/v1/chat/completions', { ...chat('x'), model: 'no-such-model' });
    expect(unknown.status).toBe(404);
    const cheap = await post(client.url, '/v1/chat/completions', chat('x', { max_coefficient: 500 }));
    expect(cheap.status).toBe(503);
    expect(JSON.parse(cheap.text)).toMatchObject({ error: { type: 'no_worker' } });
    const huge = await post(client.url, '/v1/chat/completions', chat('x'.repeat(100_000)));
    expect(huge.status).toBe(413);
    const slow = await post(
      client.url,
      '/v1/chat/completions',
      chat('a long story', { timeout: 0.05, max_tokens: 500 }),
    );
    expect(slow.status).toBe(504);
    expect(JSON.parse(slow.text)).toMatchObject({ error: { code: 504 } });
  });

  it('gives the client a clean error when the serving worker dies mid-stream, then routes to the other one', async () => {
    const before = ends.length;
    killArmed = true;
    const killed = await post(
      client.url,
      '/v1/chat/completions',
      chat('write a long story about a cat', { stream: true, max_tokens: 64 }),
    );
    expect(killed.status).toBe(200);
    expect(killed.text).not.toContain('[DONE]');
    const last = killed.text.trim().split('\n\n').at(-1)!;
    expect(JSON.parse(last.slice('data: '.length))).toMatchObject({
      error: { type: 'worker_lost', code: 502 },
    });
    const lost = ends[before]!;
    expect(lost).toMatchObject({ ok: false, tokens: null });
    await waitFor(
      'the dead link to leave routing',
      () => proxy.workers().filter((w) => w.ready).length === 1,
      2_000,
    );
    const next = await post(client.url, '/v1/chat/completions', chat('hello again'));
    expect(next.status).toBe(200);
    const served = ends.at(-1)!;
    expect(served.ok).toBe(true);
    expect(served.worker.owner.equals(lost.worker.owner)).toBe(false);
    // the dead worker comes back by itself
    await waitFor(
      'the worker to reconnect',
      () => proxy.workers().filter((w) => w.ready && w.enabled).length === 2,
      20_000,
    );
  }, 60_000);

  it('carries a bounded load of mixed requests from the load generator', async () => {
    const report = await runLoad({
      url: client.url,
      model: MODEL,
      ratePerSecond: 8,
      maxRequests: 8,
      durationMs: 5_000,
      requestTimeoutMs: 30_000,
      maxTokens: 6,
      log,
    });
    expect(report).toMatchObject({ requests_ok: 8, requests_failed: 0 });
    expect(report.tokens_total).toBeGreaterThan(8);
    const served = (): number => proxy.books().reduce((n, b) => n + b.requests, 0);
    const before = served();
    const trickle = startTrickle({
      url: client.url,
      model: MODEL,
      ratePerSecond: 10,
      roundMs: 200,
      maxTokens: 4,
      log,
    });
    await waitFor('the trickle to get 3 requests served', () => served() - before >= 3, 20_000);
    const t = await trickle.stop();
    expect(t.requests_ok).toBeGreaterThanOrEqual(3);
    expect(t.requests_failed).toBe(0);
  }, 60_000);

  it("ends with the proxy's books equal to each worker's durable ledger", async () => {
    const matches = (): boolean =>
      workers.every((w) => {
        const book = proxy.books().find((b) => b.owner === w.owner.toRawString());
        const held = w.ledger.payments.get(devnet.workerSc(w.owner)); // one record per worker contract (proxy × owner)
        return (
          book !== undefined &&
          held !== undefined &&
          held.tokens === book.signed_tokens &&
          held.maxTokens === book.max_tokens &&
          held.dbTokens === book.db_tokens
        );
      });
    await waitFor('ledgers to match the books', matches, 10_000);
    for (const w of workers) {
      const book = proxy.books().find((b) => b.owner === w.owner.toRawString())!;
      const billed = ends
        .filter((e) => e.worker.owner.equals(w.owner) && e.tokens !== null)
        .reduce((s, e) => s + e.tokens!, 0n);
      expect(book.signed_tokens).toBe(billed);
      expect(book.signed_tokens).toBeGreaterThan(0n);
      expect(book.earned_nano).toBe(book.signed_tokens * devnet.params.workerFeePerToken);
    }
    expect(lines.some((l) => /prompt|cat/.test(l.message) && l.scope.includes('proxy'))).toBe(false);
  });

  it("pays out on the emulated chain exactly what the worker's signed payment says", async () => {
    const w = workers[0]!;
    const held = w.ledger.payments.get(devnet.workerSc(w.owner))!;
    const wallet = await NodeWallet.open({ chain: devnet.chain, secrets: memorySecretStore(), log });
    await devnet.chain.fund(wallet.address, toNano('3'));
    const payouts = new PayoutService({ chain: devnet.chain, wallet, store: new MemoryClaimStore(), log });
    const before = await devnet.chain.getBalance(w.owner);
    const claim = await payouts.claimNow(devnet.payment(w.owner, held.boc), { force: true }); // however small
    expect(claim.status).toBe('paid');
    expect(claim.amountNano).toBe(held.tokens * DEVNET_FEE_PER_TOKEN);
    expect((await devnet.chain.getBalance(w.owner)) - before).toBe(held.tokens * DEVNET_FEE_PER_TOKEN);
  }, 60_000);
});
