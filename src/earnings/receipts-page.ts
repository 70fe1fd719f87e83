// Pages of receipts, newest first, read from the log through the offset index: the recent window answers
// the first page from memory, older pages cost one index read and at most STRIDE + limit lines, a filtered
// page walks back a block of STRIDE receipts at a time until it has its rows.
import type { FileHandle } from 'node:fs/promises';
import { parseReceipt, type Receipt } from './receipt.js';
import { STRIDE, type ReceiptsIndex } from './receipts-index.js';
import { scanLines } from './receipts-lines.js';
import { matches, type ReceiptFilter } from './receipts-rollups.js';

export interface PageQuery extends ReceiptFilter {
  /** Matching receipts to skip, counted from the newest. */
  offset: number;
  limit: number;
}

export interface PageSource {
  reader: FileHandle;
  index: ReceiptsIndex;
  /** Receipts written (the log's length in receipts) and the bytes they take. */
  count: number;
  bytes: number;
  /** The newest receipts, oldest first: ordinals count - recent.length … count - 1. */
  recent: readonly Receipt[];
}

/** Receipts with ordinals from … to - 1, oldest first. */
export async function readRange(src: PageSource, from: number, to: number): Promise<Receipt[]> {
  const out: Receipt[] = [];
  if (from >= to) return out;
  const entry = Math.floor(from / STRIDE);
  let skip = from - entry * STRIDE;
  await scanLines(src.reader, await src.index.offset(entry), src.bytes, (lines) => {
    for (const l of lines) {
      if (!l.complete || l.text.trim() === '') continue;
      if (skip > 0) {
        skip -= 1;
        continue;
      }
      // a line damaged since it was indexed is left out rather than failing the page
      const r = parseReceipt(l.text);
      if (r) out.push(r);
      if (out.length >= to - from) return false;
    }
    return undefined;
  });
  return out;
}

const unfiltered = (q: ReceiptFilter): boolean => !q.okOnly && q.proxy === undefined;

export async function readPage(src: PageSource, q: PageQuery): Promise<Receipt[]> {
  const firstRecent = src.count - src.recent.length;
  if (unfiltered(q)) {
    const hi = src.count - q.offset;
    const lo = Math.max(0, hi - q.limit);
    if (hi <= 0) return [];
    const rows =
      lo >= firstRecent ? src.recent.slice(lo - firstRecent, hi - firstRecent) : await readRange(src, lo, hi);
    return rows.reverse();
  }
  const out: Receipt[] = [];
  let skip = q.offset;
  const take = (newestFirst: readonly Receipt[]): boolean => {
    for (const r of newestFirst) {
      if (!matches(r, q)) continue;
      if (skip > 0) skip -= 1;
      else out.push(r);
      if (out.length >= q.limit) return true;
    }
    return false;
  };
  if (take([...src.recent].reverse())) return out;
  // walk back block by block, aligned to the index so each block is one index read
  for (let hi = firstRecent; hi > 0;) {
    const lo = Math.max(0, (Math.ceil(hi / STRIDE) - 1) * STRIDE);
    if (take((await readRange(src, lo, hi)).reverse())) return out;
    hi = lo;
  }
  return out;
}
