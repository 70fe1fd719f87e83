// Verification end to end on loopback (docs/verification.md): real workers (TCP → PoW → TLS 1.3 → Cocoon
// framing) whose engines are the sandboxed llama.cpp host on generated models, returning evidence in the
// answer body because the proxy's forwarded requests ask for it, the devnet proxy re-scoring their evidence on
// its own llama.cpp reference of the claimed model file. An honest worker (same model, q8_0, 2 threads)
// passes its evaluation and enters the paid lane; the same owner serving a one-layer-smaller model under the
// claimed name is caught, its disputed tokens never reach a signed payment, and it is demoted.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { networkStateSchema } from '../../src/api/index.js';
import type { DevnetProxy } from '../../src/devnet/proxy/devnet-proxy.js';
import { ProxyRequestError } from '../../src/devnet/proxy/errors.js';
import { corpusRequest } from '../../src/devnet/verify/corpus.js';
import { ReferenceEngine } from '../../src/devnet/verify/reference-engine.js';
import { Verifier } from '../../src/devnet/verify/verifier.js';
import { sampleMeasurements } from '../support/sample-measurements.js';
import { capturingLogger, MODEL, startWorker, waitFor, type TestWorker } from './devnet-proxy-helpers.js';
import { EVIDENCE_FIELD } from '../../src/engine/evidence/carriage.js';
import { engineWorker, verifyingProxy, writeVariants } from './verify-helpers.js';

const { log } = capturingLogger('verify');
const closers: Array<() => Promise<void>> = [];
let proxy: DevnetProxy;
let verifier: Verifier;
let files: Awaited<ReturnType<typeof writeVariants>>;
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sw-verify-'));
  files = await writeVariants(dir);
  const reference = await ReferenceEngine.open({ modelPath: files.reference, threads: 1 });
  closers.push(() => reference.close());
  verifier = new Verifier({
    log,
    reference,
    share: 1, // every client request checked here, so the test counts checks exactly
    rules: { window: 50, promoteAfter: 5, promoteMaxFailures: 1, demoteFailures: 3 },
  });
  proxy = await verifyingProxy(verifier, log);
  closers.push(() => proxy.stop());
}, 60_000);

afterAll(async () => {
  for (const c of closers.splice(0).reverse()) await c();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function worker(modelPath: string, threads: number): Promise<TestWorker> {
  const engine = await engineWorker(modelPath, threads, await mkdtemp(join(dir, 'engine-')));
  const w = await startWorker({
    port: proxy.port,
    backend: engine.backend,
    measurements: sampleMeasurements,
    seed: 61,
    log,
  });
  closers.push(async () => {
    await w.stop();
    await engine.close();
  });
  await waitFor('the worker is ready', () => proxy.workers().some((v) => v.ready));
  return w;
}

async function send(evaluation: boolean, i: number): Promise<void> {
  const r = corpusRequest(MODEL, { random: () => (i * 0.618) % 1, maxTokens: 12, stream: false });
  const res = await proxy.request({
    path: r.path,
    model: MODEL,
    payload: r.body,
    headers: r.headers,
    evaluation,
  });
  const parts: Buffer[] = [];
  for await (const chunk of res.body) parts.push(chunk);
  const body = Buffer.concat(parts).toString('utf8');
  expect(body).toContain('"choices"');
  expect(body).not.toContain(EVIDENCE_FIELD); // the proxy asked for it; the client did not
}

const signed = (): bigint => proxy.books()[0]?.signed_tokens ?? 0n;

describe('verification lanes', () => {
  it('keeps a new worker in the unpaid evaluation lane, promotes it after its checks, then pays', async () => {
    const w = await worker(files.honest, 2);
    const owner = w.owner.toRawString();
    await expect(send(false, 0)).rejects.toThrow(ProxyRequestError);
    for (let i = 0; i < 5; i++) await send(true, i);
    await waitFor('five checks', () => verifier.view(owner).checks === 5, 30_000);
    const v = verifier.view(owner);
    expect(v.failures).toBe(0);
    expect(v.lane).toBe('paid');
    expect(signed()).toBe(0n); // evaluation traffic is unpaid
    await send(false, 7);
    await waitFor('the client request is paid', () => signed() > 0n, 30_000);
    expect(verifier.view(owner).recent[0]?.ok).toBe(true);
    await w.stop();
  }, 120_000);

  it('catches the same owner serving a smaller model under the claimed name, withholds and demotes', async () => {
    await waitFor('the honest connection is gone', () => !proxy.workers().some((v) => v.ready));
    const w = await worker(files.impostor, 1);
    const owner = w.owner.toRawString();
    const paidBefore = signed();
    let sent = 0;
    while (verifier.view(owner).lane === 'paid' && sent < 10) {
      await send(false, 20 + sent).catch((err: unknown) => {
        if (!(err instanceof ProxyRequestError)) throw err;
      });
      sent += 1;
      await waitFor('the check is recorded', () => verifier.view(owner).checks >= 6 + sent, 30_000);
    }
    const v = verifier.view(owner);
    expect(v.lane).toBe('evaluation');
    expect(sent).toBe(3); // demoted at the third failed check
    expect(v.recent[0]?.reason).toMatch(/differ from the reference/);
    expect(v.tokensWithheld).toBeGreaterThan(0n);
    await waitFor('the withheld bills are settled', () => (proxy.books()[0]?.max_tokens ?? 0n) > paidBefore);
    expect(signed()).toBe(paidBefore); // disputed tokens are in tokens_max, never in a signed payment
    await waitFor('the worker holds a payment', () => w.ledger.signedTokens() > 0n);
    expect(w.ledger.signedTokens()).toBe(paidBefore);
    await expect(send(false, 40)).rejects.toThrow(/passed its evaluation/);
    // The owner's dashboard: the next request the worker serves (evaluation traffic) carries its standing.
    await send(true, 41);
    const views = networkStateSchema.shape.proxies.parse(w.network.views());
    const standing = views[0]?.standing;
    expect(standing?.lane).toBe('evaluation');
    expect(standing?.failures).toBeGreaterThanOrEqual(3);
    expect(BigInt(standing?.withheld ?? '0')).toBeGreaterThan(0n);
    expect(standing?.recent.find((c) => !c.ok)?.reason).toMatch(/differ from the reference/);
  }, 120_000);
});
