// Start-up of the receipts log without reading its history: the checkpoint's rollups plus the lines written
// after it. Only a log without a fitting checkpoint (first start after an upgrade, damage) is scanned
// whole, streamed a chunk at a time. Unreadable lines are moved to a `.damaged-<time>` file beside the log
// and the log is rewritten with every good line, so damage is reported once and appends continue cleanly.
// A torn last line (power loss mid-append) is cut off in place.
import { open, rename, rm, stat, truncate, writeFile, type FileHandle } from 'node:fs/promises';
import type { Logger } from '../logging/logger.js';
import { writeFileAtomic } from '../settings/atomic-file.js';
import { asideName, type Damage } from '../state-files/state-file.js';
import { headerOf, parseReceipt, RECEIPTS_HEADER, RECEIPTS_VERSION } from './receipt.js';
import { readCheckpoint, type Checkpoint } from './receipts-checkpoint.js';
import { entriesFor, type ReceiptsIndex } from './receipts-index.js';
import { scanLines, type Line } from './receipts-lines.js';
import { ReceiptRollups } from './receipts-rollups.js';

export interface Opened extends Checkpoint {
  damage: Damage | null;
}

interface Scan extends Checkpoint {
  header: boolean;
  bad: number;
  torn: boolean;
}

const fresh = (bytes: number): Checkpoint => ({ bytes, count: 0, rollups: new ReceiptRollups() });

