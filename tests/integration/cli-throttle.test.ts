// `silkworm throttle` against a running daemon: a level by name for a while, until tomorrow, an unknown
// level refused with the levels there are, and back to the schedule.
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

describe('silkworm throttle', () => {
  it('"throttle Quiet --for 2h" serves at Quiet until a time, by you', async () => {
    const r = await cli('throttle', 'Quiet', '--for', '2h');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/: Quiet until \d\d:\d\d \(by you\)$/m);
    expect(r.stdout).toMatch(/^level Quiet: 1 at once, duty cap 40 %, price ×0\.750$/m);
  });

  it('"throttle full --until-tomorrow" and JSON output', async () => {
    const r = await cli('throttle', 'full', '--until-tomorrow', '--json');
    expect(r.code).toBe(0);
    const state = JSON.parse(r.stdout) as { availability: { level: { id: string; source: string } } };
    expect(state.availability.level).toMatchObject({ id: 'full', source: 'override' });
  });

  it('refuses an unknown level, naming the levels', async () => {
    const r = await cli('throttle', 'turbo');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/no level "turbo"; levels: full \("Full"\), balanced/);
  });

  it('"throttle schedule" follows the schedule again', async () => {
    const r = await cli('throttle', 'schedule', '--json');
    expect(r.code).toBe(0);
    const state = JSON.parse(r.stdout) as { availability: { level: { source: string } | null } };
    expect(state.availability.level?.source ?? 'schedule').toBe('schedule');
  });
});
