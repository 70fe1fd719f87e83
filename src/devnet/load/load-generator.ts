// Client load for the devnet: a bounded stream of short requests (chat and completions, streamed and
// whole) at a configured rate against the OpenAI-compatible endpoint. Bounded in count and in time;
// it never logs prompts or completions, only counts. Used as the default run's trickle and by `silkworm devnet`.
import { errorMessage, type Logger } from '../../logging/logger.js';
import { tokensOf } from './usage.js';

export interface LoadOptions {
  /** Base URL of the client endpoint, e.g. http://127.0.0.1:8123 */
  url: string;
  model: string;
  /** Requests started per second. */
  ratePerSecond: number;
  /** Stop after this many requests … */
  maxRequests: number;
  /** … or after this long, whichever comes first (requests in flight are awaited, each with requestTimeoutMs). */
  durationMs: number;
  requestTimeoutMs?: number;
  /** Share of streamed requests and of chat requests, 0..1 (default 0.5 each). */
  streamShare?: number;
  chatShare?: number;
  maxTokens?: number;
  log: Logger;
  signal?: AbortSignal;
}

export interface LoadReport {
  requests_ok: number;
  requests_failed: number;
  tokens_total: number;
  duration_ms: number;
  latency_ms_avg: number | null;
  /** Failures by HTTP status or "network". */
  failures: Record<string, number>;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

const PROMPTS = ['the cat', 'tell me about the sea', 'count to three', 'a short poem', 'hello there'];

/** The i-th request of the mix: deterministic, so a run is reproducible. */
export function requestFor(
  i: number,
  o: Pick<LoadOptions, 'model' | 'streamShare' | 'chatShare' | 'maxTokens'>,
): { path: string; body: Record<string, unknown> } {
  const frac = (share: number, salt: number): boolean => (i * 0.6180339887 + salt) % 1 < share;
  const stream = frac(o.streamShare ?? 0.5, 0.1);
  const chat = frac(o.chatShare ?? 0.5, 0.37);
  const prompt = PROMPTS[i % PROMPTS.length] ?? 'hello';
  const common = { model: o.model, max_tokens: o.maxTokens ?? 8, temperature: 0.7, stream };
  return chat
    ? { path: '/v1/chat/completions', body: { ...common, messages: [{ role: 'user', content: prompt }] } }
    : { path: '/v1/completions', body: { ...common, prompt } };
}

async function one(
  o: LoadOptions,
  i: number,
): Promise<{ ok: boolean; tokens: number; failure: string | null; ms: number }> {
  const started = performance.now();
  const { path, body } = requestFor(i, o);
  try {
    const res = await fetch(o.url + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(o.requestTimeoutMs ?? 60_000),
    });
    const text = await res.text();
    const ms = performance.now() - started;
    if (res.status !== 200) return { ok: false, tokens: 0, failure: String(res.status), ms };
    const usage = tokensOf(text);
    if (usage === null) return { ok: false, tokens: 0, failure: 'no-usage', ms };
    return { ok: true, tokens: usage, failure: null, ms };
  } catch (err) {
    o.log.debug(`load request ${i} failed: ${errorMessage(err)}`);
    return { ok: false, tokens: 0, failure: 'network', ms: performance.now() - started };
  }
}

export async function runLoad(o: LoadOptions): Promise<LoadReport> {
  const started = performance.now();
  const deadline = started + o.durationMs;
  const gapMs = 1000 / Math.max(o.ratePerSecond, 0.001);
  const inflight: Array<Promise<void>> = [];
  const report: LoadReport = {
    requests_ok: 0,
    requests_failed: 0,
    tokens_total: 0,
    duration_ms: 0,
    latency_ms_avg: null,
    failures: {},
  };
  let latencySum = 0;
  for (let i = 0; i < o.maxRequests; i++) {
    const due = started + i * gapMs;
    if (due >= deadline || o.signal?.aborted) break;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait, o.signal);
    if (o.signal?.aborted) break;
    inflight.push(
      one(o, i).then((r) => {
        if (r.ok) {
          report.requests_ok += 1;
          report.tokens_total += r.tokens;
          latencySum += r.ms;
        } else {
          report.requests_failed += 1;
          const key = r.failure ?? 'unknown';
          report.failures[key] = (report.failures[key] ?? 0) + 1;
        }
      }),
    );
  }
  await Promise.all(inflight);
  report.duration_ms = Math.round(performance.now() - started);
  report.latency_ms_avg = report.requests_ok > 0 ? Math.round(latencySum / report.requests_ok) : null;
  return report;
}

export interface Trickle {
  /** Stops starting requests, waits for those in flight, and returns the totals so far. */
  stop(): Promise<LoadReport>;
}

/**
 * A continuous low rate of requests (the embedded default's client traffic): bounded rounds of runLoad,
 * one after another, until stopped.
 */
export function startTrickle(
  o: Omit<LoadOptions, 'maxRequests' | 'durationMs' | 'signal'> & { roundMs?: number },
): Trickle {
  const abort = new AbortController();
  const total: LoadReport = {
    requests_ok: 0,
    requests_failed: 0,
    tokens_total: 0,
    duration_ms: 0,
    latency_ms_avg: null,
    failures: {},
  };
  const roundMs = o.roundMs ?? 60_000;
  const loop = (async () => {
    while (!abort.signal.aborted) {
      const r = await runLoad({
        ...o,
        durationMs: roundMs,
        maxRequests: Math.ceil((roundMs / 1000) * o.ratePerSecond) + 1,
        signal: abort.signal,
      });
      total.requests_ok += r.requests_ok;
      total.requests_failed += r.requests_failed;
      total.tokens_total += r.tokens_total;
      total.duration_ms += r.duration_ms;
      for (const [k, v] of Object.entries(r.failures)) total.failures[k] = (total.failures[k] ?? 0) + v;
      if (r.requests_ok + r.requests_failed === 0) await sleep(1000, abort.signal); // never spin
    }
  })();
  return {
    stop: async () => {
      abort.abort();
      await loop;
      return total;
    },
  };
}
