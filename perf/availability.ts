// perf section "availability": a whole node (engine serving on the devnet) and a real process started on
// this machine under a game's executable name; detect_to_free_ms runs from the spawn to the moment the
// worker reports paused, which is after every proxy was told "disabled" and the engine process exited.
import { networkResolver } from '../src/launch/resolve-network.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { defaultSettings } from '../src/api/settings.js';
import type { WorkerStatus } from '../src/api/state.js';
import { JsonFileBackend } from '../src/settings/settings-backend.js';
import { measureDetectorCpu } from './availability-detector.js';
import { createNode, type SilkwormNode } from '../src/node/node.js';

const round = (n: number, d = 1): number => Number(n.toFixed(d));

function waitForStatus(node: SilkwormNode, want: WorkerStatus, timeoutMs = 20_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (node.state.get().worker.status === want) return resolve();
    const timer = setTimeout(() => {
      off();
      reject(new Error(`worker not ${want} within ${timeoutMs} ms`));
    }, timeoutMs);
    const off = node.hub.subscribe((m) => {
      if (m.event === 'state:changed' && m.payload.worker.status === want) {
        clearTimeout(timer);
        off();
        resolve();
      }
    });
  });
}

export async function yieldPerf(): Promise<Record<string, number>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sw-yield-'));
  const gameDir = path.join(dir, 'SteamLibrary', 'steamapps', 'common', 'EldenRing');
  await mkdir(gameDir, { recursive: true });
  const exe = path.join(gameDir, 'eldenring.exe');
  await copyFile('/bin/sleep', exe);
  const base = defaultSettings();
  await writeFile(
    path.join(dir, 'settings.json'),
    JSON.stringify({
      ...base,
      availability: { ...base.availability, resumeGraceSeconds: 0 },
      network: { ...base.network, devnetRequestsPerMinute: 0 },
    }),
  );
  const node = await createNode({
    version: 'perf',
    dataDir: dir,
    resolveNetwork: networkResolver({ dataDir: dir }),
    settingsBackend: new JsonFileBackend(path.join(dir, 'settings.json')),
    detectHardware: () => Promise.reject(new Error('not needed')),
  });
  const times: number[] = [];
  let game: ChildProcess | null = null;
  try {
    await node.start();
    await waitForStatus(node, 'serving');
    for (let i = 0; i < 5; i++) {
      // A random phase against the 250 ms process polling: the figure is the typical wait.
      await new Promise((r) => setTimeout(r, 500 + Math.random() * 250));
      const paused = waitForStatus(node, 'paused');
      const t0 = performance.now();
      game = spawn(exe, ['60'], { stdio: 'ignore' });
      await paused;
      times.push(performance.now() - t0);
      const serving = waitForStatus(node, 'serving');
      game.kill();
      await serving;
    }
  } finally {
    game?.kill();
    await node.stop();
    await rm(dir, { recursive: true, force: true, maxRetries: 5 });
  }
  times.sort((a, b) => a - b);
  const cpu = await measureDetectorCpu(8000);
  return {
    detect_to_free_ms: round(times[Math.floor(times.length / 2)] ?? NaN),
    detect_to_free_max_ms: round(times.at(-1) ?? NaN),
    detector_cpu_pct: round(cpu.cpuPct, 3),
    proc_scan_warm_ms: round(cpu.warmScanMs, 3),
  };
}
