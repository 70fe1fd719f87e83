// Inside the bench child: llama-bench's two tests on node-llama-cpp. pp<N> evaluates N prompt tokens in
// batches on an empty context; tg<M> generates M tokens one by one (greedy), as serving does. A warm-up run
// is excluded; every repetition starts from an empty context. Interleaved with the repetitions, a plain
// reference measurement (no harness, no progress) and llama.cpp's own timers check the harness. The context
// is the one serving loads: the same total size split over the same sequences, flash attention as serving
// has it; the tests run on one of its sequences.
import type { LlamaContextSequence, Token } from 'node-llama-cpp';
import type { BackendName, BenchProgress, BenchSettings, TpsStats } from './bench-schema.js';
import type { BenchMeasurement } from './child-messages.js';
import { LlamaPerfCounters } from './llama-perf.js';

export class BenchChildError extends Error {
  constructor(
    readonly code: 'backend-unavailable' | 'load-failed' | 'context-too-small' | 'engine-failed',
    message: string,
  ) {
    super(message);
  }
}

export function stats(values: number[]): TpsStats {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
  return { median, min: s[0] ?? 0, max: s[s.length - 1] ?? 0 };
}

/** Deterministic ordinary-token ids (llama-bench uses random tokens too): content does not change speed. */
function promptIds(vocab: number, n: number): Token[] {
  const lo = Math.min(300, Math.floor(vocab / 4));
  const span = Math.max(1, vocab - lo - 1);
  return Array.from({ length: n }, (_, i) => (lo + ((i * 7919 + 13) % span)) as Token);
}

async function timePrompt(seq: LlamaContextSequence, tokens: Token[]): Promise<number> {
  await seq.clearHistory();
  const start = performance.now();
  await seq.evaluateWithoutGeneratingNewTokens(tokens);
  return performance.now() - start;
}

async function timeGenerate(seq: LlamaContextSequence, first: Token, count: number): Promise<number> {
  await seq.clearHistory();
  let n = 0;
  const start = performance.now();
  for await (const _token of seq.evaluate([first], { temperature: 0 })) {
    if (++n >= count) break;
  }
  return performance.now() - start;
}

/** The reference: one pp and one tg timed back to back, with no progress or bookkeeping around them. */
async function referenceRound(
  seq: LlamaContextSequence,
  tokens: Token[],
  first: Token,
  genTokens: number,
): Promise<{ ppMs: number; tgMs: number }> {
  const ppMs = await timePrompt(seq, tokens);
  return { ppMs, tgMs: await timeGenerate(seq, first, genTokens) };
}

/** The model's repeating layers (block count), as the engine reports them; null when the file does not say. */
async function blockCount(modelPath: string): Promise<number | null> {
  const { readGgufFileInfo } = await import('node-llama-cpp');
  const arch = (await readGgufFileInfo(modelPath, { readTensorInfo: false })).architectureMetadata as {
    block_count?: unknown;
  };
  return typeof arch.block_count === 'number' ? arch.block_count : null;
}

