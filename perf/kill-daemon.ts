// A `silkworm daemon` child for the kill faults: started on a data folder (fresh, or the one it was killed
// on) and a port, ready once the worker serves on the embedded devnet; killed by its handle.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { defaultSettings } from '../src/api/settings.js';
import { appRoot } from '../src/install/install-root.js';
import { waitUntil } from './kill-stream.js';

export interface DaemonChild {
  pid: number;
  port: number;
  dataDir: string;
  clientUrl: string;
  model: string;
  api: (command: string) => Promise<unknown>;
  kill(): void;
  stop(): Promise<void>;
}

async function settingsFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sw-kill-daemon-'));
  const base = defaultSettings();
  // No games to yield to and no trickle: the suite's own requests are the only load.
  const settings = {
    ...base,
    availability: { ...base.availability, pauseForGames: false, gpuBusyThresholdMb: null },
    network: { ...base.network, devnetRequestsPerMinute: 0 },
  };
  await writeFile(path.join(dir, 'settings.json'), JSON.stringify(settings));
  return dir;
}

function stopped(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((r) => child.once('exit', () => r()));
}

export async function startDaemonChild(o: {
  port: number;
  dataDir?: string;
  readyMs?: number;
}): Promise<DaemonChild> {
  const dataDir = o.dataDir ?? (await settingsFolder());
  const child = spawn(
    process.execPath,
    [path.join(appRoot(), 'bin', 'silkworm.js'), 'daemon', '--port', String(o.port), '--data-dir', dataDir],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-20_000)));
  child.stderr.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-20_000)));
  const exited = stopped(child);
  const readyMs = o.readyMs ?? 90_000;
  try {
    await waitUntil(
      'the dashboard link',
      () => /Silkworm dashboard: (\S+)/.test(out) || child.exitCode !== null,
      readyMs,
    );
    const link = /Silkworm dashboard: (\S+)/.exec(out)?.[1];
    if (!link) throw new Error('exited');
    const url = new URL(link);
    const token = url.searchParams.get('token') ?? '';
    const api = async (command: string): Promise<unknown> => {
      const res = await fetch(`${url.origin}/api/${command}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: '{}',
      });
      const body = (await res.json()) as { ok: boolean; value?: unknown };
      if (!body.ok) throw new Error(`${command}: HTTP ${res.status}`);
      return body.value;
    };
    let clientUrl: string | null = null;
    let model = '';
    await waitUntil(
      'the worker to serve on the embedded devnet',
      async () => {
        const st = (await api('state:get')) as {
          worker: { status: string };
          network: { clientUrl: string | null };
        };
        clientUrl = st.network.clientUrl;
        if (st.worker.status !== 'serving' || clientUrl === null) return false;
        const models = (await (await fetch(`${clientUrl}/v1/models`)).json()) as {
          data: Array<{ id: string }>;
        };
        model = models.data[0]?.id ?? '';
        return model !== '';
      },
      readyMs,
    );
    return {
      pid: child.pid ?? 0,
      port: Number(url.port),
      dataDir,
      clientUrl: clientUrl ?? '',
      model,
      api,
      kill: () => child.kill('SIGKILL'),
      async stop() {
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
        await exited;
      },
    };
  } catch (err) {
    child.kill('SIGKILL');
    await exited;
    throw new Error(
      `the daemon did not become ready (${err instanceof Error ? err.message : String(err)}):\n${out.slice(-3000)}`,
    );
  }
}

/** What the daemon's worker holds as earned in total (nanotons), from its durable ledger via the state. */
export async function earnedNano(d: DaemonChild): Promise<bigint> {
  const st = (await d.api('state:get')) as { earnings: { totalNano: string } };
  return BigInt(st.earnings.totalNano);
}
