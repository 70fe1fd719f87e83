import { describe, expect, it } from 'vitest';
import { LinuxProcessLister } from './process-lister.js';
import { SpawnProcessLister } from './process-lister-spawn.js';
import { unknownIdleSource, XprintidleSource } from './system-sensors.js';
import { createSystemSources, IoregIdleSource, parseIoregIdle } from './system-sources.js';

describe('system sources', () => {
  it('picks /proc on Linux and a spawn lister elsewhere', () => {
    expect(createSystemSources({ platform: 'linux' }).processes).toBeInstanceOf(LinuxProcessLister);
    expect(createSystemSources({ platform: 'win32' }).processes).toBeInstanceOf(SpawnProcessLister);
  });

  it('reads macOS idle time from ioreg in seconds, unknown when absent', async () => {
    expect(parseIoregIdle('  |   "HIDIdleTime" = 12500000000\n')).toBe(12.5);
    expect(parseIoregIdle('nothing here')).toBe('unknown');
    expect(await new IoregIdleSource().idleSeconds()).toBe('unknown'); // no ioreg on this machine
    expect(await createSystemSources({ platform: 'win32' }).inputIdle.idleSeconds()).toBe('unknown');
  });

  it('asks xprintidle only on Linux with an X display', () => {
    expect(createSystemSources({ platform: 'linux', env: { DISPLAY: ':0' } }).inputIdle).toBeInstanceOf(
      XprintidleSource,
    );
    expect(createSystemSources({ platform: 'linux', env: {} }).inputIdle).toBe(unknownIdleSource);
    expect(createSystemSources({ platform: 'darwin' }).inputIdle).toBeInstanceOf(IoregIdleSource);
  });
});
