// The headless commands against a running daemon: status, pause (timed and until resumed), resume, claim.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { repoRoot, startDaemonProcess, type DaemonProcess } from '../support/daemon.js';

let daemon: DaemonProcess;
const run = promisify(execFile);

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, [
      path.join(repoRoot, 'bin', 'silkworm.js'),
      ...args,
      '--data-dir',
      daemon.dataDir,
    ]);
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  daemon = await startDaemonProcess();
}, 60_000);

afterAll(async () => {
  await daemon.stop();
});

describe('silkworm status / pause / resume / claim', () => {
  it('reports the state as JSON and as text', async () => {
    const json = await cli('status', '--json');
    expect(json.code).toBe(0);
    const state = JSON.parse(json.stdout) as { worker: { status: string }; network: { mode: string } };
    expect(state.network.mode).toBe('devnet');
    const text = await cli('status');
    expect(text.stdout).toMatch(/earned today .* TON/);
  });

  it('pauses for a while, until resumed, and resumes', async () => {
    const timed = await cli('pause', '--for', '15m');
    expect(timed.stdout).toMatch(/^paused: Paused until .+ by you/m);
    const open = await cli('pause');
    expect(open.stdout).toMatch(/^paused: Paused by you until you resume/m);
    const back = await cli('resume', '--json');
    expect(['serving', 'starting']).toContain(
      (JSON.parse(back.stdout) as { worker: { status: string } }).worker.status,
    );
  });

  it('refuses bad input with a clear message and a non-zero exit', async () => {
    const bad = await cli('pause', '--for', 'soon');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/"soon" is not a duration/);
    const nothing = await cli('claim');
    expect(nothing.code).not.toBe(0);
    expect(nothing.stderr).toMatch(/Nothing to claim/);
  });
});
