// Receipts at scale: a year of history must not make start-up slower or memory larger. A year at one
// request a second is 31.5 M receipts (~7 GB of JSON lines), too much to write on a shared 2-core test
// machine, so this writes 2 M receipts spread over the same 365 days through the real write path. That
// bounds the full year because nothing start-up reads grows with the receipt count: the checkpoint holds
// one row per day × proxy for the whole history and one per hour × proxy for the last 18 days (the same
// rows for 2 M or 31.5 M receipts in a year), the tail after it is at most one checkpoint interval of
// appends, the recent window is 1,000 receipts, and the offset index is read by position (one 8-byte
// record per page), never whole. What does grow — the log's bytes and the index — is only ever seeked.
// Start-up runs in a fresh process (the built dist/, as the daemon runs) for a small and the large
// history; the test compares the two in the same run, with generous ratios and no absolute speed bound.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { EarningsLedger } from '../../src/earnings/ledger.js';
import type { Receipt } from '../../src/earnings/receipt.js';
import { silentLogger } from '../../src/logging/logger.js';
import { repoRoot } from '../support/daemon.js';

const run = promisify(execFile);
const DAY = 86_400_000;
const LARGE = 2_000_000;
const SMALL = 1_000;
const PROXIES = ['0:' + 'a'.repeat(64), '0:' + 'b'.repeat(64), '0:' + 'c'.repeat(64)];

interface Sums {
  count: number;
  totalNano: bigint;
  tokens: number;
  ok: number;
}

/** Receipt i of a history of n ending a minute ago, evenly spread over `days`. */
function receipt(i: number, n: number, days: number, end: number): Receipt {
  const total = 20 + ((i * 7919) % 480);
  const ok = i % 37 !== 0;
  return {
    requestId: `r${i}`,
    time: Math.floor(end - days * DAY + (i * days * DAY) / n),
    proxy: PROXIES[i % PROXIES.length] ?? '',
    model: i % 2 === 0 ? 'silkworm-tiny' : 'qwen3-0.6b',
    ok,
    tokens: { prompt: 12, cached: 0, completion: total - 12, reasoning: 0, total },
    earnedNano: ok ? String(BigInt(total) * 100_000n) : '0',
    durationMs: 300 + (i % 900),
  };
}

async function history(dir: string, n: number, days: number): Promise<Sums> {
  const end = Date.now() - 60_000;
  const ledger = await EarningsLedger.open({ dir, log: silentLogger });
  const sums: Sums = { count: 0, totalNano: 0n, tokens: 0, ok: 0 };
  // slices as the group commit sees a busy worker: one write and one fsync per slice
  for (let i = 0; i < n; i += 20_000) {
    const slice = Array.from({ length: Math.min(20_000, n - i) }, (_, k) => receipt(i + k, n, days, end));
    for (const r of slice) {
      sums.count += 1;
      sums.totalNano += BigInt(r.earnedNano);
      sums.tokens += r.tokens.total;
      if (r.ok) sums.ok += 1;
    }
    await Promise.all(slice.map((r) => ledger.receipts.add(r)));
  }
  await ledger.close();
  return sums;
}

interface Probe {
  openMs: number;
  rssBytes: number;
  heapBytes: number;
  count: number;
  totalNano: string;
  tokens: number;
  ok: number;
  daysNano: string;
  pages: Record<string, string[]>;
}

/** Opens the ledger in a fresh process and reports its start-up time, memory, totals and three pages. */
async function probe(dir: string, count: number): Promise<Probe> {
  const dist = (p: string) => pathToFileURL(path.join(repoRoot, 'dist', p)).href;
  const script = `
    const { EarningsLedger } = await import(${JSON.stringify(dist('src/earnings/ledger.js'))});
    const { silentLogger } = await import(${JSON.stringify(dist('src/logging/logger.js'))});
    const t = performance.now();
    const l = await EarningsLedger.open({ dir: ${JSON.stringify(dir)}, log: silentLogger });
    const openMs = performance.now() - t;
    globalThis.gc();
    const mem = process.memoryUsage();
    const totals = l.totals();
    const now = Date.now();
    const days = l.receipts.buckets('day', now - 399 * ${DAY}, now + 1, { okOnly: false });
    const page = async (offset) => (await l.receipts.page({ offset, limit: 20, okOnly: false })).map((r) => r.requestId);
    const pages = { end: await page(0), middle: await page(${Math.floor(count / 2)}), start: await page(${count - 20}) };
    await l.close();
    process.stdout.write(JSON.stringify({ openMs, rssBytes: mem.rss, heapBytes: mem.heapUsed, count: l.receipts.count(), totalNano: totals.totalNano.toString(), tokens: totals.tokensServed, ok: totals.requestsServed, daysNano: days.reduce((s, b) => s + b.earnedNano, 0n).toString(), pages }));
  `;
  const { stdout } = await run(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], {
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout) as Probe;
}

/** Newest-first ids of the page at `offset` in a history of `count`: ordinals count-1-offset downwards. */
const expected = (count: number, offset: number) =>
  Array.from({ length: Math.min(20, count - offset) }, (_, k) => `r${count - 1 - offset - k}`);

let root: string;
let small: Sums;
let large: Sums;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'sw-receipts-scale-'));
  small = await history(path.join(root, 'small'), SMALL, 1);
  large = await history(path.join(root, 'large'), LARGE, 365);
}, 600_000);
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('a year of receipts', () => {
  it('starts as fast and as small as a day of them, with exact totals and pages anywhere in history', async () => {
    // twice each, the faster kept: a shared machine's hiccup is not a regression
    const best = async (dir: string, count: number) => {
      const a = await probe(dir, count);
      const b = await probe(dir, count);
      return a.openMs <= b.openMs
        ? { ...a, rssBytes: Math.min(a.rssBytes, b.rssBytes), heapBytes: Math.min(a.heapBytes, b.heapBytes) }
        : { ...b, rssBytes: Math.min(a.rssBytes, b.rssBytes), heapBytes: Math.min(a.heapBytes, b.heapBytes) };
    };
    const s = await best(path.join(root, 'small'), SMALL);
    const l = await best(path.join(root, 'large'), LARGE);

    // Holding every receipt (the old log) takes seconds and ~1 GB here; bounded, both stay near the small run.
    expect(l.openMs / Math.max(s.openMs, 25)).toBeLessThan(10);
    expect(l.rssBytes / s.rssBytes).toBeLessThan(1.5);
    expect(l.heapBytes - s.heapBytes).toBeLessThan(32 * 1024 * 1024);

    for (const [p, sums] of [
      [s, small],
      [l, large],
    ] as const) {
      expect({ count: p.count, totalNano: p.totalNano, tokens: p.tokens, ok: p.ok }).toEqual({
        count: sums.count,
        totalNano: sums.totalNano.toString(),
        tokens: sums.tokens,
        ok: sums.ok,
      });
      // the chart's 400 days hold the whole year: its day rollups add up to the direct sum
      expect(p.daysNano).toBe(sums.totalNano.toString());
    }
    expect(l.pages).toEqual({
      end: expected(LARGE, 0),
      middle: expected(LARGE, LARGE / 2),
      start: expected(LARGE, LARGE - 20),
    });
    expect(s.pages).toEqual({
      end: expected(SMALL, 0),
      middle: expected(SMALL, SMALL / 2),
      start: expected(SMALL, SMALL - 20),
    });
  }, 120_000);
});
