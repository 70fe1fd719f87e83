// Picks the confinement for the sandbox child: the strongest kind this machine offers ('auto'), or the one
// asked for (tests, and owners who want to turn it off). Each kind is tried once per planner with a real
// run of Node inside it, because the program being installed is not enough: Ubuntu 24.04's AppArmor, for
// one, refuses unprivileged user namespaces to unshare while allowing them to a profiled bwrap.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ConfinementError,
  permissionModelOnly,
  type ConfinementChoice,
  type ConfinementKind,
  type ConfinementNeeds,
  type ConfinementPlan,
} from './confinement.js';
import { bwrapArgs, unshareArgs, type UnshareUserMap } from './confinement-linux.js';
import { sandboxExecArgs } from './confinement-darwin.js';
import { jobObjectPlan } from './confinement-windows.js';
import { noNewProcessesFilter } from './seccomp-filter.js';

export interface ConfinementHost {
  platform: NodeJS.Platform;
  arch: NodeJS.Architecture;
  /** The absolute path of a system program, or null (system folders only: PATH is not trusted). */
  find(program: string): string | null;
  /** Runs the command to the end; true when it exits 0. `stdin` is written to its fd 0. */
  succeeds(command: string, args: string[], stdin?: Buffer): boolean;
}

const systemBins = ['/usr/bin', '/bin', '/usr/local/bin', '/usr/sbin'];

export const realConfinementHost: ConfinementHost = {
  platform: process.platform,
  arch: process.arch,
  find: (program) => systemBins.map((d) => join(d, program)).find((p) => existsSync(p)) ?? null,
  succeeds: (command, args, stdin) => {
    const r = spawnSync(command, args, {
      input: stdin,
      stdio: [stdin ? 'pipe' : 'ignore', 'ignore', 'ignore'],
      timeout: 10_000,
      env: {},
    });
    return r.status === 0;
  },
};

export interface PlannerOptions {
  host?: ConfinementHost;
  /** Windows: the job-object helper program (none ships yet). */
  jobHelper?: string;
}

/** Plans per launch (the paths differ per model); probes each kind once. */
export class ConfinementPlanner {
  readonly #host: ConfinementHost;
  readonly #jobHelper: string | undefined;
  readonly #works = new Map<string, boolean>();

  constructor(o: PlannerOptions = {}) {
    this.#host = o.host ?? realConfinementHost;
    this.#jobHelper = o.jobHelper;
  }

  plan(choice: ConfinementChoice, needs: ConfinementNeeds): ConfinementPlan {
    if (choice === 'permission-model-only') return permissionModelOnly('the OS confinement was turned off');
    const order: ConfinementKind[] = choice === 'auto' ? this.#order() : [choice];
    const missing: string[] = [];
    for (const kind of order) {
      const plan = this.#try(kind, needs);
      if (typeof plan !== 'string') return plan;
      missing.push(plan);
    }
    if (choice !== 'auto') throw new ConfinementError('confinement-unavailable', missing.join('; '));
    return permissionModelOnly(
      missing.length > 0 ? missing.join('; ') : `no OS confinement on ${this.#host.platform}`,
    );
  }

  #order(): ConfinementKind[] {
    switch (this.#host.platform) {
      case 'linux':
        return ['bwrap', 'unshare'];
      case 'darwin':
        return ['sandbox-exec'];
      case 'win32':
        return ['job-object'];
      default:
        return [];
    }
  }

  /** The plan, or why this kind is unavailable. */
  #try(kind: ConfinementKind, needs: ConfinementNeeds): ConfinementPlan | string {
    const h = this.#host;
    switch (kind) {
      case 'bwrap': {
        const bwrap = h.platform === 'linux' ? h.find('bwrap') : null;
        if (!bwrap) return 'bwrap is not installed (Debian/Ubuntu: apt install bubblewrap)';
        const filter = noNewProcessesFilter(h.arch);
        if (
          !this.#probe(
            'bwrap',
            (probeNeeds) => [bwrap, bwrapArgs(probeNeeds, filter ? 0 : null), filter ?? undefined],
            needs,
          )
        )
          return 'bwrap is installed but cannot create namespaces here';
        return {
          applied: {
            kind: 'bwrap',
            network: true,
            processes: filter !== null,
            filesystem: true,
            detail: filter
              ? 'bwrap: namespaces, a read-only view, seccomp refuses new processes'
              : `bwrap without a process filter (no seccomp program for ${h.arch})`,
          },
          wrapper: {
            command: bwrap,
            args: bwrapArgs(needs, filter ? 4 : null),
            ...(filter ? { fd4: filter } : {}),
            execsInPlace: false,
          },
        };
      }
      case 'unshare': {
        const unshare = h.platform === 'linux' ? h.find('unshare') : null;
        if (!unshare) return 'unshare (util-linux) is not installed';
        const map = (['--map-current-user', '--map-root-user'] as const).find((m: UnshareUserMap) =>
          this.#probe(`unshare${m}`, () => [unshare, unshareArgs(m)], needs),
        );
        if (!map) return 'unshare cannot create a user namespace here (unprivileged user namespaces are off)';
        return {
          applied: {
            kind: 'unshare',
            network: true,
            processes: false,
            filesystem: false,
            detail: `unshare ${map}: own user and network namespaces`,
          },
          wrapper: { command: unshare, args: unshareArgs(map), execsInPlace: true },
        };
      }
      case 'sandbox-exec': {
        const exec = h.platform === 'darwin' ? h.find('sandbox-exec') : null;
        if (!exec) return 'sandbox-exec is not available';
        if (!this.#probe('sandbox-exec', (n) => [exec, sandboxExecArgs(n)], needs))
          return 'sandbox-exec refused the profile';
        return {
          applied: {
            kind: 'sandbox-exec',
            network: true,
            processes: true,
            filesystem: true,
            detail: 'sandbox-exec: no network, no new processes, writes only to the work dir',
          },
          wrapper: { command: exec, args: sandboxExecArgs(needs), execsInPlace: true },
        };
      }
      case 'job-object':
        if (h.platform !== 'win32') return 'job objects exist only on Windows';
        if (!this.#jobHelper) return 'no job-object helper ships with this build';
        return jobObjectPlan(this.#jobHelper);
      case 'permission-model-only':
        return permissionModelOnly('asked for');
    }
  }

  /** Runs `node -e 0` inside the wrapper once (in a scratch work dir) and remembers the answer. */
  #probe(
    key: string,
    make: (n: ConfinementNeeds) => [string, string[], Buffer?],
    needs: ConfinementNeeds,
  ): boolean {
    const known = this.#works.get(key);
    if (known !== undefined) return known;
    const scratch = mkdtempSync(join(tmpdir(), 'silkworm-confine-'));
    try {
      const [command, args, stdin] = make({ readPaths: [], workDir: scratch, execPath: needs.execPath });
      const ok = this.#host.succeeds(command, [...args, needs.execPath, '-e', '0'], stdin);
      this.#works.set(key, ok);
      return ok;
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
}
