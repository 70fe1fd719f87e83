// The yield path through a whole node: a real process from the owner's own "pause for" list starts, the
// worker tells the proxy it is disabled and the engine process exits (GPU freed); when the program exits
// and the grace period passes, serving resumes by itself.
import { networkResolver } from '../../src/launch/resolve-network.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createNode, type SilkwormNode } from '../../src/node/node.js';
import { JsonFileBackend } from '../../src/settings/settings-backend.js';
import { defaultSettings, type StateSnapshot } from '../../src/api/index.js';

let dir: string;
let node: SilkwormNode;
let program: ChildProcess | null = null;
// A name no other test or program uses, so parallel tests cannot trip this node.
const PROGRAM = `silkworm-yield-${process.pid}`;

/** The sandbox child of this process, found by its entry file (as an owner would see it in `ps`). */
function enginePid(): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid && readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('child-main.js'))
        return Number(entry);
    } catch {
      /* the process ended meanwhile */
    }
  }
  throw new Error('no engine process found');
}

async function until(check: (s: StateSnapshot) => boolean, timeoutMs = 20_000): Promise<StateSnapshot> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const s = node.state.get();
    if (check(s)) return s;
    if (Date.now() > deadline) throw new Error(`state never matched: ${JSON.stringify(s.worker)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'sw-yield-'));
  const base = defaultSettings();
  await writeFile(
    path.join(dir, 'settings.json'),
    JSON.stringify({
      ...base,
      availability: {
        ...base.availability,
        pauseForGames: false,
        gpuBusyThresholdMb: null,
        pauseForPrograms: [PROGRAM],
        resumeGraceSeconds: 1,
      },
      network: { ...base.network, devnetRequestsPerMinute: 0 },
    }),
  );
  await copyFile('/bin/sleep', path.join(dir, PROGRAM));
  node = await createNode({
    version: 'test',
    dataDir: dir,
    resolveNetwork: networkResolver({ dataDir: dir }),
    settingsBackend: new JsonFileBackend(path.join(dir, 'settings.json')),
    detectHardware: () => Promise.reject(new Error('not needed')),
  });
  await node.start();
}, 60_000);

afterAll(async () => {
  program?.kill();
  await node.stop();
  await rm(dir, { recursive: true, force: true, maxRetries: 5 });
});

describe('yielding the GPU to the owner', () => {
  it('pauses when the owner’s program starts, with the engine process gone, and resumes after it exits', async () => {
    await until((s) => s.worker.status === 'serving' && s.network.proxies.some((p) => p.status === 'ready'));
    program = spawn(path.join(dir, PROGRAM), ['60'], { stdio: 'ignore' });
    const paused = await until((s) => s.worker.status === 'paused');
    expect(paused.worker.reason).toBe(`Paused: ${PROGRAM} is running`);
    expect(paused.worker.reasonCode.key).toBe('availability.paused.program');
    expect(paused.model?.loaded).toBe(false);
    expect(paused.network.proxies.every((p) => p.status === 'disabled')).toBe(true);
    // Requests are refused while paused: the devnet has no enabled worker.
    const res = await fetch(`${paused.network.clientUrl ?? ''}/v1/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'silkworm-tiny', prompt: 'hi', max_tokens: 2 }),
    });
    expect(res.status).toBe(503);
    program.kill();
    const grace = await until((s) => s.worker.reasonCode.key === 'availability.paused.afterExit');
    expect(grace.worker.status).toBe('paused');
    const back = await until((s) => s.worker.status === 'serving' && s.model?.loaded === true);
    expect(back.availability.decision).toBe('serve');
  });

  it('tells the proxy it is disabled while a crashed engine restarts, then serves again', async () => {
    const before = await until(
      (s) =>
        s.worker.status === 'serving' &&
        s.network.proxies.some((p) => p.status === 'ready') &&
        s.model?.loaded === true,
    );
    process.kill(enginePid(), 'SIGKILL');
    await until((s) => s.network.proxies.every((p) => p.status === 'disabled'), 10_000);
    // The local network checks the demo model: client requests reach a worker in the paid lane only.
    await until(
      (s) =>
        s.network.proxies.some((p) => p.status === 'ready' && p.standing?.lane === 'paid') &&
        s.model?.loaded === true,
      30_000,
    );
    const res = await fetch(`${before.network.clientUrl ?? ''}/v1/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'silkworm-tiny', prompt: 'hi', max_tokens: 2 }),
    });
    expect(res.status).toBe(200);
  });
});
