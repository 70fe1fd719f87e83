// The saved benchmark: one JSON file in the data dir, written atomically, with the fingerprint of what it
// was measured on. A corrupt file is kept aside (never silently lost) and reads as "run it again".
import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../settings/atomic-file.js';
import {
  benchResultSchema,
  type BackendName,
  type BenchFingerprint,
  type BenchLoadFingerprint,
  type BenchResult,
  type HardwareDetails,
} from './bench-schema.js';
import { errorMessage } from '../logging/logger.js';

export const BENCH_FILE = 'bench.json';

export type LoadedBench =
  | { status: 'ok'; result: BenchResult }
  | { status: 'absent' }
  | { status: 'corrupt'; keptAs: string; message: string };

export async function saveBenchResult(dataDir: string, result: BenchResult): Promise<string> {
  const file = join(dataDir, BENCH_FILE);
  await writeFileAtomic(file, JSON.stringify(benchResultSchema.parse(result), null, 2) + '\n');
  return file;
}

export async function loadBenchResult(dataDir: string, now: () => number = Date.now): Promise<LoadedBench> {
  const file = join(dataDir, BENCH_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'absent' };
    throw err;
  }
  let message: string;
  try {
    const parsed = benchResultSchema.safeParse(JSON.parse(text));
    if (parsed.success) return { status: 'ok', result: parsed.data };
    message = parsed.error.issues[0]?.message ?? 'does not match the schema';
  } catch (err) {
    message = errorMessage(err);
  }
  const keptAs = `${file}.corrupt-${now()}`;
  await rename(file, keptAs);
  return { status: 'corrupt', keptAs, message };
}

export interface FingerprintInput {
  hardware: Pick<HardwareDetails, 'gpus' | 'cpu'>;
  backend: BackendName;
  modelSha256: string;
  appVersion: string;
  /** The serving configuration's layers, context, sequences and threads; omitted by callers that know none. */
  config?: BenchLoadFingerprint;
}

/**
 * What the numbers depend on: the devices that compute and their driver, the exact model file, the backend,
 * how it is loaded, the app. On the CPU backend the CPU is the device (a new GPU does not change CPU speed).
 */
export function benchFingerprint(input: FingerprintInput): BenchFingerprint {
  const gpus = input.backend === 'cpu' ? [] : input.hardware.gpus;
  const cpu = input.hardware.cpu;
  const drivers = [...new Set(gpus.map((g) => g.driver).filter((d): d is string => d !== null))];
  return {
    gpus:
      input.backend === 'cpu'
        ? [`CPU ${cpu.brand} (${cpu.cores} cores)`]
        : gpus.map((g) => `${g.vendor} ${g.model}`),
    driver: drivers.length === 0 ? null : drivers.join(' / '),
    modelSha256: input.modelSha256,
    backend: input.backend,
    appVersion: input.appVersion,
    ...(input.config
      ? { config: { ...input.config, gpuLayers: input.backend === 'cpu' ? 0 : input.config.gpuLayers } }
      : {}),
  };
}

function sameConfig(a: BenchLoadFingerprint, b: BenchLoadFingerprint): boolean {
  return (
    a.gpuLayers === b.gpuLayers &&
    a.contextSize === b.contextSize &&
    a.sequences === b.sequences &&
    a.threads === b.threads &&
    a.flashAttention === b.flashAttention
  );
}

export const rerunReasons = [
  'never-run',
  'gpu-changed',
  'driver-changed',
  'model-changed',
  'backend-changed',
  'config-changed',
  'app-updated',
] as const;
export type RerunReason = (typeof rerunReasons)[number];

/**
 * Whether the saved benchmark still describes this machine and the serving configuration. An app update
 * counts: it can bring another llama.cpp build, and its speed is what the worker advertises. The load
 * configuration is compared only when the current fingerprint has one; a saved result without one (taken
 * before the benchmark measured the serving configuration) is then stale.
 */
export function needsRerun(
  saved: Pick<BenchResult, 'fingerprint'> | null,
  current: BenchFingerprint,
): { needed: boolean; reasons: RerunReason[] } {
  if (saved === null) return { needed: true, reasons: ['never-run'] };
  const s = saved.fingerprint;
  const reasons: RerunReason[] = [];
  if (s.gpus.length !== current.gpus.length || s.gpus.some((g, i) => g !== current.gpus[i]))
    reasons.push('gpu-changed');
  if (s.driver !== current.driver) reasons.push('driver-changed');
  if (s.modelSha256 !== current.modelSha256) reasons.push('model-changed');
  if (s.backend !== current.backend) reasons.push('backend-changed');
  if (current.config && (!s.config || !sameConfig(s.config, current.config))) reasons.push('config-changed');
  if (s.appVersion !== current.appVersion) reasons.push('app-updated');
  return { needed: reasons.length > 0, reasons };
}
