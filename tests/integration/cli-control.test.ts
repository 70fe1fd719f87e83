// The headless commands against a running daemon: status, pause (timed and until resumed), resume, claim.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDaemonProcess, type DaemonProcess } from '../support/daemon.js';
import { cliFor } from '../support/cli.js';

let daemon: DaemonProcess;
const cli = cliFor(() => daemon);

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
