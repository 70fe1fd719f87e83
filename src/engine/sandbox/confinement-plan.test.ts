import { describe, expect, it } from 'vitest';
import { ConfinementPlanner, type ConfinementHost } from './confinement-plan.js';
import { bwrapArgs } from './confinement-linux.js';
import { sandboxExecProfile } from './confinement-darwin.js';
import { noNewProcessesFilter } from './seccomp-filter.js';

const needs = {
  readPaths: ['/app/dist/src/engine/', '/dev/nvidia0', '/proc/self/maps', '/models/m.gguf'],
  workDir: '/work/sandbox',
  execPath: '/usr/bin/node',
};

function fakeHost(o: {
  platform: NodeJS.Platform;
  programs: string[];
  works: string[];
}): ConfinementHost & { runs: string[] } {
  const runs: string[] = [];
  return {
    platform: o.platform,
    arch: 'x64',
    runs,
    find: (p) => (o.programs.includes(p) ? `/usr/bin/${p}` : null),
    succeeds: (command, args) => {
      const name = command.split('/').pop() ?? '';
      runs.push(name);
      return (
        o.works.includes(name) &&
        (name !== 'unshare' || args.includes('--map-current-user') || o.works.includes('map-root'))
      );
    },
  };
}

describe('confinement planning', () => {
  it('takes bwrap first on Linux, with a process filter, and probes it once', () => {
    const host = fakeHost({ platform: 'linux', programs: ['bwrap', 'unshare'], works: ['bwrap', 'unshare'] });
    const planner = new ConfinementPlanner({ host });
    const plan = planner.plan('auto', needs);
    planner.plan('auto', needs);
    expect(plan.applied).toMatchObject({ kind: 'bwrap', network: true, processes: true, filesystem: true });
    expect(plan.wrapper?.fd4?.length).toBeGreaterThan(0);
    expect(plan.wrapper?.args).toContain('--seccomp');
    expect(host.runs).toEqual(['bwrap']);
  });

  it('falls back to unshare where bwrap cannot make namespaces, and says so when nothing works', () => {
    const host = fakeHost({ platform: 'linux', programs: ['bwrap', 'unshare'], works: ['unshare'] });
    const plan = new ConfinementPlanner({ host }).plan('auto', needs);
    expect(plan.applied).toMatchObject({
      kind: 'unshare',
      network: true,
      processes: false,
      filesystem: false,
    });
    expect(plan.wrapper).toMatchObject({
      execsInPlace: true,
      args: ['--user', '--map-current-user', '--net', '--ipc', '--uts', '--'],
    });
    const none = new ConfinementPlanner({
      host: fakeHost({ platform: 'linux', programs: [], works: [] }),
    }).plan('auto', needs);
    expect(none.applied.kind).toBe('permission-model-only');
    expect(none.applied.detail).toContain('bwrap is not installed');
    expect(none.wrapper).toBeNull();
  });

  it('refuses an explicit kind this machine lacks (never a silent downgrade)', () => {
    const host = fakeHost({ platform: 'linux', programs: ['unshare'], works: [] });
    expect(() => new ConfinementPlanner({ host }).plan('unshare', needs)).toThrow(
      expect.objectContaining({ code: 'confinement-unavailable' }),
    );
  });

  it('uses sandbox-exec on macOS and a job object on Windows only with its helper', () => {
    const mac = new ConfinementPlanner({
      host: fakeHost({ platform: 'darwin', programs: ['sandbox-exec'], works: ['sandbox-exec'] }),
    }).plan('auto', needs);
    expect(mac.applied).toMatchObject({
      kind: 'sandbox-exec',
      network: true,
      processes: true,
      filesystem: true,
    });
    const win = fakeHost({ platform: 'win32', programs: [], works: [] });
    expect(new ConfinementPlanner({ host: win }).plan('auto', needs).applied.kind).toBe(
      'permission-model-only',
    );
    const job = new ConfinementPlanner({ host: win, jobHelper: 'C:\\silkworm\\job.exe' }).plan('auto', needs);
    expect(job.applied).toMatchObject({ kind: 'job-object', processes: true, network: false });
    expect(job.wrapper?.args).toContain('--active-process-limit=1');
  });
});

describe('confinement programs', () => {
  it('bwrap: GPU devices bound as devices, /proc not bound, the work dir writable and last before the read-only root', () => {
    const a = bwrapArgs(needs, 4);
    expect(a.join(' ')).toContain('--dev-bind-try /dev/nvidia0 /dev/nvidia0');
    expect(a.join(' ')).toContain('--ro-bind-try /app/dist/src/engine /app/dist/src/engine');
    expect(a).not.toContain('/proc/self/maps');
    const bind = a.indexOf('--bind');
    expect(a.slice(bind, bind + 3)).toEqual(['--bind', '/work/sandbox', '/work/sandbox']);
    expect(a.lastIndexOf('--ro-bind-try')).toBeLessThan(bind);
    expect(a.indexOf('--remount-ro')).toBeGreaterThan(bind);
    expect(a.slice(-3)).toEqual(['--seccomp', '4', '--']);
  });

  it('seccomp: whole instructions, the ABI checked first, written for x64 and arm64 only', () => {
    const f = noNewProcessesFilter('x64');
    expect(f?.length).toBeGreaterThan(0);
    expect((f?.length ?? 0) % 8).toBe(0);
    expect(f?.readUInt32LE(4)).toBe(4); // load seccomp_data.arch
    expect(f?.readUInt32LE(12)).toBe(0xc000003e); // AUDIT_ARCH_X86_64
    expect(f?.readUInt32LE(f.length - 4)).toBe(0x7fff0000); // default: allow
    expect(noNewProcessesFilter('arm64')?.readUInt32LE(12)).toBe(0xc00000b7);
    expect(noNewProcessesFilter('ia32')).toBeNull();
  });

  it('sandbox-exec: denies network, forks and writes, allows exec of Node alone', () => {
    const p = sandboxExecProfile({ ...needs, workDir: '/Users/o/Library/Silkworm "w"' });
    expect(p).toContain('(deny network*)');
    expect(p).toContain('(deny process-fork)');
    expect(p).toContain('(allow process-exec (literal "/usr/bin/node"))');
    expect(p).toContain('(subpath "/Users/o/Library/Silkworm \\"w\\"")');
  });
});
