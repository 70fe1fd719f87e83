// What the cheating-worker tests share (docs/verification.md): the claimed model's reference, a Verifier
// checking every request (share 1) with small lanes (promoted after 3 passed checks, demoted at 3 failures
// in a window of 50), the verifying devnet proxy, workers whose engine is the real sandboxed host
// optionally wrapped by an impostor (src/devnet/impostors), and a client that sends corpus requests.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { readAll } from '../../src/devnet/impostors/impostor.js';
import type { DevnetProxy } from '../../src/devnet/proxy/devnet-proxy.js';
import { ProxyRequestError } from '../../src/devnet/proxy/errors.js';
import { corpusRequest, type CorpusOptions } from '../../src/devnet/verify/corpus.js';
import { ReferenceEngine } from '../../src/devnet/verify/reference-engine.js';
import { Verifier } from '../../src/devnet/verify/verifier.js';
import { EVIDENCE_FIELD } from '../../src/engine/evidence/carriage.js';
import type { InferenceBackend } from '../../src/net/query-runner.js';
import { sampleMeasurements } from '../support/sample-measurements.js';
import { capturingLogger, MODEL, startWorker, waitFor, type TestWorker } from './devnet-proxy-helpers.js';
import { engineWorker, verifyingProxy, writeVariants } from './verify-helpers.js';

export const RULES = { window: 50, promoteAfter: 3, promoteMaxFailures: 1, demoteFailures: 3 };

export interface CheaterBench {
  proxy: DevnetProxy;
  verifier: Verifier;
  files: Awaited<ReturnType<typeof writeVariants>>;
  dir: string;
  /** A worker of owner `seed` on `modelPath`, its engine wrapped by `wrap` (an impostor) when given. */
  worker(
    modelPath: string,
    threads: number,
    seed: number,
    wrap?: (engine: InferenceBackend) => InferenceBackend,
  ): Promise<TestWorker>;
  /** Sends one request and reads the client's answer; false when the proxy refused it. */
  send(evaluation: boolean, body: { path: string; body: Buffer }): Promise<boolean>;
  /** Stops every worker started so far. */
  stopWorkers(): Promise<void>;
  /** The owner's tokens in a signed payment. */
  signed(owner: string): bigint;
  close(): Promise<void>;
}

/** Request `i` of the corpus, short, temperature 0.7, whole JSON unless `o.stream`. */
export function request(i: number, o: CorpusOptions = {}): { path: string; body: Buffer } {
  return corpusRequest(MODEL, { random: () => (i * 0.618) % 1, maxTokens: 12, stream: false, ...o });
}

export async function cheaterBench(): Promise<CheaterBench> {
  const { log } = capturingLogger('verify-cheaters');
  const closers: Array<() => Promise<void>> = [];
  const workers: Array<() => Promise<void>> = [];
  const dir = await mkdtemp(join(tmpdir(), 'sw-verify-cheaters-'));
  const files = await writeVariants(dir);
  const reference = await ReferenceEngine.open({ modelPath: files.reference, threads: 1 });
  closers.push(() => reference.close());
  const verifier = new Verifier({ log, reference, share: 1, rules: RULES });
  const proxy = await verifyingProxy(verifier, log);
  closers.push(() => proxy.stop());
  return {
    proxy,
    verifier,
    files,
    dir,
    async worker(modelPath, threads, seed, wrap) {
      // One worker at a time: the proxy routes to any ready one.
      await waitFor('no other worker is connected', () => !proxy.workers().some((v) => v.ready));
      const engine = await engineWorker(modelPath, threads, await mkdtemp(join(dir, 'engine-')));
      const backend = wrap ? wrap(engine.backend) : engine.backend;
      const w = await startWorker({ port: proxy.port, backend, measurements: sampleMeasurements, seed, log });
      let stopped = false;
      const stop = async (): Promise<void> => {
        if (stopped) return;
        stopped = true;
        await w.stop();
        await engine.close();
      };
      closers.push(stop);
      workers.push(stop);
      await waitFor('the worker is ready', () => proxy.workers().some((v) => v.ready));
      return { ...w, stop };
    },
    async send(evaluation, r) {
      try {
        const res = await proxy.request({
          path: r.path,
          model: MODEL,
          payload: r.body,
          headers: [['Content-Type', 'application/json']],
          evaluation,
        });
        const body = (await readAll(res.body)).toString('utf8');
        expect(body).toContain('"choices"');
        expect(body).not.toContain(EVIDENCE_FIELD); // the proxy asked for it; the client did not
        return true;
      } catch (err) {
        if (err instanceof ProxyRequestError) return false;
        throw err;
      }
    },
    async stopWorkers() {
      for (const stop of workers.splice(0)) await stop();
    },
    signed: (owner) => proxy.books().find((b) => b.owner === owner)?.signed_tokens ?? 0n,
    async close() {
      for (const c of closers.splice(0).reverse()) await c();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
