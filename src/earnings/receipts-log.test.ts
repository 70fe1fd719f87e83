import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { silentLogger } from '../logging/logger.js';
import type { Receipt } from './receipt.js';
import { STRIDE } from './receipts-index.js';
import { ReceiptsLog } from './receipts-log.js';

// recent enough that the hourly rollups keep every receipt (older hours live on in their days only)
const T0 = Date.now() - 2100 * 60_000;
const HOUR = 3_600_000;

function receipt(i: number, time = T0 + i * 60_000): Receipt {
  const total = 10 + (i % 7);
  return {
    requestId: `r${i}`,
    time,
    proxy: i % 3 === 0 ? 'proxy-b' : 'proxy-a',
    model: 'tiny',
    ok: i % 5 !== 0,
    tokens: { prompt: 1, cached: 0, completion: total - 1, reasoning: 0, total },
    earnedNano: String(BigInt(total) * 123_456_789_012n),
    durationMs: 5,
  };
}

const ids = (rs: readonly Receipt[]) => rs.map((r) => r.requestId);

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'sw-receipts-'));
  file = path.join(dir, 'receipts.jsonl');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function written(n: number): Promise<Receipt[]> {
  const all = Array.from({ length: n }, (_, i) => receipt(i));
  const l = await ReceiptsLog.open(file, silentLogger);
  // in slices, as requests finish: each slice shares one group commit
  for (let i = 0; i < n; i += 300) await Promise.all(all.slice(i, i + 300).map((r) => l.add(r)));
  await l.close();
  return all;
}

describe('ReceiptsLog', () => {
  it('pages any stretch of history newest first, across index strides and the recent window', async () => {
    const all = await written(STRIDE * 5 + 17);
    const l = await ReceiptsLog.open(file, silentLogger);
    const newestFirst = [...all].reverse();
    for (const offset of [0, 999, 1000, STRIDE * 2 - 3, all.length - 10, all.length]) {
      expect(ids(await l.page({ offset, limit: 25, okOnly: false }))).toEqual(
        ids(newestFirst.slice(offset, offset + 25)),
      );
    }
    const okB = newestFirst.filter((r) => r.ok && r.proxy === 'proxy-b');
    expect(ids(await l.page({ offset: 300, limit: 40, okOnly: true, proxy: 'proxy-b' }))).toEqual(
      ids(okB.slice(300, 340)),
    );
    expect(l.matching({ okOnly: true, proxy: 'proxy-b' })).toBe(okB.length);
    expect(l.matching({ okOnly: false })).toBe(all.length);
    expect(l.proxies().sort()).toEqual(['proxy-a', 'proxy-b']);
    await l.close();
  });

  it('keeps totals and buckets exact, and reads only the checkpoint and the tail at start', async () => {
    const all = await written(2000);
    const l = await ReceiptsLog.open(file, silentLogger);
    const total = all.reduce((s, r) => s + BigInt(r.earnedNano), 0n);
    const now = all.at(-1)?.time ?? T0;
    expect(l.totals(now)).toMatchObject({
      totalNano: total,
      requestsServed: all.filter((r) => r.ok).length,
      tokensServed: all.reduce((s, r) => s + r.tokens.total, 0),
    });
    const hours = l.buckets('hour', now - 23 * HOUR, now + 1, { okOnly: false });
    expect(hours.reduce((s, b) => s + b.requests, 0)).toBe(
      all.filter((r) => r.time >= (hours[0]?.start ?? 0)).length,
    );
    const days = l.buckets('day', T0, now + 1, { okOnly: true, proxy: 'proxy-a' });
    expect(days.reduce((s, b) => s + b.earnedNano, 0n)).toBe(
      all.filter((r) => r.ok && r.proxy === 'proxy-a').reduce((s, r) => s + BigInt(r.earnedNano), 0n),
    );
    await l.add(receipt(2000));
    await l.close();
    // lines written after the checkpoint (a crash before close) are folded from the tail
    await appendFile(file, JSON.stringify(receipt(2001)) + '\n');
    const m = await ReceiptsLog.open(file, silentLogger);
    expect(m.count()).toBe(2002);
    expect(m.damage).toBeNull();
    expect(ids(await m.page({ offset: 0, limit: 2, okOnly: false }))).toEqual(['r2001', 'r2000']);
    await m.close();
  });

  it('cuts a torn last line off in place and moves it aside', async () => {
    await written(10);
    await appendFile(file, '{"requestId":"r10","ti');
    const l = await ReceiptsLog.open(file, silentLogger);
    expect(l.damage).toMatchObject({ code: 'not-json' });
    expect(await readFile(l.damage?.movedTo ?? '', 'utf8')).toBe('{"requestId":"r10","ti\n');
    await l.add(receipt(11));
    await l.close();
    const m = await ReceiptsLog.open(file, silentLogger);
    expect(m.damage).toBeNull();
    expect(ids(await m.page({ offset: 0, limit: 2, okOnly: false }))).toEqual(['r11', 'r9']);
    await m.close();
  });

  it('rebuilds from the log when the checkpoint does not fit it (replaced, damaged, or missing)', async () => {
    const all = await written(700);
    await writeFile(`${file}.rollups.json`, '{"version":1');
    const l = await ReceiptsLog.open(file, silentLogger);
    expect(l.count()).toBe(700);
    await l.close();
    // a damaged index (its records point mid-line) is rebuilt, so pages stay right
    await writeFile(`${file}.idx`, Buffer.alloc(16, 0x33));
    const k = await ReceiptsLog.open(file, silentLogger);
    expect(ids(await k.page({ offset: 690, limit: 5, okOnly: false }))).toEqual([
      'r9',
      'r8',
      'r7',
      'r6',
      'r5',
    ]);
    await k.close();
    // the log replaced by a shorter one: the checkpoint vouches for bytes it no longer has
    await writeFile(
      file,
      '{"version":1}\n' +
        all
          .slice(0, 3)
          .map((r) => JSON.stringify(r) + '\n')
          .join(''),
    );
    const m = await ReceiptsLog.open(file, silentLogger);
    expect(m.count()).toBe(3);
    expect(m.totals(T0).totalNano).toBe(all.slice(0, 3).reduce((s, r) => s + BigInt(r.earnedNano), 0n));
    await m.close();
  });

  it('reads a log from before the header and the checkpoint, and rewrites it once', async () => {
    const all = Array.from({ length: 5 }, (_, i) => receipt(i));
    await writeFile(file, all.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const l = await ReceiptsLog.open(file, silentLogger);
    expect(l.damage).toBeNull();
    expect(l.count()).toBe(5);
    await l.close();
    expect((await readFile(file, 'utf8')).startsWith('{"version":1}\n')).toBe(true);
  });

  it('keeps a log of a newer version aside whole, and an empty one', async () => {
    await writeFile(file, '{"version":9}\n{"x":1}\n');
    const l = await ReceiptsLog.open(file, silentLogger);
    expect(l.damage).toMatchObject({ code: 'newer-version' });
    expect(await readFile(l.damage?.movedTo ?? '', 'utf8')).toBe('{"version":9}\n{"x":1}\n');
    await l.close();
    await writeFile(file, '');
    const m = await ReceiptsLog.open(file, silentLogger);
    expect(m.damage).toMatchObject({ code: 'empty' });
    expect(m.count()).toBe(0);
    await m.close();
  });
});
