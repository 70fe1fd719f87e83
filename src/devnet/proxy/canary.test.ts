import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { silentLogger } from '../../logging/logger.js';
import { CanaryRunner } from './canary.js';
import type { WorkerView } from './devnet-proxy.js';

// The proxy side is replaced by a table of answers per worker: this tests the canary's judging only
// (the real path runs in tests/integration/devnet-proxy-hostile-requests.test.ts).
function fakeProxy(answers: Record<number, string>) {
  const verdicts: Array<[number, boolean]> = [];
  const view = (id: number): WorkerView => ({
    id,
    owner: `0:${String(id).repeat(64).slice(0, 64)}`,
    model: 'm@rev',
    ready: true,
    enabled: true,
    running: 0,
    cap: 1,
    coefficient: 1000,
    attestation: 'home',
    protoVersion: 4,
    tier: 'home',
    attested: true,
    trust: 'home: attested',
    reputation: null,
  });
  return {
    verdicts,
    proxy: {
      workers: () => Object.keys(answers).map((k) => view(Number(k))),
      request: (req: { onlyWorker?: number }) => {
        const content = answers[req.onlyWorker ?? -1] ?? '';
        const body = Buffer.from(JSON.stringify({ choices: [{ message: { content } }] }));
        return Promise.resolve({
          status: 200,
          headers: [],
          body: Readable.from([body]) as AsyncIterable<Buffer>,
          workerId: req.onlyWorker ?? 0,
        });
      },
      recordCanary: (id: number, matched: boolean) => void verdicts.push([id, matched]),
    },
  };
}

describe('canaries', () => {
  it('judges against the reference output', async () => {
    const f = fakeProxy({ 1: 'red green blue', 2: 'whatever' });
    const c = new CanaryRunner({
      proxy: f.proxy,
      model: 'm',
      intervalMs: 1000,
      log: silentLogger,
      reference: () => Promise.resolve('red green blue'),
    });
    await c.start();
    c.stop();
    expect((await c.runOnce()).map((r) => [r.workerId, r.matched])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect(f.verdicts).toEqual([
      [1, true],
      [2, false],
    ]);
  });

  it('without a reference, learns it from two owners that agree, then judges', async () => {
    const f = fakeProxy({ 1: 'red', 2: 'red', 3: 'blue' });
    const c = new CanaryRunner({ proxy: f.proxy, model: 'm', intervalMs: 1000, log: silentLogger });
    const first = await c.runOnce();
    expect(c.expected).toBe('red');
    expect(first.filter((r) => r.matched === null).length).toBeGreaterThan(0);
    expect((await c.runOnce()).map((r) => r.matched)).toEqual([true, true, false]);
  });
});
