// Process listers for systems without /proc: `ps` on macOS and other Unixes, PowerShell's CIM (with
// `tasklist` as a names-only fallback) on Windows. Spawning costs far more than reading /proc, so these
// sample at most once per second by default.
import { existsSync } from 'node:fs';
import { baseName } from './game-catalog.js';
import { LinuxProcessLister } from './process-lister.js';
import { runTool, type ToolRunner } from '../sensors/run-tool.js';
import type { ProcessInfo, ProcessSource } from './sensors.js';

export class ProcessListError extends Error {
  readonly code: 'tool-absent' | 'tool-failed';
  constructor(code: 'tool-absent' | 'tool-failed', message: string) {
    super(message);
    this.code = code;
  }
}

/** `ps -axo pid=,comm=`: on macOS comm is the executable's full path; elsewhere it may be a short name. */
export function parsePsOutput(stdout: string): ProcessInfo[] {
  const out: ProcessInfo[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^\s*(\d+)\s+(.+?)\s*$/.exec(line);
    if (!m) continue;
    const command = m[2] ?? '';
    const isPath = command.startsWith('/');
    out.push({
      pid: Number(m[1]),
      name: baseName(command),
      exe: isPath ? command : null,
      argv0: isPath ? command : null,
    });
  }
  return out;
}

/** Lines "pid|name|path" printed by the PowerShell command below (path empty where access is denied). */
export function parseCimOutput(stdout: string): ProcessInfo[] {
  const out: ProcessInfo[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const [pid, name, path] = line.split('|');
    if (!pid || !/^\d+$/.test(pid.trim()) || !name) continue;
    const exe = path?.trim() ? path.trim() : null;
    out.push({ pid: Number(pid), name: name.trim(), exe, argv0: exe });
  }
  return out;
}

/** `tasklist /fo csv /nh`: "Image Name","PID","Session Name","Session#","Mem Usage" — names only. */
export function parseTasklistCsv(stdout: string): ProcessInfo[] {
  const out: ProcessInfo[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const cells = [...line.matchAll(/"([^"]*)"/g)].map((c) => c[1] ?? '');
    const [name, pid] = cells;
    if (!name || !pid || !/^\d+$/.test(pid)) continue;
    out.push({ pid: Number(pid), name, exe: null, argv0: null });
  }
  return out;
}

const cimScript =
  "Get-CimInstance Win32_Process | ForEach-Object { '{0}|{1}|{2}' -f $_.ProcessId,$_.Name,$_.ExecutablePath }";

export interface SpawnListerOptions {
  run?: ToolRunner;
  now?: () => number;
  minIntervalMs?: number;
}

/** A lister built on one external command, throttled, reusing the last list between samples. */
export class SpawnProcessLister implements ProcessSource {
  readonly #run: ToolRunner;
  readonly #now: () => number;
  readonly #minInterval: number;
  readonly #platform: NodeJS.Platform;
  #lastAt = -Infinity;
  #last: ProcessInfo[] = [];

  constructor(platform: NodeJS.Platform, options: SpawnListerOptions = {}) {
    this.#platform = platform;
    this.#run = options.run ?? runTool;
    this.#now = options.now ?? Date.now;
    this.#minInterval = options.minIntervalMs ?? 1000;
  }

  async list(): Promise<ProcessInfo[]> {
    const now = this.#now();
    if (now - this.#lastAt < this.#minInterval) return this.#last;
    this.#lastAt = now;
    this.#last = this.#platform === 'win32' ? await this.#windows() : await this.#ps();
    return this.#last;
  }

  async #ps(): Promise<ProcessInfo[]> {
    const r = await this.#run('ps', ['-axo', 'pid=,comm='], 5000);
    if (!r.ok)
      throw new ProcessListError(r.reason === 'absent' ? 'tool-absent' : 'tool-failed', `ps: ${r.message}`);
    return parsePsOutput(r.stdout);
  }

  async #windows(): Promise<ProcessInfo[]> {
    const cim = await this.#run(
      'powershell.exe',
      ['-NoProfile', '-NonInteractive', '-Command', cimScript],
      10_000,
    );
    if (cim.ok) return parseCimOutput(cim.stdout);
    const tl = await this.#run('tasklist', ['/fo', 'csv', '/nh'], 5000);
    if (!tl.ok)
      throw new ProcessListError(
        tl.reason === 'absent' ? 'tool-absent' : 'tool-failed',
        `tasklist: ${tl.message}`,
      );
    return parseTasklistCsv(tl.stdout);
  }
}

/** The cheapest lister this OS allows: /proc on Linux, otherwise one spawn per sample. */
export function createProcessSource(platform: NodeJS.Platform = process.platform): ProcessSource {
  if (platform === 'linux' && existsSync('/proc/self/stat')) return new LinuxProcessLister();
  return new SpawnProcessLister(platform);
}
