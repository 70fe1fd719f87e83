// The llama.cpp side of the anchors: llama-bench's pp/tg, and llama-server started as a child process
// (127.0.0.1 only) and driven over its own /completion API with streamed responses, timed from the client
// exactly as Silkworm is timed (tokens after the first over the time from the first streamed chunk).
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { promisify } from 'node:util';
import type { AnchorTools } from './anchors-build.js';

export interface Sampling {
  temperature: number;
  topK: number;
  topP: number;
  minP: number;
}

export interface StreamTiming {
  tokens: number;
  ms: number;
  /** From the request to the first streamed chunk. */
  firstMs: number;
}

/**
 * Reads a streamed response to its end: the tokens after the first (the last count `counter` finds) over
 * the time from the first chunk. A stream that broke off with an error counts up to its last good chunk
 * when at least `minTokens` came before it (llama-server's output parser can abort a random-weight
 * model's stream midway; the decode rate until then is a fair sample); otherwise it is null.
 */
export async function timeStream(
  res: Response,
  t0: number,
  counter: RegExp,
  minTokens = Infinity,
): Promise<StreamTiming | null> {
  if (!res.body) return null;
  let first = 0;
  let lastGood = 0;
  let good = '';
  let broken = false;
  const decoder = new TextDecoder();
  for await (const c of res.body) {
    const now = performance.now();
    if (first === 0) first = now;
    const piece = decoder.decode(c as Uint8Array, { stream: true });
    if (piece.includes('"error"')) broken = true;
    if (broken) continue;
    good += piece;
    lastGood = now;
  }
  const counts = [...good.matchAll(counter)];
  const tokens = Number(counts[counts.length - 1]?.[1] ?? 0);
  if (broken && tokens < minTokens) return null;
  return tokens > 1 ? { tokens: tokens - 1, ms: lastGood - first, firstMs: first - t0 } : null;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

/** Resident memory of a process and all its descendants, in MB (Linux /proc). */
export async function treeRssMb(pid: number): Promise<number> {
  let kb = 0;
  const visit = async (p: number): Promise<void> => {
    const status = await readFile(`/proc/${p}/status`, 'utf8').catch(() => '');
    kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    const children = await readFile(`/proc/${p}/task/${p}/children`, 'utf8').catch(() => '');
    for (const c of children.split(/\s+/).filter(Boolean)) await visit(Number(c));
  };
  await visit(pid);
  return kb / 1024;
}

export async function llamaBench(
  tools: AnchorTools,
  modelPath: string,
  threads: number,
): Promise<{ pp: number; tg: number }> {
  const { stdout } = await promisify(execFile)(
    tools.bench,
    ['-m', modelPath, '-t', String(threads), '-p', '512', '-n', '128', '-r', '3', '-o', 'json'],
    { timeout: 180_000, maxBuffer: 1 << 22 },
  );
  const rows = JSON.parse(stdout) as Array<{ n_prompt: number; n_gen: number; avg_ts: number }>;
  return {
    pp: rows.find((r) => r.n_prompt > 0)?.avg_ts ?? 0,
    tg: rows.find((r) => r.n_gen > 0)?.avg_ts ?? 0,
  };
}

export class LlamaServer {
  readonly #proc: ChildProcess;
  readonly url: string;
  readonly startedAt: number;

  private constructor(proc: ChildProcess, url: string, startedAt: number) {
    this.#proc = proc;
    this.url = url;
    this.startedAt = startedAt;
  }

  get pid(): number {
    return this.#proc.pid ?? 0;
  }

  /** Starts the server and waits (bounded) until /health answers. */
  static async start(
    tools: AnchorTools,
    o: { modelPath: string; threads: number; slots: number; contextPerSlot: number },
  ): Promise<LlamaServer> {
    const port = await freePort();
    const startedAt = performance.now();
    const proc = spawn(
      tools.server,
      [
        ...['-m', o.modelPath, '-t', String(o.threads), '-tb', String(o.threads)],
        ...['-c', String(o.contextPerSlot * o.slots), '-np', String(o.slots), '--no-warmup'],
        ...['--host', '127.0.0.1', '--port', String(port)],
      ],
      { stdio: ['ignore', 'ignore', 'ignore'] },
    );
    const server = new LlamaServer(proc, `http://127.0.0.1:${port}`, startedAt);
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && proc.exitCode === null) {
      const ok = await fetch(`${server.url}/health`)
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) return server;
      await new Promise((r) => setTimeout(r, 10));
    }
    server.stop();
    throw new Error('llama-server did not become healthy within 60 s');
  }

  /** One streamed completion; null when llama-server's output parser aborted the stream (a failure). */
  async complete(prompt: string, maxTokens: number, s: Sampling, seed: number): Promise<StreamTiming | null> {
    const t0 = performance.now();
    const res = await fetch(`${this.url}/completion`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        prompt,
        n_predict: maxTokens,
        temperature: s.temperature,
        top_k: s.topK,
        top_p: s.topP,
        min_p: s.minP,
        seed,
        ignore_eos: true,
        stream: true,
        cache_prompt: false,
      }),
      signal: AbortSignal.timeout(120_000),
    });
    return timeStream(res, t0, /"tokens_predicted":(\d+)/g, Math.min(32, maxTokens));
  }

  stop(): void {
    if (this.#proc.exitCode === null) this.#proc.kill('SIGKILL');
  }
}
