// perf section "anchors": Silkworm side by side with llama.cpp's own tools, built from the same source and
// linked against the same prebuilt engine libraries (anchors-build.ts), on the same generated bench model,
// one thread, the same sampling, in alternating rounds so drift on a shared machine hits both alike.
// Every ratio is Silkworm ÷ llama.cpp, higher is better (start-up and memory: llama.cpp ÷ Silkworm).
//   decode_ratio_greedy / _t1: one stream end to end (devnet proxy + worker + sandbox) vs llama-server
//     /completion, greedy and temperature 1 / top_k 40; aggregate_ratio_4: four streams at once;
//   tg_ratio / pp_ratio_llama_bench: `silkworm bench` tg128 / pp512 vs llama-bench;
//   startup_ratio: fresh process to the first served token; rss_ratio: memory while serving.
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { mkdtemp, rm } from 'node:fs/promises';
import { silentLogger } from '../src/logging/logger.js';
import { ensureTinyModel } from '../src/engine/gguf/tiny-model.js';
import { SandboxHost } from '../src/engine/sandbox/host.js';
import { runBenchmark } from '../src/bench/benchmark.js';
import { BackendProber } from '../src/bench/backends.js';
import { detectHardwareDetails } from '../src/bench/hardware.js';
import { ensureAnchorTools } from './anchors-build.js';
import {
  LlamaServer,
  llamaBench,
  timeStream,
  treeRssMb,
  type Sampling,
  type StreamTiming,
} from './anchors-llama.js';
import { startPerfPath } from './network-path.js';
import { median, round } from './engine.js';

const ROUNDS = 5;
const TOKENS = 256;
const SLOTS = 4;
const CONTEXT_PER_SLOT = 2048;
const THREADS = 1;
const BUDGET_MS = 12 * 60_000; // measuring stops starting new rounds after this
const greedy: Sampling = { temperature: 0, topK: 40, topP: 1, minP: 0 };
// Silkworm's sampled decoding: the given temperature and top_p, top_k 40, no min_p, no penalties.
const t1: Sampling = { temperature: 1, topK: 40, topP: 1, minP: 0 };

const tps = (t: StreamTiming | null): number | null => (t && t.ms > 0 ? (t.tokens / t.ms) * 1000 : null);
const ratio = (a: number, b: number): number | null => (a > 0 && b > 0 ? round(a / b, 3) : null);

