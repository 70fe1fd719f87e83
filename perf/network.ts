// perf section "network": requests per second through proxy + worker with an engine that answers at once
// (the protocol path alone), the time to first token it adds over calling the engine directly, and
// streamed generation through the whole path against raw node-llama-cpp in-process on the same model.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { Readable } from 'node:stream';
import { join } from 'node:path';
import { silentLogger } from '../src/logging/logger.js';
import { ensureTinyModel, tinyPresets } from '../src/engine/gguf/tiny-model.js';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { SandboxHost } from '../src/engine/sandbox/host.js';
import type { InferenceBackend } from '../src/net/query-runner.js';
import { startPerfPath } from './network-path.js';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

const instant: InferenceBackend = {
  request: () =>
    Promise.resolve({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: Readable.from([
        Buffer.from(
          '{"object":"chat.completion","choices":[{"message":{"role":"assistant","content":"ok"}}],"usage":{"prompt_tokens":5,"completion_tokens":1,"total_tokens":6}}',
        ),
      ]),
    }),
};

async function nullEngineRps(): Promise<number> {
  const path = await startPerfPath({ backend: instant, model: 'null', maxActive: 64 });
  try {
    const body = JSON.stringify({
      model: 'null',
      messages: [{ role: 'user', content: 'hi' }],
      max_tokens: 1,
    });
    const send = async (): Promise<void> => {
      const res = await fetch(`${path.clientUrl}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      await res.text();
      if (res.status !== 200) throw new Error(`status ${res.status}`);
    };
    for (let i = 0; i < 50; i++) await send(); // warm-up
    const total = 1500;
    const concurrency = 16;
    let next = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < total) {
          next += 1;
          await send();
        }
      }),
    );
    return total / ((performance.now() - t0) / 1000);
  } finally {
    await path.close();
  }
}

/** Time to the first streamed body chunk, and decode speed after it (completion tokens per second). */
async function timeStream(
  chunks: AsyncIterable<Uint8Array>,
  t0: number,
): Promise<{ ttft: number; tps: number }> {
  let first = 0;
  let text = '';
  const decoder = new TextDecoder();
  for await (const c of chunks) {
    if (first === 0) first = performance.now();
    text += decoder.decode(c, { stream: true });
  }
  const end = performance.now();
  const tokens = Number(/"completion_tokens":(\d+)/.exec(text)?.[1] ?? 0);
  return { ttft: first - t0, tps: ((tokens - 1) / (end - first)) * 1000 };
}

export async function networkPerf(): Promise<Record<string, number>> {
  const rps = await nullEngineRps();
  const dir = await mkdtemp(join(tmpdir(), 'sw-net-perf-'));
  const modelPath = await ensureTinyModel(join(tmpdir(), 'silkworm-perf-models'), 'bench');
  const model = tinyPresets.bench.name;
  const host = new SandboxHost({
    log: silentLogger,
    modelPath,
    modelName: model,
    workDir: join(dir, 'sandbox'),
    threads: 1,
    contextSize: 2048,
    maxActiveRequests: 2,
  });
  await host.start();
  const path = await startPerfPath({ backend: host, model, maxActive: 2 });
  try {
    const req = (maxTokens: number, i: number): string =>
      JSON.stringify({
        model,
        prompt: `the story of a small red car number ${i}`,
        max_tokens: maxTokens,
        temperature: 0,
        stream: true,
      });
    const direct = async (maxTokens: number, i: number) => {
      const t0 = performance.now();
      return timeStream(
        (await host.request({ path: '/v1/completions', body: Buffer.from(req(maxTokens, i)) })).body,
        t0,
      );
    };
    const viaPath = async (maxTokens: number, i: number) => {
      const t0 = performance.now();
      const res = await fetch(`${path.clientUrl}/v1/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: req(maxTokens, i),
      });
      if (!res.body) throw new Error('no body');
      return timeStream(res.body, t0);
    };
    // Raw node-llama-cpp runs in a process of its own, as the engine does, so both sides get a core alike.
    const rawTps = async (maxTokens: number, rounds: number): Promise<number[]> => {
      const child = fileURLToPath(new URL('./network-raw-decode.js', import.meta.url));
      const { stdout } = await promisify(execFile)(process.execPath, [
        child,
        modelPath,
        String(rounds),
        String(maxTokens),
      ]);
      return (JSON.parse(stdout) as { tps: number[] }).tps;
    };
    await direct(8, 0);
    await viaPath(8, 0);
    const overheads: number[] = [];
    for (let i = 1; i <= 21; i++) {
      // Alternate the order so drift on a shared machine hits both sides alike.
      const a = i % 2 ? await direct(4, i) : null;
      const b = await viaPath(4, i);
      const c = a ?? (await direct(4, i));
      overheads.push(b.ttft - c.ttft);
    }
    // Decode speed: raw rounds, the whole path, raw again — drift on a shared machine hits both sides.
    const rawList = await rawTps(256, 3);
    const e2e: number[] = [];
    for (let i = 0; i < 6; i++) e2e.push((await viaPath(256, i)).tps);
    rawList.push(...(await rawTps(256, 3)));
    const ratios = [median(e2e) / median(rawList)];
    return {
      null_engine_rps: Math.round(rps),
      ttft_overhead_ms_p50: Number(median(overheads).toFixed(2)),
      e2e_tg_tps: Number(median(e2e).toFixed(1)),
      raw_tg_tps: Number(median(rawList).toFixed(1)),
      e2e_efficiency: Number(median(ratios).toFixed(3)),
    };
  } finally {
    await path.close();
    await host.stop();
    await rm(dir, { recursive: true, force: true, maxRetries: 5 });
  }
}
