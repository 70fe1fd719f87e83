import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LinuxProcessLister, parseProcStat } from './process-lister.js';
import { waitFor } from '../../tests/support/wait-for.js';
import {
  parseCimOutput,
  parsePsOutput,
  parseTasklistCsv,
  SpawnProcessLister,
} from './process-lister-spawn.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function fakeProc(): string {
  const root = mkdtempSync(join(tmpdir(), 'silkworm-proc-'));
  dirs.push(root);
  return root;
}
function addPid(root: string, pid: number, comm: string, exe: string, startTime = '1000'): void {
  const dir = join(root, String(pid));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'stat'),
    `${pid} (${comm}) S 1 1 1 0 -1 4194304 0 0 0 0 0 0 0 0 20 0 1 0 ${startTime} 100 10\n`,
  );
  symlinkSync(exe, join(dir, 'exe'));
  writeFileSync(join(dir, 'cmdline'), `${exe}\0--flag\0`);
}

describe('Linux /proc process lister', () => {
  it('parses stat lines whose comm has spaces and parentheses', () => {
    expect(parseProcStat('77 (Web (Content) x) S 1 1 1 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 4242 0 0')).toEqual({
      comm: 'Web (Content) x',
      startTime: '4242',
    });
    expect(parseProcStat('garbage')).toBeNull();
  });

  it('reads only new pids, re-reads young ones (fork then exec), and revalidates periodically', () => {
    const root = fakeProc();
    let now = 0;
    const lister = new LinuxProcessLister({
      procRoot: root,
      now: () => now,
      recheckYoungMs: 2000,
      revalidateMs: 10_000,
    });
    addPid(root, 100, 'bash', '/usr/bin/bash');
    expect(lister.scan().map((p) => p.exe)).toEqual(['/usr/bin/bash']);
    expect(lister.lastReads).toBe(1);
    // A call within 250 ms reuses the last sample and reads nothing.
    now = 100;
    addPid(root, 200, 'reaper', '/steam/reaper');
    expect(lister.scan()).toHaveLength(1);
    // A new pid is read once; pids present at the first scan are old and stay cached.
    now = 300;
    expect(lister.scan().map((p) => p.exe)).toEqual(['/usr/bin/bash', '/steam/reaper']);
    expect(lister.lastReads).toBe(1);
    // pid 200 execs the game while still young: seen on the next sample.
    now = 600;
    addPid(root, 200, 'eldenring.exe', '/lib/steamapps/common/ER/eldenring.exe');
    addPid(root, 300, 'late', '/usr/bin/late');
    const s = lister.scan();
    expect(lister.lastReads).toBe(2);
    expect(s.find((p) => p.pid === 200)).toEqual({
      pid: 200,
      name: 'eldenring.exe',
      exe: '/lib/steamapps/common/ER/eldenring.exe',
      argv0: '/lib/steamapps/common/ER/eldenring.exe',
    });
    expect(s.map((p) => p.pid)).toContain(300);
    // Old pids are cached: nothing is re-read.
    now = 2400;
    lister.scan();
    expect(lister.lastReads).toBe(1); // only 300 (first seen at 600), still young
    now = 5000;
    lister.scan();
    expect(lister.lastReads).toBe(0);
    // pid reuse (new start time) shows up at the periodic revalidation; an exited pid disappears.
    addPid(root, 100, 'eldenring.exe', '/x/steamapps/common/ER/eldenring.exe', '9999');
    rmSync(join(root, '300'), { recursive: true });
    now = 10_000;
    const after = lister.scan();
    expect(after.map((p) => [p.pid, p.name])).toEqual([
      [100, 'eldenring.exe'],
      [200, 'eldenring.exe'],
    ]);
  });

  it('sees a real process on this machine with its executable path', async () => {
    const dir = fakeProc();
    const exe = join(dir, 'steamapps', 'common', 'Game', 'game-bin');
    mkdirSync(join(dir, 'steamapps', 'common', 'Game'), { recursive: true });
    copyFileSync('/bin/sleep', exe);
    const child = spawn(exe, ['5'], { stdio: 'ignore' });
    try {
      // Polls until exec has happened (before it, /proc shows the test runner's own executable).
      const found = await waitFor(
        async () => (await new LinuxProcessLister().list()).find((p) => p.pid === child.pid && p.exe === exe),
        { timeoutMs: 5000, what: 'the lister to see the started process' },
      );
      expect(found).toEqual({ pid: child.pid, name: 'game-bin', exe, argv0: exe });
    } finally {
      child.kill();
    }
  });
});

describe('spawn-based listers', () => {
  it('parses ps, PowerShell CIM and tasklist output', () => {
    expect(
      parsePsOutput(
        '  1 /sbin/launchd\n 512 /Applications/Steam.app/Contents/MacOS/steam_osx\n 77 kworker/0:1\n',
      ),
    ).toEqual([
      { pid: 1, name: 'launchd', exe: '/sbin/launchd', argv0: '/sbin/launchd' },
      {
        pid: 512,
        name: 'steam_osx',
        exe: '/Applications/Steam.app/Contents/MacOS/steam_osx',
        argv0: '/Applications/Steam.app/Contents/MacOS/steam_osx',
      },
      { pid: 77, name: '0:1', exe: null, argv0: null },
    ]);
    expect(
      parseCimOutput('4|System|\r\n9000|eldenring.exe|C:\\Games\\steamapps\\common\\ER\\eldenring.exe\r\n'),
    ).toEqual([
      { pid: 4, name: 'System', exe: null, argv0: null },
      {
        pid: 9000,
        name: 'eldenring.exe',
        exe: 'C:\\Games\\steamapps\\common\\ER\\eldenring.exe',
        argv0: 'C:\\Games\\steamapps\\common\\ER\\eldenring.exe',
      },
    ]);
    expect(
      parseTasklistCsv(
        '"System Idle Process","0","Services","0","8 K"\r\n"eldenring.exe","9000","Console","1","2,048,000 K"\r\n',
      ),
    ).toEqual([
      { pid: 0, name: 'System Idle Process', exe: null, argv0: null },
      { pid: 9000, name: 'eldenring.exe', exe: null, argv0: null },
    ]);
  });

  it('runs the real ps here and finds this process', async () => {
    const list = await new SpawnProcessLister('darwin').list();
    expect(list.some((p) => p.pid === process.pid)).toBe(true);
  });

  it('falls back to tasklist on Windows when PowerShell fails, and says when no tool exists', async () => {
    const calls: string[] = [];
    const lister = new SpawnProcessLister('win32', {
      run: (cmd) => {
        calls.push(cmd);
        return Promise.resolve(
          cmd === 'tasklist'
            ? { ok: true, stdout: '"a.exe","12","Console","1","1 K"' }
            : { ok: false, reason: 'failed', message: 'denied' },
        );
      },
    });
    expect(await lister.list()).toEqual([{ pid: 12, name: 'a.exe', exe: null, argv0: null }]);
    expect(calls).toEqual(['powershell.exe', 'tasklist']);
    const none = new SpawnProcessLister('freebsd', {
      run: () => Promise.resolve({ ok: false, reason: 'absent', message: 'ENOENT' }),
    });
    await expect(none.list()).rejects.toMatchObject({ code: 'tool-absent' });
  });
});
