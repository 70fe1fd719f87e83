// The power limit through the real tool runner: an absent nvidia-smi is reported as unsupported; a
// stand-in nvidia-smi script answers as the real one does without admin rights ("Insufficient
// Permissions", exit 4) or with them, so each outcome is what the owner is told. (The runner is pointed
// at the script's path; PATH is left alone, other tests share this process.)
import { afterEach, describe, expect, it } from 'vitest';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PowerLimiter } from './power-limit.js';
import { runTool, type ToolRunner } from '../sensors/run-tool.js';

let dir: string | null = null;

afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = null;
});

/** The real runner, with nvidia-smi found at `smi`. */
const runnerWith =
  (smi: string): ToolRunner =>
  (command, args, timeoutMs) =>
    runTool(command === 'nvidia-smi' ? smi : command, args, timeoutMs);

/** A stand-in nvidia-smi that reports a 320 W default and answers -pl as told; it logs what it was asked. */
async function fakeSmi(plAnswer: 'denied' | 'ok'): Promise<{ smi: string; log: string }> {
  dir = await mkdtemp(path.join(tmpdir(), 'sw-smi-'));
  const log = path.join(dir, 'calls');
  const script = [
    '#!/bin/sh',
    `echo "$@" >> ${log}`,
    'case "$*" in',
    '  *--query-gpu=power.default_limit*) echo "320.00"; exit 0;;',
    plAnswer === 'denied'
      ? '  *-pl*) echo "Changing power management limit is not supported in current scope for GPU: 00000000:01:00.0. Insufficient Permissions" >&2; exit 4;;'
      : '  *-pl*) echo "Power limit for GPU 00000000:01:00.0 was set to $4 W from 320.00 W."; exit 0;;',
    'esac',
  ].join('\n');
  await writeFile(path.join(dir, 'nvidia-smi'), script);
  await chmod(path.join(dir, 'nvidia-smi'), 0o755);
  return { smi: path.join(dir, 'nvidia-smi'), log };
}

describe('power limit', () => {
  it('says plainly that there is no control where nvidia-smi is absent', async () => {
    const r = await new PowerLimiter({ run: runnerWith('/nonexistent/nvidia-smi') }).apply(200);
    expect(r).toMatchObject({ state: 'unsupported' });
    expect(r.state === 'unsupported' && r.message).toMatch(/duty cap still applies/);
  });

  it('reports "needs administrator rights" when the driver refuses, and changes nothing', async () => {
    const { smi } = await fakeSmi('denied');
    const r = await new PowerLimiter({ run: runnerWith(smi) }).apply(200);
    expect(r).toMatchObject({ state: 'needs-admin' });
    expect(r.state === 'needs-admin' && r.message).toMatch(/administrator rights/);
  });

  it('applies a limit where allowed, and restores the board default when a level has none', async () => {
    const { smi, log } = await fakeSmi('ok');
    const limiter = new PowerLimiter({ run: runnerWith(smi) });
    expect(await limiter.apply(200)).toEqual({ state: 'applied', watts: 200 });
    expect(await limiter.apply(null)).toEqual({ state: 'cleared' });
    const calls = (await readFile(log, 'utf8')).trim().split('\n');
    expect(calls.filter((c) => c.includes('-pl'))).toEqual(['-i 0 -pl 200', '-i 0 -pl 320']);
  });
});
