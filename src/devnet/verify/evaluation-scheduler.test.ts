// The evaluation stream's pacing and repeats, with the proxy and verifier stubbed (what is tested is the
// schedule, not the network: tests/integration/verify-local-network.test.ts runs it for real), a seeded
// random and Vitest's fake timers, so no real seconds pass.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../logging/logger.js';
import type { ProxyRequest } from '../proxy/proxy-options.js';
import type { ProxyResponse } from '../proxy/relay.js';
import type { WorkerView } from '../proxy/worker-views.js';
import type { Lane, StandingView } from './standing.js';
import { EvaluationScheduler, type EvaluationSchedulerOptions } from './evaluation-scheduler.js';

/** A small seeded generator (mulberry32), so each run draws the same sequence. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Sent = { worker: number; body: Buffer };

function network(
  workers: Array<{ id: number; owner: string }>,
  lanes: Map<string, Lane>,
  failed: ReadonlySet<string> = new Set(),
) {
  const sent: Sent[] = [];
  const proxy: EvaluationSchedulerOptions['proxy'] = {
    workers: () =>
      workers.map((w) => ({ ...w, ready: true, enabled: true, model: 'silkworm-tiny@1' }) as WorkerView),
    request: (req: ProxyRequest): Promise<ProxyResponse> => {
      sent.push({ worker: req.onlyWorker ?? -1, body: req.payload });
      const body = (async function* () {
        await Promise.resolve();
        yield Buffer.from('{}');
      })();
      return Promise.resolve({ status: 200, headers: [], body, workerId: req.onlyWorker ?? 0 });
    },
  };
  const verifier: EvaluationSchedulerOptions['verifier'] = {
    view: (owner) =>
      ({
        lane: lanes.get(owner) ?? 'evaluation',
        recent: failed.has(owner) ? [{ ok: false }] : [],
      }) as StandingView,
    referenceFor: () => ({}) as never,
  };
  return { proxy, verifier, sent };
}

const base = { model: 'silkworm-tiny', log: silentLogger, meanIntervalMs: 60_000, fastMeanIntervalMs: 2_500 };

afterEach(() => {
  vi.useRealTimers();
});

describe('EvaluationScheduler pacing', () => {
  it('waits the fast mean while an owner is in evaluation, the slow one once all are paid', () => {
    const lanes = new Map<string, Lane>([['a', 'evaluation']]);
    const n = network([{ id: 1, owner: 'a' }], lanes);
    // -ln(1 - (1 - 1/e)) = 1: the exponential draw returns its mean exactly.
    const s = new EvaluationScheduler({ ...base, ...n, random: () => 1 - Math.exp(-1) });
    expect(s.nextDelayMs()).toBe(2_500);
    lanes.set('a', 'paid');
    expect(s.nextDelayMs()).toBe(60_000);
    // While no worker serves the model (a reconnection), it looks again at the fast rate.
    const none = new EvaluationScheduler({ ...base, ...network([], lanes), random: () => 1 - Math.exp(-1) });
    expect(none.nextDelayMs()).toBe(2_500);
  });

  it('gives a new connection its first checks fast even in the paid lane, then slows down', async () => {
    const n = network([{ id: 7, owner: 'a' }], new Map([['a', 'paid']]));
    const s = new EvaluationScheduler({ ...base, ...n, freshChecks: 3, random: () => 1 - Math.exp(-1) });
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      waits.push(s.nextDelayMs());
      await s.runOnce();
    }
    expect(waits).toEqual([2_500, 2_500, 2_500, 60_000]);
  });

  it('tells an owner its new lane soon: one fast request after a promotion, then the slow rate', async () => {
    const lanes = new Map<string, Lane>([['a', 'evaluation']]);
    const n = network([{ id: 1, owner: 'a' }], lanes);
    const s = new EvaluationScheduler({ ...base, ...n, random: () => 1 - Math.exp(-1) });
    await s.runOnce();
    lanes.set('a', 'paid');
    expect(s.nextDelayMs()).toBe(2_500);
    await s.runOnce();
    expect(s.nextDelayMs()).toBe(60_000);
  });

  it('checks a paid owner again soon after a failed check, and slowly once it passes', () => {
    const failed = new Set(['a']);
    const n = network([{ id: 1, owner: 'a' }], new Map([['a', 'paid']]), failed);
    const s = new EvaluationScheduler({ ...base, ...n, random: () => 1 - Math.exp(-1) });
    expect(s.nextDelayMs()).toBe(2_500);
    failed.delete('a');
    expect(s.nextDelayMs()).toBe(60_000);
  });

  it('draws again at the fast rate when a new connection comes up during a slow wait', async () => {
    vi.useFakeTimers();
    const workers = [{ id: 1, owner: 'a' }];
    const n = network(workers, new Map([['a', 'paid']]));
    const s = new EvaluationScheduler({ ...base, ...n, freshChecks: 1, random: () => 1 - Math.exp(-1) });
    s.start();
    await vi.advanceTimersByTimeAsync(2_500); // connection 1's fresh check
    expect(s.sent).toBe(1);
    await vi.advanceTimersByTimeAsync(10_000); // now waiting out 60 s
    expect(s.sent).toBe(1);
    workers[0] = { id: 2, owner: 'a' }; // reconnected
    s.nudge();
    await vi.advanceTimersByTimeAsync(2_500);
    s.stop();
    expect(n.sent.map((r) => r.worker)).toEqual([1, 2]);
  });

  it('sends about one request per fast mean on fake timers while evaluating, one per slow mean after', async () => {
    vi.useFakeTimers();
    const lanes = new Map<string, Lane>([['a', 'evaluation']]);
    const n = network([{ id: 1, owner: 'a' }], lanes);
    const s = new EvaluationScheduler({ ...base, ...n, random: seeded(1) });
    s.start();
    await vi.advanceTimersByTimeAsync(250_000);
    const fast = s.sent;
    lanes.set('a', 'paid');
    await vi.advanceTimersByTimeAsync(600_000);
    const slow = s.sent - fast;
    s.stop();
    // 250 s at a mean of 2.5 s: ~100 requests; 600 s at a mean of 60 s: ~10 (Poisson, seeded).
    expect(fast).toBeGreaterThan(60);
    expect(fast).toBeLessThan(140);
    expect(slow).toBeGreaterThan(2);
    expect(slow).toBeLessThan(25);
  });
});

describe('EvaluationScheduler repeats', () => {
  it('resends, at about repeatShare, the very bytes an owner was sent before', async () => {
    const workers = [
      { id: 1, owner: 'a' },
      { id: 2, owner: 'b' },
    ];
    const n = network(workers, new Map());
    const s = new EvaluationScheduler({ ...base, ...n, random: seeded(7) });
    for (let i = 0; i < 400; i++) await s.runOnce();
    expect(s.sent).toBe(400);
    expect(s.repeats / s.sent).toBeGreaterThan(0.12);
    expect(s.repeats / s.sent).toBeLessThan(0.28);
    // A repeat is the very buffer sent before to the same owner (same bytes), never one sent to another.
    const own = new Map<number, Buffer[]>([
      [1, []],
      [2, []],
    ]);
    let again = 0;
    for (const r of n.sent) {
      const mine = own.get(r.worker) as Buffer[];
      const other = own.get(r.worker === 1 ? 2 : 1) as Buffer[];
      if (mine.includes(r.body)) again += 1;
      expect(other).not.toContain(r.body);
      mine.push(r.body);
    }
    expect(again).toBe(s.repeats);
  });
});
