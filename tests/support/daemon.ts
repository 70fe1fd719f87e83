// Starts the compiled `silkworm daemon` as a real process on a free loopback port with a fresh data folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultSettings } from '../../src/api/settings.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface DaemonProcess {
  url: string;
  base: string;
  token: string;
  dataDir: string;
  child: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

export async function startDaemonProcess(
  opts: { settings?: object; env?: NodeJS.ProcessEnv; args?: string[] } = {},
): Promise<DaemonProcess> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'sw-daemon-'));
  // Tests run side by side with availability tests that start fake game processes on this machine, so
  // their daemons ignore games unless a test asks for detection; devnet load comes from the test itself.
  const base = defaultSettings();
  const settings = {
    ...base,
    availability: { ...base.availability, pauseForGames: false, gpuBusyThresholdMb: null },
    network: { ...base.network, devnetRequestsPerMinute: 0 },
    ...opts.settings,
  };
  await writeFile(path.join(dataDir, 'settings.json'), JSON.stringify(settings));
  const child = spawn(
    process.execPath,
    [
      path.join(repoRoot, 'bin', 'silkworm.js'),
      'daemon',
      '--port',
      '0',
      '--data-dir',
      dataDir,
      ...(opts.args ?? []),
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...opts.env },
    },
  );
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`daemon did not print its URL in 60 s:\n${out}`)),
      60_000,
    );
    const check = (): void => {
      const m = /Silkworm dashboard: (\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`daemon exited with ${code}:\n${out}`));
    });
  });
  const parsed = new URL(url);
  return {
    url,
    base: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    dataDir,
    child,
    output: () => out,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export async function apiCall(d: DaemonProcess, command: string, payload: object = {}): Promise<unknown> {
  const res = await fetch(`${d.base}/api/${command}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${d.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });
  const body = (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!body.ok) throw new Error(body.error?.message ?? `HTTP ${res.status}`);
  return body.value;
}
