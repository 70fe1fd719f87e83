// perf "idle": an idle `silkworm daemon` (no model loaded, worker not started) measured over 30 s from the
// outside after start-up has settled: CPU share of one core and resident memory, read from /proc.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { appRoot } from '../src/install/install-root.js';
import { writeFileAtomic } from '../src/settings/atomic-file.js';
import { defaultSettings } from '../src/api/settings.js';

const WINDOW_MS = Number(process.env.SILKWORM_PERF_IDLE_MS ?? 30_000);

async function procStat(pid: number): Promise<{ cpuTicks: number; rssMb: number }> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cpuTicks = Number(fields[11]) + Number(fields[12]); // utime + stime
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return { cpuTicks, rssMb: rssKb / 1024 };
}

/** The default daemon (embedded devnet in-process), and one set up for a real network with no devnet. */
export async function idlePerf(): Promise<Record<string, number>> {
  const devnet = await idleDaemon({ version: 1, autoStart: false });
  const base = defaultSettings();
  const remote = await idleDaemon({
    ...base,
    autoStart: false,
    network: { ...base.network, mode: 'remote' },
  });
  return {
    daemon_cpu_pct: devnet.cpuPct,
    daemon_rss_mb: devnet.rssMb,
    remote_daemon_cpu_pct: remote.cpuPct,
    remote_daemon_rss_mb: remote.rssMb,
  };
}

async function idleDaemon(settings: object): Promise<{ cpuPct: number; rssMb: number }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'silkworm-idle-'));
  await writeFileAtomic(path.join(dataDir, 'settings.json'), JSON.stringify(settings));
  const child = spawn(
    process.execPath,
    [path.join(appRoot(), 'bin', 'silkworm.js'), 'daemon', '--port', '0', '--data-dir', dataDir],
    {
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('daemon did not start in 20 s')), 20_000);
      child.stdout.on('data', (d: Buffer) => {
        if (d.toString().includes('dashboard:')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code) => reject(new Error(`daemon exited with ${code}`)));
    });
    const pid = child.pid ?? 0;
    // Let start-up work settle (backend probe, contract load, V8's memory reducer ~15 s in) before measuring.
    await new Promise((r) => setTimeout(r, 20_000));
    const before = await procStat(pid);
    await new Promise((r) => setTimeout(r, WINDOW_MS));
    const after = await procStat(pid);
    const ticksPerSecond = 100; // USER_HZ on Linux
    const cpuPct = ((after.cpuTicks - before.cpuTicks) / ticksPerSecond / (WINDOW_MS / 1000)) * 100;
    return { cpuPct: Number(cpuPct.toFixed(3)), rssMb: Number(after.rssMb.toFixed(1)) };
  } finally {
    child.kill('SIGTERM');
    await rm(dataDir, { recursive: true, force: true });
  }
}
