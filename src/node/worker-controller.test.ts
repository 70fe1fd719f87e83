import { describe, expect, it } from 'vitest';
import { WorkerController, type PauseDecision, type WorkerRuntime } from './worker-controller.js';
import { silentLogger } from '../logging/logger.js';

const serve: PauseDecision = {
  pause: false,
  reason: 'Serving',
  reasonCode: { key: 'availability.serving', params: {} },
  until: null,
};
const game: PauseDecision = {
  pause: true,
  reason: 'Paused: game running (eldenring.exe)',
  reasonCode: { key: 'availability.paused.game', params: { name: 'eldenring.exe' } },
  until: null,
};

function setup() {
  const calls: string[] = [];
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
  });
  return { worker, calls, shown };
}

describe('WorkerController', () => {
  it('starts, yields the GPU when the policy pauses, and resumes when it serves again', async () => {
    const { worker, calls, shown } = setup();
    await worker.start();
    expect(worker.status).toBe('serving');
    await worker.setPolicy(game);
    expect(worker.status).toBe('paused');
    await worker.setPolicy(serve);
    expect(worker.status).toBe('serving');
    expect(calls).toEqual(['start', 'stop:Paused: game running (eldenring.exe)', 'start']);
    expect(shown).toContain('paused:availability.paused.game');
  });

  it('does not start the engine while the policy says pause, and stays stopped until started', async () => {
    const { worker, calls } = setup();
    await worker.setPolicy(game);
    expect(worker.status).toBe('stopped');
    await worker.start();
    expect(worker.status).toBe('paused');
    expect(calls).toEqual([]);
  });

  it('a repeated decision changes nothing', async () => {
    const { worker, calls } = setup();
    await worker.start();
    await worker.setPolicy(serve);
    await worker.setPolicy(serve);
    expect(calls).toEqual(['start']);
  });

  it('reports a runtime that cannot start as an error with the cause, and retries on the next decision', async () => {
    const shown: string[] = [];
    let fail = true;
    const worker = new WorkerController({
      runtime: {
        start: () => (fail ? Promise.reject(new Error('no model')) : Promise.resolve()),
        stop: () => Promise.resolve(),
      },
      log: silentLogger,
      onChange: (s) => shown.push(`${s.status}:${s.reason}`),
    });
    await worker.start();
    expect(worker.status).toBe('error');
    expect(shown.at(-1)).toBe('error:Could not start: no model');
    fail = false;
    await worker.setPolicy(serve);
    expect(worker.status).toBe('serving');
  });
});