export async function runBench(
  job: { modelPath: string; backend: BackendName; settings: BenchSettings },
  progress: (p: BenchProgress) => void,
): Promise<BenchMeasurement> {
  const s = job.settings;
  // node-llama-cpp's contextSize is per sequence (it allocates contextSize × sequences cells).
  const perSequence = Math.floor(s.contextSize / s.sequences);
  if (perSequence <= Math.max(s.promptTokens, s.genTokens)) {
    throw new BenchChildError(
      'context-too-small',
      `a context of ${perSequence} tokens per sequence cannot hold pp${s.promptTokens} / tg${s.genTokens}`,
    );
  }
  const units = 1 + 2 * s.repetitions;
  const report = (phase: BenchProgress['phase'], repetition: number, done: number): void =>
    progress({ phase, repetition, repetitions: s.repetitions, fraction: Math.min(1, done / units) });
  report('loading', 0, 0);
  const { getLlama, LlamaLogLevel } = await import('node-llama-cpp');
  const perf = new LlamaPerfCounters();
  // Info level only so llama.cpp's timing lines reach the counters; nothing else is kept or printed.
  const options = {
    gpu: job.backend === 'cpu' ? (false as const) : job.backend,
    build: 'never' as const,
    maxThreads: s.threads,
    progressLogs: false,
  };
  const llama = await getLlama({ ...options, logLevel: LlamaLogLevel.info, logger: perf.logger }).catch(
    (err: unknown) => {
      throw new BenchChildError(
        'backend-unavailable',
        `the ${job.backend} backend does not load: ${String(err).slice(0, 200)}`,
      );
    },
  );
  const loaded = llama.gpu === false ? 'cpu' : llama.gpu;
  if (loaded !== job.backend)
    throw new BenchChildError(
      'backend-unavailable',
      `asked for ${job.backend}, node-llama-cpp loaded ${loaded}`,
    );
  try {
    const blocks = await blockCount(job.modelPath).catch((err: unknown) => {
      throw new BenchChildError('load-failed', `the model did not load: ${String(err).slice(0, 200)}`);
    });
    // As serving loads it: node-llama-cpp counts the output layer as one more, so "every block" is blocks + 1.
    const gpuLayers =
      job.backend === 'cpu' ? 0 : blocks !== null && s.gpuLayers >= blocks ? blocks + 1 : s.gpuLayers;
    const model = await llama.loadModel({ modelPath: job.modelPath, gpuLayers }).catch((err: unknown) => {
      throw new BenchChildError('load-failed', `the model did not load: ${String(err).slice(0, 200)}`);
    });
    const totalLayers = blocks ?? Math.max(0, model.fileInsights.totalLayers - 1);
    const context = await model
      .createContext({
        contextSize: perSequence,
        sequences: s.sequences,
        threads: s.threads,
        batchSize: s.batchSize,
        flashAttention: s.flashAttention && model.flashAttentionSupported,
        performanceTracking: true,
      })
      .catch((err: unknown) => {
        throw new BenchChildError(
          'load-failed',
          `a ${s.contextSize}-token context (${s.sequences} sequences) does not fit: ${String(err).slice(0, 200)}`,
        );
      });
    const seq = context.getSequence();
    const meta = model.fileInfo.metadata as unknown as { tokenizer?: { ggml?: { tokens?: unknown[] } } };
    const tokens = promptIds(meta.tokenizer?.ggml?.tokens?.length ?? 1000, s.promptTokens);
    const first = tokens[0] ?? (1 as Token);

    report('warmup', 0, 0);
    await timePrompt(seq, tokens.slice(0, Math.min(64, tokens.length)));
    await timeGenerate(seq, first, Math.min(8, s.genTokens));
    const pp: number[] = [];
    const tg: number[] = [];
    // Per repetition: the reference's and llama.cpp's own speeds, compared median to median so that a
    // noisy neighbour on a shared machine cannot pass for a harness bias.
    const ref = { pp: [] as number[], tg: [] as number[] };
    const engine = { pp: [] as number[], tg: [] as number[] };
    let engineRead = (await perf.take(context)) !== null; // resets the counters after the warm-up
    for (let r = 1; r <= s.repetitions; r++) {
      report('pp', r, 2 * r - 1);
      pp.push((s.promptTokens / (await timePrompt(seq, tokens))) * 1000);
      report('tg', r, 2 * r);
      tg.push((s.genTokens / (await timeGenerate(seq, first, s.genTokens))) * 1000);
      const counts = await perf.take(context);
      if (counts && counts.promptMs > 0 && counts.evalMs > 0) {
        engine.pp.push((counts.promptTokens * 1000) / counts.promptMs);
        engine.tg.push((counts.evalRuns * 1000) / counts.evalMs);
      } else engineRead = false;
      const round = await referenceRound(seq, tokens, first, s.genTokens);
      ref.pp.push((s.promptTokens * 1000) / round.ppMs);
      ref.tg.push((s.genTokens * 1000) / round.tgMs);
      await perf.take(context); // the reference's decodes are not the harness's
    }
    report('done', s.repetitions, units);
    return {
      backend: job.backend,
      llamaGpu: String(llama.gpu),
      gpuLayers: Math.min(model.gpuLayers, totalLayers), // repeating layers offloaded (clamped to the model's)
      totalLayers,
      pp: stats(pp),
      tg: stats(tg),
      reference: { ppTps: stats(ref.pp).median, tgTps: stats(ref.tg).median },
      engine: engineRead ? { ppTps: stats(engine.pp).median, tgTps: stats(engine.tg).median } : null,
    };
  } finally {
    await llama.dispose().catch(() => undefined);
  }
}
