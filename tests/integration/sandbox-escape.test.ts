// From inside the real sandbox child, under the same launcher and policy the engine uses: start a process,
// open a TCP socket to a server this test runs on 127.0.0.1, write a file outside the work dir. Each kind
// of confinement this machine offers is tried twice: with the whole policy (permission model + OS), and
// with the OS layer alone (Node without the permission flags, as native code past the permission model
// would be). The permission model must refuse processes and writes by itself; the OS layer must refuse
// exactly what the measured policy says it refuses, and a kind this machine lacks is named, not skipped.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConfinementError,
  type ConfinementKind,
  type ConfinementPlan,
} from '../../src/engine/sandbox/confinement.js';
import { ChildProcessLauncher, type SandboxProcess } from '../../src/engine/sandbox/launcher.js';
import { defaultSandboxPaths } from '../../src/engine/sandbox/paths.js';
import { buildSandboxPolicy, withConfinement } from '../../src/engine/sandbox/policy.js';
import { chat, readAll, tinyHost } from './engine-helpers.js';
import { errorMessage } from '../../src/logging/logger.js';

const attempts = `
const cp = require('node:child_process'), net = require('node:net'), fs = require('node:fs');
const code = (e) => (e && (e.code || e.message)) || String(e);
const attempt = async (f) => { try { await f(); return 'ok'; } catch (e) { return code(e); } };
process.once('message', async ({ port, outside }) => {
  const result = {
    spawn: await attempt(() => {
      const r = cp.spawnSync('/bin/sh', ['-c', 'exit 0']);
      if (r.error) throw r.error;
      if (r.status !== 0) throw new Error('status ' + r.status);
    }),
    connect: await attempt(() => new Promise((resolve, reject) => {
      const s = net.connect(port, '127.0.0.1');
      const t = setTimeout(() => { s.destroy(); reject(new Error('timeout')); }, 5000);
      s.once('connect', () => { clearTimeout(t); s.destroy(); resolve(); });
      s.once('error', (e) => { clearTimeout(t); reject(e); });
    })),
    write: await attempt(() => fs.writeFileSync(outside, 'escaped')),
  };
  process.send(result, () => process.exit(0));
});
`;

interface Attempts {
  spawn: string;
  connect: string;
  write: string;
}

const kinds: ConfinementKind[] = ['bwrap', 'unshare', 'permission-model-only'];

/** Every process below `pid` (Linux /proc), so the test can see that none outlives the handle's kill. */
function descendants(pid: number): number[] {
  const out: number[] = [];
  let tasks: string[] = [];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const t of tasks) {
    let children = '';
    try {
      children = readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8');
    } catch {
      continue;
    }
    for (const c of children
      .split(' ')
      .filter((s) => s.length > 0)
      .map(Number))
      out.push(c, ...descendants(c));
  }
  return out;
}

const alive = (pid: number): boolean =>
  existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');

async function until(cond: () => boolean, ms: number): Promise<boolean> {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    if (cond()) return true;
    await new Promise((r) => setTimeout(r, 5));
  }
  return cond();
}