async function sizeOf(file: string): Promise<number | null> {
  try {
    return (await stat(file)).size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

async function firstLine(handle: FileHandle, size: number): Promise<string> {
  const buf = Buffer.alloc(Math.min(size, 4096));
  await handle.read(buf, 0, buf.length, 0);
  return buf.toString('utf8').split('\n')[0] ?? '';
}

/** Folds every line of the log into fresh rollups and index entries. */
async function scanAll(handle: FileHandle, size: number, index: ReceiptsIndex): Promise<Scan> {
  await index.truncate(0);
  const s: Scan = { ...fresh(0), header: false, bad: 0, torn: false };
  s.bytes = await scanLines(handle, 0, size, (lines) => {
    for (const l of lines) {
      if (!l.complete) s.torn = true;
      if (l.offset === 0 && headerOf(l.text)) {
        s.header = true;
        continue;
      }
      if (l.text.trim() === '') continue;
      const r = parseReceipt(l.text);
      if (!r) {
        s.bad += 1;
        continue;
      }
      index.note(s.count, l.offset);
      s.rollups.fold(r);
      s.count += 1;
    }
    return undefined;
  });
  await index.flush();
  return s;
}

/** Writes header + good lines over the log, and the unreadable ones to a file beside it. */
async function rewrite(file: string, handle: FileHandle, size: number, bad: number): Promise<string | null> {
  const tmp = `${file}.rewrite`;
  const out = await open(tmp, 'w', 0o600);
  const movedTo = bad > 0 ? asideName(file) : null;
  const aside = movedTo ? await open(movedTo, 'w', 0o600) : null;
  try {
    await out.write(RECEIPTS_HEADER);
    await scanLines(handle, 0, size, async (lines) => {
      const good = lines.filter((l) => parseReceipt(l.text)).map((l) => l.text + '\n');
      const unreadable = lines
        .filter((l) => l.text.trim() !== '' && !(l.offset === 0 && headerOf(l.text)) && !parseReceipt(l.text))
        .map((l) => l.text + '\n');
      if (good.length > 0) await out.write(good.join(''));
      if (unreadable.length > 0) await aside?.write(unreadable.join(''));
      return undefined;
    });
    await out.sync();
  } finally {
    await out.close();
    await aside?.close();
  }
  await rename(tmp, file);
  return movedTo;
}

/** Keeps the whole file aside and starts an empty log. */
async function moveAside(
  file: string,
  index: ReceiptsIndex,
  code: 'empty' | 'newer-version',
  detail: string,
): Promise<Opened> {
  const movedTo = asideName(file);
  await rename(file, movedTo);
  await writeFileAtomic(file, RECEIPTS_HEADER);
  await index.truncate(0);
  return { ...fresh(RECEIPTS_HEADER.length), damage: { file, code, detail, movedTo } };
}

async function full(file: string, size: number, index: ReceiptsIndex, log: Logger): Promise<Opened> {
  let handle = await open(file, 'r');
  try {
    let s = await scanAll(handle, size, index);
    if (!s.header && s.bad === 0 && s.count === 0)
      return await moveAside(file, index, 'empty', 'the file is empty');
    if (s.header && s.bad === 0 && !s.torn) return { ...s, damage: null };
    const { bad, count } = s;
    const movedTo = await rewrite(file, handle, size, bad);
    await handle.close();
    handle = await open(file, 'r');
    s = await scanAll(handle, (await stat(file)).size, index);
    if (!movedTo) return { ...s, damage: null };
    log.warn(`receipts: ${bad} unreadable line(s) of ${file} moved to ${movedTo}`);
    return {
      ...s,
      damage: { file, code: 'not-json', detail: `${bad} unreadable line(s), ${count} kept`, movedTo },
    };
  } finally {
    await handle.close();
  }
}

/** Folds the lines after the checkpoint; null when one of them is damaged (then the log is scanned whole). */
async function tail(
  file: string,
  handle: FileHandle,
  size: number,
  c: Checkpoint,
  index: ReceiptsIndex,
  log: Logger,
): Promise<Opened | null> {
  const s: Checkpoint = { ...c };
  const seen: { damaged: boolean; last: Line | null; lastOk: boolean } = {
    damaged: false,
    last: null,
    lastOk: false,
  };
  const end = await scanLines(handle, c.bytes, size, (lines) => {
    for (const l of lines) {
      const r = l.text.trim() === '' ? null : parseReceipt(l.text);
      if (!l.complete) Object.assign(seen, { last: l, lastOk: r !== null });
      else if (!r && l.text.trim() !== '') seen.damaged = true;
      if (!r) continue;
      index.note(s.count, l.offset);
      s.rollups.fold(r);
      s.count += 1;
    }
    return !seen.damaged;
  });
  if (seen.damaged) return null;
  await index.flush();
  s.bytes = end;
  const last = seen.last;
  if (last && seen.lastOk) {
    // a whole receipt that lacks only its newline
    await writeFile(file, '\n', { flag: 'a' });
    return { ...s, bytes: size + 1, damage: null };
  }
  if (end === size) return { ...s, damage: null };
  await truncate(file, end);
  if (!last || last.text.trim() === '') return { ...s, damage: null };
  const movedTo = asideName(file);
  await writeFile(movedTo, last.text + '\n', { mode: 0o600 });
  log.warn(`receipts: a torn last line of ${file} moved to ${movedTo}`);
  return {
    ...s,
    damage: { file, code: 'not-json', detail: `1 unreadable line (a torn write), ${s.count} kept`, movedTo },
  };
}

/** The last index record points at a line start inside the checkpoint (a damaged index is rebuilt). */
async function indexFits(handle: FileHandle, index: ReceiptsIndex, bytes: number): Promise<boolean> {
  if (index.entries === 0) return true;
  const offset = await index.offset(index.entries - 1);
  if (offset < RECEIPTS_HEADER.length || offset >= bytes) return false;
  const before = Buffer.alloc(1);
  await handle.read(before, 0, 1, offset - 1);
  return before[0] === 0x0a;
}

export async function openReceipts(
  file: string,
  checkpointFile: string,
  index: ReceiptsIndex,
  log: Logger,
): Promise<Opened> {
  const size = await sizeOf(file);
  if (size === null) {
    await writeFileAtomic(file, RECEIPTS_HEADER);
    await index.truncate(0);
    await rm(checkpointFile, { force: true });
    return { ...fresh(RECEIPTS_HEADER.length), damage: null };
  }
  const handle = await open(file, 'r');
  let header: { version: number } | null;
  let checkpoint: Checkpoint | null = null;
  try {
    header = size === 0 ? null : headerOf(await firstLine(handle, size));
    if (header && header.version <= RECEIPTS_VERSION) {
      checkpoint = await readCheckpoint(checkpointFile, handle, size);
      if (checkpoint && index.entries >= entriesFor(checkpoint.count)) {
        await index.truncate(entriesFor(checkpoint.count));
      }
      if (
        checkpoint &&
        index.entries === entriesFor(checkpoint.count) &&
        (await indexFits(handle, index, checkpoint.bytes))
      ) {
        const opened = await tail(file, handle, size, checkpoint, index, log);
        if (opened) return opened;
      }
    }
  } finally {
    await handle.close();
  }
  if (header && header.version > RECEIPTS_VERSION)
    return moveAside(
      file,
      index,
      'newer-version',
      `version ${header.version} is newer than this app reads (${RECEIPTS_VERSION})`,
    );
  return full(file, size, index, log);
}
