import { describe, expect, it } from 'vitest';
import { AdmissionQueue, admissionFor } from './admission.js';
import { ProxyRequestError } from './errors.js';
import type { RouteCandidate } from './router.js';

const worker = (o: Partial<RouteCandidate> = {}): RouteCandidate => ({
  id: 1,
  baseModel: 'm',
  ready: true,
  enabled: true,
  running: 2,
  cap: 2,
  coefficient: 1000,
  averageMs: 100,
  reputation: 0,
  ...o,
});
const codeOf = (a: ReturnType<typeof admissionFor>) => (a.kind === 'refuse' ? a.error.code : 'wait');

describe('admission', () => {
  it('waits only when the model is served but every worker is at its cap', () => {
    expect(codeOf(admissionFor([worker()], { baseModel: 'm' }))).toBe('wait');
    expect(codeOf(admissionFor([], { baseModel: 'm' }))).toBe('no_worker');
    expect(codeOf(admissionFor([worker({ ready: false })], { baseModel: 'm' }))).toBe('no_worker');
    expect(codeOf(admissionFor([worker()], { baseModel: 'other' }))).toBe('unknown_model');
    expect(
      codeOf(admissionFor([worker({ coefficient: 2000 })], { baseModel: 'm', maxCoefficient: 1000 })),
    ).toBe('no_worker');
  });

  it('says paused when the owner paused the worker, never a vague busy', () => {
    const a = admissionFor([worker({ enabled: false, running: 0 })], { baseModel: 'm' });
    expect(a.kind === 'refuse' && a.error.message).toMatch(/paused by its owner/);
  });

  it('wakes waiters in order, refuses beyond the bound and times out at the deadline', async () => {
    const q = new AdmissionQueue(2);
    const order: number[] = [];
    const a = q.wait(performance.now() + 5_000).then(() => order.push(1));
    const b = q.wait(performance.now() + 5_000).then(() => order.push(2));
    await expect(q.wait(performance.now() + 5_000)).rejects.toMatchObject({ code: 'busy' });
    expect(q.size).toBe(2);
    q.wake();
    await Promise.all([a, b]);
    expect(order).toEqual([1, 2]);
    const late = q.wait(performance.now() + 20);
    await expect(late).rejects.toBeInstanceOf(ProxyRequestError);
    await expect(late).rejects.toMatchObject({ code: 'timeout' });
    expect(q.size).toBe(0);
  });
});
