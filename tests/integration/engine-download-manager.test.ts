// The download manager's lifecycle as the owner drives it: progress with speed and ETA, pause → resume →
// verified file, cancel deletes, a restart (a new manager on the same folder) resumes the partial file,
// the free-disk check before start and a real ENOSPC while writing (a `.part` that is /dev/full).
import { existsSync } from 'node:fs';
import { readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DownloadManager } from '../../src/engine/models/download-manager.js';
import { HfServer, seededBytes } from '../support/hf-server.js';
import { manager, MiB, tempDir, waitUntil } from './engine-download-helpers.js';

describe('download manager', () => {
  let hf: HfServer;
  let dir: string;
  const data = seededBytes(4 * MiB, 7);
  let file: { url: string; sha256: string; etag: string };
  const slow = { chunkBytes: 64 * 1024, chunkDelayMs: 10 };

  beforeAll(async () => {
    hf = await HfServer.start();
    dir = await tempDir();
    file = hf.put('Qwen/Qwen3-8B-GGUF', 'Qwen3-8B-Q4_K_M.gguf', data);
  });
  afterAll(async () => {
    await hf.close();
    await rm(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    hf.behaviour = {};
    hf.requests.length = 0;
  });

  const job = (id: string, dest: string) => ({
    id,
    url: file.url,
    dest,
    sha256: file.sha256,
    allowUnverified: false,
    expectedBytes: data.length,
    title: 'Qwen3 8B',
  });
  const size = (p: string): Promise<number> => stat(p).then((s) => s.size);

  it('pauses with the partial file kept, resumes from it and ends with a verified file', async () => {
    const dest = join(dir, 'pause.gguf');
    const { dm, changes } = manager();
    hf.behaviour = slow;
    await dm.start(job('p', dest));
    await waitUntil(
      'a measured speed',
      () => (dm.progress('p')?.bytesPerSecond ?? 0) > 0 && dm.progress('p')!.receivedBytes > MiB,
    );
    const running = dm.progress('p')!;
    expect(running).toMatchObject({ totalBytes: data.length, paused: false, error: null });
    expect(running.etaSeconds).toBeGreaterThan(0);
    await expect(dm.start(job('p', dest))).rejects.toMatchObject({ code: 'busy' });

    dm.pause('p');
    expect(dm.progress('p')).toMatchObject({ paused: true, bytesPerSecond: 0, etaSeconds: null });
    await expect(dm.whenDone('p')).rejects.toMatchObject({ code: 'paused' });
    const kept = await size(`${dest}.part`);
    expect(kept).toBeGreaterThan(MiB);
    expect(kept).toBeLessThan(data.length);
    expect(await DownloadManager.partial(dest)).toEqual({ receivedBytes: kept, totalBytes: data.length });
    expect(dm.all()).toEqual([expect.objectContaining({ id: 'p', paused: true })]);

    hf.behaviour = {};
    await dm.start(job('p', dest));
    const result = await dm.whenDone('p');
    expect(result).toMatchObject({ sha256: file.sha256, bytes: data.length, verified: true });
    expect((await readFile(dest)).equals(data)).toBe(true);
    expect(hf.cdnRequests('Qwen3-8B-Q4_K_M.gguf').at(-1)).toMatchObject({
      range: `bytes=${kept}-`,
      status: 206,
    });
    expect(dm.all()).toEqual([]);
    // Progress notifications are throttled (~250 ms) but every state change is reported.
    const gaps = changes.slice(1).map((t, i) => t - changes[i]!);
    expect(changes.length).toBeGreaterThanOrEqual(4);
    expect(gaps.filter((g) => g < 200).length).toBeLessThanOrEqual(4);
  });

  it('cancel stops the transfer and deletes the partial file and its sidecar', async () => {
    const dest = join(dir, 'cancel.gguf');
    const { dm } = manager();
    hf.behaviour = slow;
    await dm.start(job('c', dest));
    await waitUntil(
      'some bytes',
      () => existsSync(`${dest}.part`) && (dm.progress('c')?.receivedBytes ?? 0) > 0,
    );
    const done = dm.whenDone('c');
    await dm.cancel('c');
    await expect(done).rejects.toMatchObject({ code: 'cancelled' });
    expect(existsSync(`${dest}.part`)).toBe(false);
    expect(existsSync(`${dest}.part.json`)).toBe(false);
    expect(existsSync(dest)).toBe(false);
    expect(dm.progress('c')).toBeNull();
    expect(await DownloadManager.partial(dest)).toBeNull();
  });

  it('a new manager (an app restart) resumes the partial file with Range + If-Range', async () => {
    const dest = join(dir, 'restart.gguf');
    const first = manager().dm;
    hf.behaviour = slow;
    await first.start(job('r', dest));
    await waitUntil('a MiB on disk', () => (first.progress('r')?.receivedBytes ?? 0) > MiB);
    first.pause('r');
    await first.whenDone('r').catch(() => undefined);

    const second = manager().dm;
    const partial = await DownloadManager.partial(dest);
    expect(partial?.totalBytes).toBe(data.length);
    expect(second.progress('r')).toBeNull();
    hf.behaviour = {};
    await second.start(job('r', dest));
    expect(second.progress('r')?.receivedBytes).toBe(partial?.receivedBytes);
    await second.whenDone('r');
    expect((await readFile(dest)).equals(data)).toBe(true);
    expect(hf.cdnRequests('Qwen3-8B-Q4_K_M.gguf').at(-1)).toMatchObject({
      range: `bytes=${partial?.receivedBytes}-`,
      ifRange: file.etag,
      status: 206,
    });
  });

  it('refuses to start without enough free disk for the rest of the file, with a clear message', async () => {
    const dest = join(dir, 'full.gguf');
    const seen: string[] = [];
    const { dm } = manager({
      freeDiskBytes: (d) => {
        seen.push(d);
        return Promise.resolve(1.2 * 2 ** 30);
      },
    });
    const big = { ...job('f', dest), expectedBytes: Math.round(4.6 * 2 ** 30) };
    const err = await dm.start(big).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'no-space' });
    expect((err as Error).message).toBe(
      `not enough free disk for Qwen3 8B: needs 4.7 GiB, 1.2 GiB free in ${dir}`,
    );
    expect(seen).toEqual([dir]);
    expect(existsSync(`${dest}.part`)).toBe(false);
    expect(hf.requests).toEqual([]);
  });

  it('counts what is already on disk: the rest of the file plus a margin must fit', async () => {
    const dest = join(dir, 'rest.gguf');
    await writeFile(`${dest}.part`, data.subarray(0, 3 * MiB));
    // 1 MiB left + the 64 MiB minimum margin fits in 66 MiB; the whole 4 MiB file + margin would not.
    const { dm } = manager({ freeDiskBytes: () => Promise.resolve(66 * MiB) });
    expect(await DownloadManager.partial(dest)).toEqual({ receivedBytes: 3 * MiB, totalBytes: null });
    await dm.start(job('rest', dest));
    await dm.whenDone('rest');
    expect((await readFile(dest)).equals(data)).toBe(true);
    expect(hf.cdnRequests('Qwen3-8B-Q4_K_M.gguf')).toMatchObject([
      { range: `bytes=${3 * MiB}-`, status: 206 },
    ]);
    const { dm: tight } = manager({ freeDiskBytes: () => Promise.resolve(66 * MiB) });
    await expect(tight.start(job('rest2', join(dir, 'rest2.gguf')))).rejects.toMatchObject({
      code: 'no-space',
    });
  });

  it('checks the disk once the server tells the size, when the job did not know it, before any byte', async () => {
    const dest = join(dir, 'unsized.gguf');
    const { dm } = manager({ freeDiskBytes: () => Promise.resolve(10 * MiB) });
    await dm.start({ ...job('u', dest), expectedBytes: undefined });
    await expect(dm.whenDone('u')).rejects.toMatchObject({ code: 'no-space' });
    expect(dm.progress('u')?.error).toMatch(
      /^not enough free disk for Qwen3 8B: needs 68\.\d MiB, 10\.0 MiB free in /,
    );
    expect(existsSync(`${dest}.part`)).toBe(false);
  });

  it('a cancel while the disk is still being checked keeps the download from starting', async () => {
    const dest = join(dir, 'early.gguf');
    let answer: ((n: number) => void) | null = null;
    const { dm } = manager({ freeDiskBytes: () => new Promise<number>((r) => (answer = r)) });
    const started = dm.start(job('early', dest));
    await waitUntil('the disk check', () => answer !== null);
    const cancelled = dm.cancel('early');
    answer!(100 * 2 ** 30);
    await started;
    await cancelled;
    expect(dm.progress('early')).toBeNull();
    await expect(dm.whenDone('early')).rejects.toMatchObject({ code: 'unknown-download' });
    expect(hf.requests).toEqual([]);
  });

  it('a partial download can be discarded without a manager run (left by an earlier run)', async () => {
    const dest = join(dir, 'left.gguf');
    await writeFile(`${dest}.part`, data.subarray(0, 1000));
    expect(await DownloadManager.partial(dest)).toEqual({ receivedBytes: 1000, totalBytes: null });
    await DownloadManager.discardPartial(dest);
    expect(await DownloadManager.partial(dest)).toBeNull();
  });

  it('a disk that fills up while writing stops with no-space and the download resumes once space is back', async () => {
    const dest = join(dir, 'enospc.gguf');
    const { dm } = manager();
    await symlink('/dev/full', `${dest}.part`); // every write to it fails with a real ENOSPC
    await dm.start(job('s', dest));
    await expect(dm.whenDone('s')).rejects.toMatchObject({ code: 'no-space' });
    const failed = dm.progress('s');
    expect(failed).toMatchObject({ errorCode: 'no-space', paused: false });
    expect(failed?.error).toMatch(/disk is full/);
    expect(existsSync(`${dest}.part.json`)).toBe(true); // still resumable

    // Space is back; the first MiB had reached the disk before it filled up.
    await rm(`${dest}.part`);
    await writeFile(`${dest}.part`, data.subarray(0, MiB));
    await dm.start(job('s', dest));
    await dm.whenDone('s');
    expect((await readFile(dest)).equals(data)).toBe(true);
    expect(hf.cdnRequests('Qwen3-8B-Q4_K_M.gguf').at(-1)).toMatchObject({
      range: `bytes=${MiB}-`,
      status: 206,
    });
  });
});