async function silkwormStream(
  url: string,
  model: string,
  prompt: string,
  s: Sampling,
  seed: number,
  maxTokens: number,
): Promise<StreamTiming | null> {
  const t0 = performance.now();
  const res = await fetch(`${url}/v1/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      model,
      prompt,
      max_tokens: maxTokens,
      temperature: s.temperature,
      top_p: s.topP,
      seed,
      stream: true,
    }),
    signal: AbortSignal.timeout(120_000),
  });
  return timeStream(res, t0, /"completion_tokens":(\d+)/g);
}

/** n streams at once: every stream's tokens after its first over the longest stream's time. */
async function aggregate(
  one: (i: number) => Promise<StreamTiming | null>,
  n: number,
): Promise<number | null> {
  const all = await Promise.all(Array.from({ length: n }, (_, i) => one(i)));
  if (all.some((s) => s === null)) return null;
  const ok = all as StreamTiming[];
  const ms = Math.max(...ok.map((s) => s.ms));
  return ms > 0 ? (ok.reduce((sum, s) => sum + s.tokens, 0) / ms) * 1000 : null;
}

async function silkwormStart(modelPath: string): Promise<{ startupMs: number; rssMb: number }> {
  const script = fileURLToPath(new URL('./anchors-start.js', import.meta.url));
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [script, modelPath, String(SLOTS), String(CONTEXT_PER_SLOT), String(THREADS)],
    { timeout: 120_000 },
  );
  return JSON.parse(stdout) as { startupMs: number; rssMb: number };
}

async function llamaStart(tools: Parameters<typeof LlamaServer.start>[0], modelPath: string) {
  const server = await LlamaServer.start(tools, {
    modelPath,
    threads: THREADS,
    slots: SLOTS,
    contextPerSlot: CONTEXT_PER_SLOT,
  });
  try {
    const first = await server.complete('the story of a small red car', 2, greedy, 1);
    const startupMs = performance.now() - server.startedAt - (first ? first.ms : 0);
    const during = server.complete('the story of a small red car', 128, greedy, 2);
    await new Promise((r) => setTimeout(r, 100));
    const rssMb = await treeRssMb(server.pid);
    await during;
    return { startupMs, rssMb };
  } finally {
    server.stop();
  }
}

type Series = Record<'lg' | 'sg' | 'lt' | 'st' | 'la' | 'sa', number[]>;

export async function anchorsPerf(): Promise<Record<string, number | string | null>> {
  const built = await ensureAnchorTools();
  if (!built.ok) return { skipped: built.reason };
  const { tools } = built;
  const modelPath = await ensureTinyModel(join(tmpdir(), 'silkworm-perf-models'), 'bench');
  const started = Date.now();
  const dir = await mkdtemp(join(tmpdir(), 'sw-anchors-'));
  const model = 'anchor';
  const host = new SandboxHost({
    log: silentLogger,
    modelPath,
    modelName: model,
    workDir: join(dir, 'sandbox'),
    threads: THREADS,
    contextSize: CONTEXT_PER_SLOT,
    maxActiveRequests: SLOTS,
  });
  await host.start();
  const path = await startPerfPath({ backend: host, model, maxActive: SLOTS });
  const server = await LlamaServer.start(tools, {
    modelPath,
    threads: THREADS,
    slots: SLOTS,
    contextPerSlot: CONTEXT_PER_SLOT,
  });
  const s: Series = { lg: [], sg: [], lt: [], st: [], la: [], sa: [] };
  const perRound: number[] = [];
  const failures = { llama: 0, silkworm: 0 };
  let rounds = 0;
  try {
    const prompt = (r: number, i = 0): string => `the story of a small red car number ${r} and stream ${i}`;
    const sw = (r: number, sm: Sampling, i = 0, n = TOKENS) =>
      silkwormStream(path.clientUrl, model, prompt(r, i), sm, 1000 * r + i, n);
    const ll = (r: number, sm: Sampling, i = 0, n = TOKENS) =>
      server.complete(prompt(r, i), n, sm, 1000 * r + i);
    await sw(-1, greedy, 0, 32); // warm-up
    await ll(-1, greedy, 0, 32);
    for (let r = 0; r < ROUNDS && Date.now() - started < BUDGET_MS; r++) {
      type Step = [keyof Series, () => Promise<number | null>];
      const pairs: Array<[Step, Step]> = [
        [
          ['lg', async () => tps(await ll(r, greedy))],
          ['sg', async () => tps(await sw(r, greedy))],
        ],
        [
          ['lt', async () => tps(await ll(r, t1))],
          ['st', async () => tps(await sw(r, t1))],
        ],
        [
          ['la', () => aggregate((i) => ll(r, greedy, i, TOKENS / 2), SLOTS)],
          ['sa', () => aggregate((i) => sw(r, greedy, i, TOKENS / 2), SLOTS)],
        ],
      ];
      // Odd rounds run Silkworm first in each pair.
      const ordered = pairs.flatMap(([a, b]) => (r % 2 === 0 ? [a, b] : [b, a]));
      const got: Partial<Record<keyof Series, number>> = {};
      for (const [key, measure] of ordered) {
        const v = await measure();
        if (v === null) {
          failures[key.startsWith('l') ? 'llama' : 'silkworm']++;
        } else {
          s[key].push(v);
          got[key] = v;
        }
      }
      if (got.sg !== undefined && got.lg !== undefined) perRound.push(got.sg / got.lg);
      rounds++;
    }
  } finally {
    server.stop();
    await path.close();
    await host.stop();
    await rm(dir, { recursive: true, force: true, maxRetries: 5 });
  }
  // llama-bench and `silkworm bench`, alternating.
  const lb: Array<{ pp: number; tg: number }> = [];
  const sb: Array<{ pp: number; tg: number }> = [];
  const hardware = await detectHardwareDetails({ backends: new BackendProber({ log: silentLogger }) });
  for (let r = 0; r < 2; r++) {
    const swBench = async (): Promise<void> => {
      const res = await runBenchmark({
        log: silentLogger,
        modelPath,
        backend: 'cpu',
        hardware,
        appVersion: 'perf',
        settings: { repetitions: 3, threads: THREADS },
      });
      sb.push({ pp: res.pp.median, tg: res.tg.median });
    };
    const anchor = async (): Promise<void> => void lb.push(await llamaBench(tools, modelPath, THREADS));
    for (const step of r % 2 === 0 ? [anchor, swBench] : [swBench, anchor]) await step();
  }
  // Start-up and memory: a fresh llama-server and a fresh Silkworm engine process, alternating.
  const ls: Array<{ startupMs: number; rssMb: number }> = [];
  const ss: Array<{ startupMs: number; rssMb: number }> = [];
  for (let r = 0; r < 3; r++) {
    const anchor = async (): Promise<void> => void ls.push(await llamaStart(tools, modelPath));
    const ours = async (): Promise<void> => void ss.push(await silkwormStart(modelPath));
    for (const step of r % 2 === 0 ? [anchor, ours] : [ours, anchor]) await step();
  }
  const m = (xs: number[]): number => median(xs);
  const spread = perRound.length > 1 ? (Math.max(...perRound) - Math.min(...perRound)) / m(perRound) : null;
  return {
    decode_ratio_greedy: ratio(m(s.sg), m(s.lg)),
    decode_ratio_t1: ratio(m(s.st), m(s.lt)),
    tg_ratio_llama_bench: ratio(m(sb.map((x) => x.tg)), m(lb.map((x) => x.tg))),
    pp_ratio_llama_bench: ratio(m(sb.map((x) => x.pp)), m(lb.map((x) => x.pp))),
    aggregate_ratio_4: ratio(m(s.sa), m(s.la)),
    startup_ratio: ratio(m(ls.map((x) => x.startupMs)), m(ss.map((x) => x.startupMs))),
    rss_ratio: ratio(m(ls.map((x) => x.rssMb)), m(ss.map((x) => x.rssMb))),
    rounds,
    spread: spread === null ? null : round(spread, 3),
    failures_llama_server: failures.llama,
    failures_silkworm: failures.silkworm,
    llama_server_greedy_tps: round(m(s.lg)),
    silkworm_greedy_tps: round(m(s.sg)),
    llama_server_t1_tps: round(m(s.lt)),
    silkworm_t1_tps: round(m(s.st)),
    llama_server_agg4_tps: round(m(s.la)),
    silkworm_agg4_tps: round(m(s.sa)),
    llama_bench_tg128: round(m(lb.map((x) => x.tg))),
    silkworm_bench_tg128: round(m(sb.map((x) => x.tg))),
    llama_server_startup_ms: round(m(ls.map((x) => x.startupMs)), 0),
    silkworm_startup_ms: round(m(ss.map((x) => x.startupMs)), 0),
    llama_server_rss_mb: round(m(ls.map((x) => x.rssMb))),
    silkworm_rss_mb: round(m(ss.map((x) => x.rssMb))),
    build_ms: built.builtMs,
    release: tools.release,
  };
}
