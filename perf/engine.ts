// perf section "engine": decode speed of node-llama-cpp in-process (raw) and through the sandbox host
// on the same generated bench model and settings, their ratio, and the time from pause() to child exit.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../src/logging/logger.js';
import { ensureTinyModel, tinyPresets } from '../src/engine/gguf/tiny-model.js';
import { LlamaRuntime } from '../src/engine/runtime/llama-runtime.js';
import type { GenerateParams } from '../src/engine/sandbox/messages.js';
import { SandboxHost } from '../src/engine/sandbox/host.js';

const ROUNDS = 10;
const TOKENS = 256;
const THREADS = 1; // fastest decode on this class of VM (docs/engine.md, "Threads and speed on small machines")
const CONTEXT = 2048;
const prompts = [
  'hello world, tell me about the cat',
  'the story of a small red car',
  'question: what is a gpu worker',
  'a long answer about the network',
];
const params: GenerateParams = { maxTokens: TOKENS, temperature: 0, topP: 1, stop: [] };

async function rawRound(rt: LlamaRuntime, prompt: string): Promise<{ tokens: number; ms: number }> {
  let first = 0;
  let firstCount = 0;
  const usage = await rt.generate(
    { kind: 'text', text: prompt },
    params,
    (_t, n) => {
      if (first === 0) {
        first = performance.now();
        firstCount = n;
      }
    },
    new AbortController().signal,
  );
  return { tokens: usage.completionTokens - firstCount, ms: performance.now() - first };
}

export async function sandboxRound(
  host: SandboxHost,
  model: string,
  prompt: string,
): Promise<{ tokens: number; ms: number }> {
  const body = Buffer.from(
    JSON.stringify({ model, prompt, max_tokens: TOKENS, temperature: 0, stream: true }),
  );
  const res = await host.request({ path: '/v1/completions', body });
  let first = 0;
  let firstText = 0;
  let last = '';
  for await (const chunk of res.body) {
    if (first === 0) {
      first = performance.now();
      firstText = 1;
    }
    last = chunk.toString();
  }
  const end = performance.now();
  const usage = /"completion_tokens":(\d+)/.exec(last);
  return { tokens: Number(usage?.[1] ?? 0) - firstText, ms: end - first };
}

export async function enginePerf(): Promise<Record<string, number>> {
  const dir = await mkdtemp(join(tmpdir(), 'sw-engine-perf-'));
  try {
    const modelPath = await ensureTinyModel(join(tmpdir(), 'silkworm-perf-models'), 'bench');
    const name = tinyPresets.bench.name;
    const rt = await LlamaRuntime.create({ threads: THREADS, gpu: false });
    await rt.load({ modelPath, contextSize: CONTEXT, sequences: 1 });
    const host = new SandboxHost({
      log: silentLogger,
      modelPath,
      modelName: name,
      workDir: join(dir, 'sandbox'),
      threads: THREADS,
      contextSize: CONTEXT,
      maxActiveRequests: 1,
    });
    await host.start();
    // Warm-up, then pairs in alternating order so drift on a shared machine hits both sides alike;
    // the medians of the pairs resist the bursts of other processes.
    await rawRound(rt, prompts[0] ?? '');
    await sandboxRound(host, name, prompts[0] ?? '');
    const rawTps: number[] = [];
    const sbTps: number[] = [];
    const ratios: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const p = prompts[r % prompts.length] ?? '';
      const tps = (x: { tokens: number; ms: number }): number => (x.tokens / x.ms) * 1000;
      let a: number;
      let b: number;
      if (r % 2 === 0) {
        a = tps(await rawRound(rt, p));
        b = tps(await sandboxRound(host, name, p));
      } else {
        b = tps(await sandboxRound(host, name, p));
        a = tps(await rawRound(rt, p));
      }
      rawTps.push(a);
      sbTps.push(b);
      ratios.push(b / a);
    }
    await rt.unload();
    const exits: number[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await host.request({
        path: '/v1/completions',
        body: Buffer.from(JSON.stringify({ model: name, prompt: 'pause', max_tokens: 1500, stream: true })),
      });
      const it = res.body[Symbol.asyncIterator]();
      await it.next();
      exits.push((await host.pause()).exitMs);
      await it.next().catch(() => undefined);
      if (i < 2) await host.resume();
    }
    await host.stop();
    exits.sort((x, y) => x - y);
    return {
      raw_tg_tps: round(median(rawTps)),
      sandbox_tg_tps: round(median(sbTps)),
      sandbox_efficiency: round(median(ratios), 3),
      pause_to_exit_ms: round(exits[1] ?? 0),
      pause_to_exit_max_ms: round(exits[2] ?? 0),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const round = (x: number, digits = 1): number => Number(x.toFixed(digits));

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}
