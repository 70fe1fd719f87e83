import { describe, expect, it } from 'vitest';
import { WorkerController, type WorkerRuntime } from './worker-controller.js';
import { silentLogger } from '../logging/logger.js';

function setup() {
  const calls: string[] = [];
  let clock = 1_000_000;
  const runtime: WorkerRuntime = {
    start: () => {
      calls.push('start');
      return Promise.resolve();
    },
    stop: (reason) => {
      calls.push(`stop:${reason}`);
      return Promise.resolve();
    },
  };
  const shown: string[] = [];
  const worker = new WorkerController({
    runtime,
    log: silentLogger,
    onChange: (s) => shown.push(`${s.status}:${s.reasonCode.key}`),
    now: () => clock,
    formatTime: () => '18:00',
  });
  return { worker, calls, shown, advance: (ms: number) => (clock += ms) };
}

describe('WorkerController', () => {
  it('starts, pauses with a reason, and resumes', async () => {
    const { worker, calls, shown } = setup();
    await worker.start();
    expect(worker.status).toBe('serving');
    await worker.pause();
    expect(worker.status).toBe('paused');
    await worker.resume();
    expect(calls).toEqual(['start', 'stop:Paused by you until you resume', 'start']);
    expect(shown).toContain('paused:worker.pausedByYou');
  });

  it('a timed pause ends by itself', async () => {
    const { worker, advance } = setup();
    await worker.start();
    await worker.pause(50);
    expect(worker.status).toBe('paused');
    advance(60);
    await new Promise((r) => setTimeout(r, 120));
    expect(worker.status).toBe('serving');
  });

  it('the owner’s pause beats the policy, and the policy pauses on its own', async () => {
    const { worker } = setup();
    await worker.start();
    await worker.setPolicy({ pause: true, reason: 'Paused: game running (eldenring.exe)', reasonCode: { key: 'paused.game', params: { name: 'eldenring.exe' } }, until: null });
    expect(worker.status).toBe('paused');
    await worker.setPolicy({ pause: false, reason: 'Serving', reasonCode: { key: 'worker.serving', params: {} }, until: null });
    expect(worker.status).toBe('serving');
    await worker.pause();
    await worker.setPolicy({ pause: false, reason: 'Serving', reasonCode: { key: 'worker.serving', params: {} }, until: null });
    expect(worker.status).toBe('paused');
  });

  it('reports a runtime that cannot start as an error with the cause', async () => {
    const shown: string[] = [];
    const worker = new WorkerController({
      runtime: { start: () => Promise.reject(new Error('no model')), stop: () => Promise.resolve() },
      log: silentLogger,
      onChange: (s) => shown.push(`${s.status}:${s.reason}`),
    });
    await worker.start();
    expect(worker.status).toBe('error');
    expect(shown.at(-1)).toBe('error:Could not start: no model');
  });
});
