// GPU readings: which processes use the GPU and how hot it is. NVIDIA through nvidia-smi (compute apps from
// its CSV query, graphics apps from its process table, temperature from --query-gpu); on Linux without it,
// the temperature from the kernel's hwmon (AMD/Intel). No tool → processes 'absent', temperature null.
import { readdirSync, readFileSync } from 'node:fs';
import { runTool, type ToolRunner } from './run-tool.js';
import type { GpuProcess, GpuProcessType, GpuReadings, GpuSource } from './sensors.js';

/** `nvidia-smi --query-compute-apps=pid,process_name,used_memory --format=csv,noheader,nounits`. */
export function parseComputeAppsCsv(stdout: string): GpuProcess[] {
  const out: GpuProcess[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^\s*(\d+)\s*,\s*(.*?)\s*,\s*(\d+|\[N\/A\]|N\/A)\s*$/.exec(line);
    if (!m) continue;
    const mem = m[3] ?? '';
    out.push({
      pid: Number(m[1]),
      name: m[2] ?? '',
      type: 'C',
      usedMb: /^\d+$/.test(mem) ? Number(mem) : null,
    });
  }
  return out;
}

/** The "Processes:" table of plain `nvidia-smi` (graphics apps included; Windows shows N/A memory for them). */
export function parseProcessTable(stdout: string): GpuProcess[] {
  const out: GpuProcess[] = [];
  const row = /^\|\s+\d+\s+\S+\s+\S+\s+(\d+)\s+(C\+G|C|G)\s+(.*?)\s+(?:(\d+)MiB|N\/A)\s*\|\s*$/;
  for (const line of stdout.split(/\r?\n/)) {
    const m = row.exec(line);
    if (!m) continue;
    out.push({
      pid: Number(m[1]),
      type: m[2] as GpuProcessType,
      name: m[3] ?? '',
      usedMb: m[4] ? Number(m[4]) : null,
    });
  }
  return out;
}

/** Compute apps from the CSV (full names), plus graphics-only apps from the table. */
export function mergeGpuProcesses(compute: GpuProcess[], table: GpuProcess[]): GpuProcess[] {
  const byPid = new Map(compute.map((p) => [p.pid, p]));
  for (const t of table) {
    const c = byPid.get(t.pid);
    if (!c) byPid.set(t.pid, t);
    else if (t.type === 'C+G') byPid.set(t.pid, { ...c, type: 'C+G' });
  }
  return [...byPid.values()];
}

/**
 * Hottest GPU from the summary rows of plain `nvidia-smi` ("| 30%   45C    P8   10W / 170W |", or
 * "| N/A   34C    P0 ..." without a fan), so one spawn gives graphics apps and temperatures together.
 */
export function parseTableTemperatures(stdout: string): number | null {
  const temps = [...stdout.matchAll(/^\|\s*(?:\d+%|N\/A)\s+(\d+)C\s+P\d+/gm)].map((m) => Number(m[1]));
  return temps.length > 0 ? Math.max(...temps) : null;
}

export interface NvidiaGpuSourceOptions {
  run?: ToolRunner;
  /** Read hwmon temperatures when nvidia-smi is absent (Linux). */
  hwmonRoot?: string | null;
}

export class NvidiaGpuSource implements GpuSource {
  readonly #run: ToolRunner;
  readonly #hwmonRoot: string | null;
  /** Once nvidia-smi is known absent we stop spawning it. */
  #absent = false;

  constructor(options: NvidiaGpuSourceOptions = {}) {
    this.#run = options.run ?? runTool;
    this.#hwmonRoot =
      options.hwmonRoot === undefined
        ? process.platform === 'linux'
          ? '/sys/class/drm'
          : null
        : options.hwmonRoot;
  }

  async read(): Promise<GpuReadings> {
    if (!this.#absent) {
      // Two spawns per sample: the CSV for compute apps' full names, the table for graphics apps and heat.
      const [compute, table] = await Promise.all([
        this.#run(
          'nvidia-smi',
          ['--query-compute-apps=pid,process_name,used_memory', '--format=csv,noheader,nounits'],
          5000,
        ),
        this.#run('nvidia-smi', [], 5000),
      ]);
      if (!compute.ok && compute.reason === 'absent') this.#absent = true;
      else {
        const processes = compute.ok
          ? mergeGpuProcesses(
              parseComputeAppsCsv(compute.stdout),
              table.ok ? parseProcessTable(table.stdout) : [],
            )
          : 'absent';
        return { processes, temperatureC: table.ok ? parseTableTemperatures(table.stdout) : null };
      }
    }
    return {
      processes: 'absent',
      temperatureC: this.#hwmonRoot ? readHwmonTemperature(this.#hwmonRoot) : null,
    };
  }
}

/** Hottest `temp*_input` (millidegrees) under <root>/card*\/device/hwmon/hwmon*; null when there is none. */
export function readHwmonTemperature(root: string): number | null {
  let best: number | null = null;
  for (const card of safeList(root).filter((c) => /^card\d+$/.test(c))) {
    const hwmonDir = `${root}/${card}/device/hwmon`;
    for (const hw of safeList(hwmonDir)) {
      for (const file of safeList(`${hwmonDir}/${hw}`).filter((f) => /^temp\d+_input$/.test(f))) {
        try {
          const c = Number(readFileSync(`${hwmonDir}/${hw}/${file}`, 'utf8').trim()) / 1000;
          if (Number.isFinite(c) && c > 0 && (best === null || c > best)) best = c;
        } catch {
          // unreadable sensor: skip it
        }
      }
    }
  }
  return best;
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