describe('sandbox escape attempts from a real child', () => {
  let dir: string;
  let codeDir: string;
  let server: Server;
  let port = 0;
  let connections = 0;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sw-escape-'));
    codeDir = join(dir, 'code');
    await mkdir(codeDir);
    await writeFile(join(codeDir, 'attempts.cjs'), attempts);
    server = createServer((s) => {
      connections++;
      s.destroy();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const address = server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await rm(dir, { recursive: true, force: true });
  });

  async function run(
    kind: ConfinementKind,
    layer: 'policy' | 'os-only',
  ): Promise<{ got: Attempts; plan: ConfinementPlan; outside: string }> {
    const paths = defaultSandboxPaths();
    const launcher = new ChildProcessLauncher({ confinement: kind });
    const workDir = join(dir, `work-${kind}-${layer}`);
    const outside = join(dir, `outside-${kind}-${layer}.txt`);
    await mkdir(workDir, { recursive: true });
    const base = buildSandboxPolicy({
      codeDir,
      nodeModulesDir: paths.nodeModulesDir,
      packageRoot: paths.packageRoot,
      backend: 'cpu',
    });
    const plan = launcher.planConfinement({ readPaths: base.fsRead, workDir, execPath: process.execPath });
    const policy = withConfinement(base, plan);
    const child: SandboxProcess = launcher.launch({
      entry: join(codeDir, 'attempts.cjs'),
      execArgv: layer === 'policy' ? policy.execArgv : [],
      env: policy.env,
      cwd: workDir,
      confinement: plan,
    });
    const got = await new Promise<Attempts>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the child did not answer')), 20_000);
      child.onMessage((m) => {
        clearTimeout(timer);
        resolve(m as Attempts);
      });
      child.onExit((code, signal) =>
        reject(new Error(`the child exited (${signal ?? String(code)}) before answering`)),
      );
      child.send({ port, outside });
    });
    return { got, plan, outside };
  }

  for (const kind of kinds) {
    it(`${kind}: the whole policy refuses processes and writes; the network as the policy says`, async (ctx) => {
      let r;
      const before = connections;
      try {
        r = await run(kind, 'policy');
      } catch (err) {
        if (!(err instanceof ConfinementError)) throw err;
        await ctx.annotate(`${kind} is not available here: ${err.message}`);
        console.warn(
          `sandbox-escape: ${kind} unavailable here (${err.message}); the permission-model-only case still runs`,
        );
        return;
      }
      // The permission model alone guarantees these two (JavaScript cannot spawn or write at all).
      expect(r.got.spawn).toBe('ERR_ACCESS_DENIED');
      expect(r.got.write).toBe('ERR_ACCESS_DENIED');
      expect(existsSync(r.outside)).toBe(false);
      expect(r.plan.applied.kind).toBe(kind);
      // Node 20/22's permission model does not gate the network: only the OS can refuse it.
      if (r.plan.applied.network) expect(r.got.connect).not.toBe('ok');
      else expect(r.got.connect).toBe('ok');
      if (r.got.connect === 'ok') expect(await until(() => connections > before, 5000)).toBe(true);
      else expect(connections).toBe(before);
    });

    it(`${kind}: the OS layer alone refuses exactly what the measured policy claims`, async (ctx) => {
      let r;
      try {
        r = await run(kind, 'os-only');
      } catch (err) {
        if (!(err instanceof ConfinementError)) throw err;
        await ctx.annotate(`${kind} is not available here: ${err.message}`);
        return;
      }
      const { network, processes, filesystem } = r.plan.applied;
      await ctx.annotate(
        `${kind}: ${JSON.stringify(r.got)}; claims network ${network}, processes ${processes}, filesystem ${filesystem}`,
      );
      expect(r.got.connect === 'ok').toBe(!network);
      expect(r.got.spawn === 'ok').toBe(!processes);
      expect(r.got.write === 'ok').toBe(!filesystem);
      expect(existsSync(r.outside)).toBe(!filesystem);
    });
  }

  for (const kind of kinds.filter((k) => k !== 'permission-model-only')) {
    it(`${kind}: llama.cpp serves inside it, the attestation policy names it, and a kill by handle ends every process`, async (ctx) => {
      const launcher = new ChildProcessLauncher({ confinement: kind });
      let started;
      try {
        started = await tinyHost({ launcher, maxActiveRequests: 1 });
      } catch (err) {
        await ctx.annotate(`${kind} is not available here: ${errorMessage(err)}`);
        expect(err).toMatchObject({ code: 'start-failed' });
        return;
      }
      const { host, dir: hostDir } = started;
      try {
        expect(host.info?.policy.confinement.kind).toBe(kind);
        expect(host.info?.policy.allowChildProcess).toBe(false);
        expect(host.info?.policy.execArgv).not.toContain('--allow-child-process');
        const res = await host.request(chat('inside the namespace', { temperature: 0, max_tokens: 4 }));
        expect(JSON.parse(await readAll(res))).toHaveProperty('usage.completion_tokens');
        const pid = host.info?.pid ?? 0;
        const all = [pid, ...descendants(pid)];
        const { exitMs } = await host.pause();
        expect(exitMs).toBeLessThan(1000);
        expect(await until(() => all.every((p) => !alive(p)), 1000)).toBe(true);
        // A crash-style end (SIGKILL to the handle, no goodbye) takes the whole tree with it too.
        await host.resume();
        const again = host.info?.pid ?? 0;
        const tree = [again, ...descendants(again)];
        expect(tree.length).toBeGreaterThan(kind === 'bwrap' ? 1 : 0);
        process.kill(again, 'SIGKILL');
        expect(await until(() => tree.every((p) => !alive(p)), 1000)).toBe(true);
      } finally {
        await host.stop();
        await rm(hostDir, { recursive: true, force: true });
      }
    });
  }
});
