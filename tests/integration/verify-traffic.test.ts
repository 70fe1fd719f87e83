// Evaluation traffic a worker cannot tell from client traffic (docs/verification.md): the proxy's
// scheduler sends corpus requests at random times to a real worker (the sandboxed engine on the generated
// demo model, over TCP → PoW → TLS 1.3 → Cocoon framing) until it is promoted, then clients send their own
// requests through the OpenAI endpoint. What the worker receives — each proxy.runQueryEx's http.request,
// read off its own connection — has the same header names, the same JSON fields and sampling settings and
// lengths of the same order, evaluation or not.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClientEndpoint } from '../../src/devnet/client/index.js';
import type { DevnetProxy } from '../../src/devnet/proxy/devnet-proxy.js';
import { EvaluationScheduler } from '../../src/devnet/verify/evaluation-scheduler.js';
import { ReferenceEngine } from '../../src/devnet/verify/reference-engine.js';
import { Verifier } from '../../src/devnet/verify/verifier.js';
import { ensureTinyModel } from '../../src/engine/gguf/tiny-model.js';
import { decodeBoxedAs } from '../../src/protocol/tl/codec.js';
import { answerDecryptor, COCOON_TEST_KEY, encryptRequest } from '../../src/protocol/e2e/index.js';
import type { FramedConnection } from '../../src/protocol/connection.js';
import { sampleMeasurements } from '../support/sample-measurements.js';
import { capturingLogger, MODEL, post, startWorker, waitFor } from './devnet-proxy-helpers.js';
import { engineWorker, verifyingProxy } from './verify-helpers.js';

interface Seen {
  headers: string[];
  fields: string[];
  length: number;
  evaluation: boolean;
}

const CLIENT_PROMPTS = [
  'Can you translate "see you tomorrow at the station" into German?',
  'Summarize this: the new library opens on Monday with longer hours and a children’s reading room.',
  'what should I pack for three days of hiking in the mountains?',
  'Explain recursion with a short example.',
  'Write two lines thanking a colleague for covering my shift.',
  'How do I say "the bill, please" in Italian?',
];

const { log } = capturingLogger('verify-traffic');
const closers: Array<() => Promise<void>> = [];
const seen: Seen[] = [];
let dir = '';
let proxy: DevnetProxy;
let client: ClientEndpoint;
let verifier: Verifier;

function watch(conn: FramedConnection): void {
  const set = conn.setHandlers.bind(conn);
  conn.setHandlers = (h) =>
    set({
      ...h,
      onPacket: (m) => {
        if (m._ === 'proxy.runQueryEx') {
          const http = decodeBoxedAs('http.Response', m.query);
          if (http._ === 'http.request') {
            const body = JSON.parse(http.payload.toString('utf8')) as Record<string, unknown>;
            const messages = body.messages as Array<{ content: string }> | undefined;
            const text = messages?.[0]?.content ?? String(body.prompt);
            seen.push({
              headers: http.headers.map((x) => x.name).sort(),
              fields: Object.keys(body).sort(),
              length: http.payload.length,
              evaluation: !CLIENT_PROMPTS.includes(text),
            });
          }
        }
        h.onPacket?.(m);
      },
    });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sw-verify-traffic-'));
  const modelPath = await ensureTinyModel(join(dir, 'models'));
  const reference = await ReferenceEngine.open({ modelPath, threads: 1 });
  closers.push(() => reference.close());
  // share 1: every client request is re-scored too (and must pass).
  verifier = new Verifier({ log, reference, share: 1, rules: { promoteAfter: 3, promoteMaxFailures: 0 } });
  proxy = await verifyingProxy(verifier, log);
  closers.push(() => proxy.stop());
  client = await ClientEndpoint.start({ proxy, log, checked: (m) => verifier.referenceFor(m) !== null });
  closers.push(() => client.stop());
  const engine = await engineWorker(modelPath, 1, await mkdtemp(join(dir, 'engine-')));
  closers.push(() => engine.close());
  const w = await startWorker({
    port: proxy.port,
    backend: engine.backend,
    measurements: sampleMeasurements,
    seed: 71,
    log,
    onDial: watch,
  });
  closers.push(() => w.stop());
  await waitFor('the worker is ready', () => proxy.workers().some((v) => v.ready));
}, 120_000);

