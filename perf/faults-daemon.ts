// A real `silkworm daemon` process for the fault suite: started on a free loopback port over a given data
// folder, its API called with the folder's token, stopped with SIGTERM (SIGKILL after a grace period).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { errorMessage } from '../src/logging/logger.js';

// Built to dist/perf/ (two levels down) or run from perf/ by the tests (one level down).
const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot =
  [path.resolve(here, '..'), path.resolve(here, '../..')].find((root) =>
    existsSync(path.join(root, 'bin', 'silkworm.js')),
  ) ?? path.resolve(here, '../..');

export interface FaultDaemon {
  base: string;
  token: string;
  output: () => string;
  stop(): Promise<void>;
}

/** Resolves once the daemon printed its dashboard link; rejects with its output if it exits or takes too long. */
export async function startFaultDaemon(dataDir: string, timeoutMs = 90_000): Promise<FaultDaemon> {
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(repoRoot, 'bin', 'silkworm.js'), 'daemon', '--port', '0', '--data-dir', dataDir],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no dashboard link within ${timeoutMs} ms`)),
        timeoutMs,
      );
      const check = (): void => {
        const m = /Silkworm dashboard: (\S+)/.exec(out);
        if (m?.[1]) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      };
      child.stdout?.on('data', check);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`exited with ${code}`));
      });
    });
    const parsed = new URL(url);
    return { base: parsed.origin, token: parsed.searchParams.get('token') ?? '', output: () => out, stop };
  } catch (err) {
    await stop();
    throw new Error(`daemon did not start: ${errorMessage(err)}\n${out.slice(-2000)}`);
  }
}

export async function api<T>(d: FaultDaemon, command: string, payload: object = {}): Promise<T> {
  const res = await fetch(`${d.base}/api/${command}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${d.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });
  const body = (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!body.ok) throw new Error(`${command}: ${body.error?.message ?? `HTTP ${res.status}`}`);
  return body.value as T;
}

/** Polls `check` until it returns a value or the deadline passes (then null). */
export async function until<T>(check: () => Promise<T | null>, timeoutMs: number): Promise<T | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check().catch(() => null);
    if (v !== null) return v;
    if (Date.now() > deadline) return null;
    await new Promise((r) => setTimeout(r, 200));
  }
}
