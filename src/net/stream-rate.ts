// The worker's real streaming rate for the dashboard's Tokens/s: tokens generated over a short window,
// divided by the time within that window when at least one request was being served — so it shows how
// fast the worker streams (hundreds per second on a small model), not an average diluted by idle time.
// While a stream runs, each SSE `data:` line counts as one token; when the body ends, the usage the
// engine reports replaces that estimate. Nothing served within the window reads 0.
import type { InferenceBackend } from './query-runner.js';
import { TokenCounter } from './token-counter.js';

export const RATE_WINDOW_MS = 5_000;

interface Interval {
  start: number;
  end: number | null;
}

export class StreamRate {
  readonly #now: () => number;
  #events: Array<{ at: number; tokens: number }> = [];
  #intervals: Interval[] = [];

  constructor(now: () => number = () => performance.now()) {
    this.#now = now;
  }

  /** Marks a request in flight; call the returned functions as tokens arrive and when it ends. */
  begin(): { tokens(n: number): void; end(): void } {
    const interval: Interval = { start: this.#now(), end: null };
    this.#intervals.push(interval);
    return {
      tokens: (n) => {
        if (n !== 0) this.#events.push({ at: this.#now(), tokens: n });
      },
      end: () => {
        interval.end ??= this.#now();
      },
    };
  }

  /** Tokens per second while serving, over the last `windowMs`. */
  perSecond(windowMs = RATE_WINDOW_MS): number {
    const now = this.#now();
    const since = now - windowMs;
    this.#events = this.#events.filter((e) => e.at >= since);
    this.#intervals = this.#intervals.filter((i) => i.end === null || i.end >= since);
    const tokens = this.#events.reduce((s, e) => s + e.tokens, 0);
    const busy = busyMs(this.#intervals, since, now);
    return tokens > 0 && busy > 0 ? tokens / (busy / 1000) : 0;
  }

  /** The backend with every response body metered. */
  meter(backend: InferenceBackend): InferenceBackend {
    return {
      request: async (req, opts) => {
        const span = this.begin();
        let res;
        try {
          res = await backend.request(req, opts);
        } catch (err) {
          span.end();
          throw err;
        }
        return { ...res, body: metered(res.body, span) };
      },
    };
  }
}

async function* metered(
  body: AsyncIterable<Buffer>,
  span: { tokens(n: number): void; end(): void },
): AsyncIterable<Buffer> {
  const counter = new TokenCounter();
  let estimated = 0;
  try {
    for await (const chunk of body) {
      counter.push(chunk);
      const lines = countDataLines(chunk);
      estimated += lines;
      span.tokens(lines);
      yield chunk;
    }
    const completion = counter.finish().completion;
    if (completion > 0) span.tokens(completion - estimated);
  } finally {
    span.end();
  }
}

function countDataLines(chunk: Buffer): number {
  let n = 0;
  for (let at = chunk.indexOf('data: {'); at !== -1; at = chunk.indexOf('data: {', at + 7)) n++;
  return n;
}

/** Length of the union of the intervals clipped to [since, now]. */
function busyMs(intervals: readonly Interval[], since: number, now: number): number {
  const spans = intervals
    .map((i) => [Math.max(i.start, since), Math.min(i.end ?? now, now)] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let cursor = since;
  for (const [a, b] of spans) {
    if (b <= cursor) continue;
    total += b - Math.max(a, cursor);
    cursor = b;
  }
  return total;
}