afterAll(async () => {
  for (const c of closers.splice(0).reverse()) await c();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('evaluation traffic', () => {
  it('promotes a new worker with corpus requests the worker cannot tell from client requests', async () => {
    const scheduler = new EvaluationScheduler({
      proxy,
      verifier,
      model: MODEL,
      meanIntervalMs: 150,
      shape: { maxTokens: 24, chatShare: 0.5 },
      log,
    });
    scheduler.start();
    try {
      const owner = (): string => proxy.workers()[0]?.owner ?? '';
      await waitFor('promoted', () => verifier.view(owner()).lane === 'paid', 90_000);
      for (let i = 0; i < CLIENT_PROMPTS.length; i++) {
        const chat = i % 2 === 0;
        const content = CLIENT_PROMPTS[i] as string;
        const common = { model: MODEL, max_tokens: 24, temperature: 0.7, stream: i % 3 === 0 };
        const body = chat
          ? { ...common, messages: [{ role: 'user', content }] }
          : { ...common, prompt: content };
        const r = await post(client.url, chat ? '/v1/chat/completions' : '/v1/completions', body);
        expect(r.status).toBe(200);
        expect(r.text).not.toContain('silkworm_evidence');
      }
      await waitFor('more evaluation requests', () => seen.filter((s) => s.evaluation).length >= 8, 60_000);
    } finally {
      scheduler.stop();
    }
    const evaluation = seen.filter((s) => s.evaluation);
    const clients = seen.filter((s) => !s.evaluation);
    expect(clients).toHaveLength(CLIENT_PROMPTS.length);
    const kinds = (xs: Seen[], k: 'headers' | 'fields'): string[] =>
      [...new Set(xs.map((x) => x[k].join(',')))].sort();
    expect(kinds(evaluation, 'headers')).toEqual(kinds(clients, 'headers'));
    expect(kinds(clients, 'headers')).toEqual([
      'Content-Length,Content-Type,X-Silkworm-Evidence,X-Silkworm-Standing',
    ]);
    expect(kinds(evaluation, 'fields').every((f) => kinds(clients, 'fields').includes(f))).toBe(true);
    const mean = (xs: Seen[]): number => xs.reduce((s, x) => s + x.length, 0) / xs.length;
    expect(mean(evaluation) / mean(clients)).toBeGreaterThan(0.5);
    expect(mean(evaluation) / mean(clients)).toBeLessThan(2);
    const standing = verifier.view(proxy.workers()[0]?.owner ?? '');
    expect(standing.failures).toBe(0);
    expect(standing.uptime).toBeGreaterThan(0.9); // the connection has been up since it was first seen
  }, 240_000);

  it('labels what is verified and what is not; honours min_reputation', async () => {
    const models = (await (await fetch(`${client.url}/v1/models`)).json()) as {
      data: Array<{ id: string; trust: { checked: boolean; verifies: string[]; does_not_verify: string[] } }>;
    };
    const trust = models.data.find((m) => m.id === MODEL)?.trust;
    expect(trust?.checked).toBe(true);
    expect(trust?.verifies.join(' ')).toMatch(/model identity.*output distribution/s);
    expect(trust?.does_not_verify.join(' ')).toMatch(/prompt confidentiality/);
    const body = {
      model: MODEL,
      max_tokens: 8,
      messages: [{ role: 'user', content: 'hi' }],
      min_reputation: 0.5,
    };
    const res = await fetch(`${client.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-silkworm-trust')).toMatch(
      /verified=model-identity,output-distribution.*not-verified=prompt-confidentiality/,
    );
    await res.text();
    const refused = await post(client.url, '/v1/chat/completions', { ...body, min_reputation: 2 });
    expect(refused.status).toBe(400);
  }, 60_000);

  it('passes an encrypted answer through untouched and does not check it', async () => {
    const seenByCheck: string[] = [];
    const check = verifier.check.bind(verifier);
    verifier.check = (kind, path, payload, evidence, model) => {
      seenByCheck.push(payload.toString('utf8'));
      return check(kind, path, payload, evidence, model);
    };
    const billed = (): bigint => proxy.books()[0]?.max_tokens ?? 0n;
    const before = billed();
    const key = { seed: Buffer.alloc(32, 9), receiverPublicKey: COCOON_TEST_KEY.publicKey };
    const plain = { model: MODEL, max_tokens: 12, messages: [{ role: 'user', content: 'Name a colour.' }] };
    const sealed = encryptRequest(plain, key);
    const res = await post(client.url, '/v1/chat/completions', sealed);
    expect(res.status).toBe(200);
    const opened = answerDecryptor('json', key);
    const text = Buffer.concat([opened.push(Buffer.from(res.text)), opened.finish()]).toString();
    expect((JSON.parse(text) as { choices: unknown[] }).choices).toHaveLength(1);
    await waitFor('the encrypted request is settled', () => billed() > before, 30_000);
    const marker = JSON.stringify(sealed).slice(-40, -2);
    expect(seenByCheck.some((p) => p.includes(marker))).toBe(false);
    expect(verifier.view(proxy.workers()[0]?.owner ?? '').failures).toBe(0);
  }, 60_000);
});
