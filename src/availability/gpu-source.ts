// GPU readings for the availability policy: which processes use the GPU (NVIDIA: compute apps from
// nvidia-smi's CSV query, graphics apps from its process table) and how hot it is, from the shared GPU
// telemetry (nvidia-smi, or the kernel's sysfs on Linux). No tool → processes 'absent'; no sensor → null.
import { hottestTemperature, type GpuTelemetrySource } from '../sensors/gpu-telemetry.js';
import { runTool, type ToolRunner } from '../sensors/run-tool.js';
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

export interface NvidiaGpuSourceOptions {
  /** The node's one GPU sensor reader (its samples are cached and shared with the dashboard). */
  telemetry: GpuTelemetrySource;
  run?: ToolRunner;
}

export class NvidiaGpuSource implements GpuSource {
  readonly #telemetry: GpuTelemetrySource;
  readonly #run: ToolRunner;
  /** Once nvidia-smi is known absent we stop spawning it. */
  #absent = false;

  constructor(options: NvidiaGpuSourceOptions) {
    this.#telemetry = options.telemetry;
    this.#run = options.run ?? runTool;
  }

  async read(): Promise<GpuReadings> {
    const [processes, telemetry] = await Promise.all([this.#processes(), this.#telemetry.read()]);
    return { processes, temperatureC: hottestTemperature(telemetry) };
  }

  async #processes(): Promise<GpuProcess[] | 'absent'> {
    if (this.#absent) return 'absent';
    // Two spawns per sample: the CSV for compute apps' full names, the table for graphics apps.
    const [compute, table] = await Promise.all([
      this.#run(
        'nvidia-smi',
        ['--query-compute-apps=pid,process_name,used_memory', '--format=csv,noheader,nounits'],
        5000,
      ),
      this.#run('nvidia-smi', [], 5000),
    ]);
    if (!compute.ok) {
      if (compute.reason === 'absent') this.#absent = true;
      return 'absent';
    }
    return mergeGpuProcesses(
      parseComputeAppsCsv(compute.stdout),
      table.ok ? parseProcessTable(table.stdout) : [],
    );
  }
}
