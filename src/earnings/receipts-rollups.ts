// Per-hour and per-day sums of the receipts, per proxy, split by outcome: what the Earnings chart, the
// totals and the table's counts need without reading the receipts themselves. Days are kept for the whole
// history (a few hundred small cells a year); hours only for the chart's longest hourly span, older hours
// live on in their days. Amounts are bigint nanotons, so the sums are exact.
import { z } from 'zod';
import type { Receipt } from './receipt.js';
import { startOfLocalDay, type EarningsBucket, type EarningsTotals } from './summary.js';

const HOUR = 3_600_000;
const DAY = 86_400_000;
/** The chart asks for at most 400 hourly buckets; keep a little more so a span never reads a pruned hour. */
const HOURS_KEPT = 24 * 18;

interface Cell {
  ok: number;
  failed: number;
  okTokens: number;
  failedTokens: number;
  okNano: bigint;
  failedNano: bigint;
}

const emptyCell = (): Cell => ({
  ok: 0,
  failed: 0,
  okTokens: 0,
  failedTokens: 0,
  okNano: 0n,
  failedNano: 0n,
});

export const rollupRowSchema = z.tuple([
  z.number(), // bucket start
  z.string(), // proxy
  z.number().int().nonnegative(),
  z.number().int().nonnegative(),
  z.number().int().nonnegative(),
  z.number().int().nonnegative(),
  z.string().regex(/^\d+$/),
  z.string().regex(/^\d+$/),
]);
type RollupRow = z.infer<typeof rollupRowSchema>;

export interface ReceiptFilter {
  okOnly: boolean;
  proxy?: string | undefined;
}

export const matches = (r: Receipt, f: ReceiptFilter): boolean =>
  (!f.okOnly || r.ok) && (f.proxy === undefined || r.proxy === f.proxy);

type Buckets = Map<number, Map<string, Cell>>;

function add(buckets: Buckets, start: number, r: Receipt): void {
  let byProxy = buckets.get(start);
  if (!byProxy) buckets.set(start, (byProxy = new Map<string, Cell>()));
  let cell = byProxy.get(r.proxy);
  if (!cell) byProxy.set(r.proxy, (cell = emptyCell()));
  const nano = BigInt(r.earnedNano);
  if (r.ok) {
    cell.ok += 1;
    cell.okTokens += r.tokens.total;
    cell.okNano += nano;
  } else {
    cell.failed += 1;
    cell.failedTokens += r.tokens.total;
    cell.failedNano += nano;
  }
}

function rows(buckets: Buckets): RollupRow[] {
  const out: RollupRow[] = [];
  for (const [start, byProxy] of buckets) {
    for (const [proxy, c] of byProxy)
      out.push([
        start,
        proxy,
        c.ok,
        c.failed,
        c.okTokens,
        c.failedTokens,
        c.okNano.toString(),
        c.failedNano.toString(),
      ]);
  }
  return out;
}

function fromRows(list: readonly RollupRow[]): Buckets {
  const buckets: Buckets = new Map();
  for (const [start, proxy, ok, failed, okTokens, failedTokens, okNano, failedNano] of list) {
    let byProxy = buckets.get(start);
    if (!byProxy) buckets.set(start, (byProxy = new Map<string, Cell>()));
    byProxy.set(proxy, {
      ok,
      failed,
      okTokens,
      failedTokens,
      okNano: BigInt(okNano),
      failedNano: BigInt(failedNano),
    });
  }
  return buckets;
}

/** What a cell holds for a filter: failed requests count unless "successful only". */
function pick(c: Cell, okOnly: boolean): { requests: number; tokens: number; nano: bigint } {
  return okOnly
    ? { requests: c.ok, tokens: c.okTokens, nano: c.okNano }
    : { requests: c.ok + c.failed, tokens: c.okTokens + c.failedTokens, nano: c.okNano + c.failedNano };
}

export class ReceiptRollups {
  readonly #hours: Buckets;
  readonly #days: Buckets;

  constructor(hours: readonly RollupRow[] = [], days: readonly RollupRow[] = []) {
    this.#hours = fromRows(hours);
    this.#days = fromRows(days);
  }

  fold(r: Receipt): void {
    add(this.#hours, Math.floor(r.time / HOUR) * HOUR, r);
    add(this.#days, startOfLocalDay(r.time), r);
  }

  /** Drops hours older than the longest hourly span (their days keep them). */
  prune(now: number): void {
    const oldest = Math.floor(now / HOUR) * HOUR - HOURS_KEPT * HOUR;
    for (const start of this.#hours.keys()) if (start < oldest) this.#hours.delete(start);
  }

  toJSON(): { hours: RollupRow[]; days: RollupRow[] } {
    return { hours: rows(this.#hours), days: rows(this.#days) };
  }

  totals(now: number): EarningsTotals {
    const today = startOfLocalDay(now);
    const t: EarningsTotals = { todayNano: 0n, totalNano: 0n, requestsServed: 0, tokensServed: 0 };
    for (const [start, byProxy] of this.#days) {
      for (const c of byProxy.values()) {
        const nano = c.okNano + c.failedNano;
        t.totalNano += nano;
        if (start >= today) t.todayNano += nano;
        t.tokensServed += c.okTokens + c.failedTokens;
        t.requestsServed += c.ok;
      }
    }
    return t;
  }

  /** How many receipts match the filter over the whole history. */
  count(f: ReceiptFilter): number {
    let n = 0;
    for (const byProxy of this.#days.values()) {
      for (const [proxy, c] of byProxy)
        if (f.proxy === undefined || proxy === f.proxy) n += pick(c, f.okOnly).requests;
    }
    return n;
  }

  proxies(): string[] {
    const seen = new Set<string>();
    for (const byProxy of this.#days.values()) for (const p of byProxy.keys()) seen.add(p);
    return [...seen];
  }

  /** Fixed buckets from `from` to `to` for the chart: UTC hours, or local days. */
  buckets(size: 'hour' | 'day', from: number, to: number, f: ReceiptFilter): EarningsBucket[] {
    const step = size === 'hour' ? HOUR : DAY;
    const first = size === 'hour' ? Math.floor(from / step) * step : startOfLocalDay(from);
    const out: EarningsBucket[] = [];
    for (let t = first; t < to; t += step) out.push({ start: t, earnedNano: 0n, requests: 0, tokens: 0 });
    for (const [start, byProxy] of size === 'hour' ? this.#hours : this.#days) {
      if (start < first || start >= to) continue;
      const b = out[Math.floor((start - first) / step)];
      if (!b) continue;
      for (const [proxy, c] of byProxy) {
        if (f.proxy !== undefined && proxy !== f.proxy) continue;
        const v = pick(c, f.okOnly);
        b.requests += v.requests;
        b.tokens += v.tokens;
        b.earnedNano += v.nano;
      }
    }
    return out;
  }
}
