// The download against a Hugging-Face-like server on 127.0.0.1: the hub's 302 to its CDN, Range and
// If-Range kept across the hop, a cut connection, a changed file (ETag) between attempts, a server that
// ignores Range, a wrong hash, an unverified download and a missing file.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DownloadManager } from '../../src/engine/models/download-manager.js';
import { HfServer, seededBytes, sha256Of } from '../support/hf-server.js';
import { manager, MiB, tempDir, waitUntil } from './engine-download-helpers.js';

describe('model download from a Hugging-Face-like server', () => {
  let hf: HfServer;
  let dir: string;
  const data = seededBytes(3 * MiB + 12345, 1);

  beforeAll(async () => {
    hf = await HfServer.start();
    dir = await tempDir();
  });
  afterAll(async () => {
    await hf.close();
  });
  beforeEach(() => {
    hf.behaviour = {};
    hf.requests.length = 0;
  });

  const exists = (p: string): Promise<boolean> =>
    stat(p).then(
      () => true,
      () => false,
    );

  it('follows the 302 to the CDN and resumes a cut connection with Range + If-Range on both hops', async () => {
    const { url, sha256, etag } = hf.put('Qwen/Qwen3-8B-GGUF', 'cut.gguf', data);
    hf.behaviour = { cutAfterBytes: MiB, cuts: 2 };
    const { dm } = manager();
    const dest = join(dir, 'cut.gguf');
    await dm.start({ id: 'cut', url, dest, sha256, allowUnverified: false, expectedBytes: data.length });
    const result = await dm.whenDone('cut');
    expect(result).toMatchObject({ sha256, bytes: data.length, resumes: 2, verified: true });
    expect((await readFile(dest)).equals(data)).toBe(true);
    expect(await exists(`${dest}.part`)).toBe(false);
    expect(await exists(`${dest}.part.json`)).toBe(false);
    const hub = hf.requests.filter((r) => r.host === 'hub' && r.path.endsWith('/cut.gguf'));
    const cdn = hf.cdnRequests('cut.gguf');
    expect(hub.map((r) => r.status)).toEqual([302, 302, 302]);
    // Each resume asks for the rest from what reached the disk (a cut may lose bytes still in flight).
    const starts = cdn.slice(1).map((r) => Number(/^bytes=(\d+)-$/.exec(r.range ?? '')?.[1]));
    expect(hub.slice(1).map((r) => r.range)).toEqual(cdn.slice(1).map((r) => r.range));
    expect(starts[0]).toBeGreaterThan(0);
    expect(starts[0]).toBeLessThanOrEqual(MiB);
    expect(starts[1]).toBeGreaterThan(starts[0]!);
    expect(starts[1]).toBeLessThanOrEqual(starts[0]! + MiB);
    expect(cdn.map((r) => [r.ifRange, r.status])).toEqual([
      [null, 200],
      [etag, 206],
      [etag, 206],
    ]);
    expect(dm.progress('cut')).toBeNull();
  });

  async function pauseMidway(
    dm: DownloadManager,
    id: string,
    dest: string,
    url: string,
    sha256: string,
  ): Promise<number> {
    hf.behaviour = { chunkBytes: 64 * 1024, chunkDelayMs: 5 };
    await dm.start({ id, url, dest, sha256, allowUnverified: false });
    await waitUntil('half a MiB on disk', () => (dm.progress(id)?.receivedBytes ?? 0) >= MiB / 2);
    dm.pause(id);
    await expect(dm.whenDone(id)).rejects.toMatchObject({ code: 'paused' });
    const partial = await DownloadManager.partial(dest);
    expect(partial?.receivedBytes).toBeGreaterThan(0);
    expect(partial?.receivedBytes).toBeLessThan(data.length);
    hf.behaviour = {};
    return partial!.receivedBytes;
  }

  it('starts over when the file changed on the server between attempts (If-Range answered with 200)', async () => {
    const first = hf.put('org/repo', 'changed.gguf', data);
    const dest = join(dir, 'changed.gguf');
    const { dm } = manager();
    const have = await pauseMidway(dm, 'c', dest, first.url, first.sha256);
    // A new revision is published under the same name: new bytes, new ETag.
    const newer = seededBytes(data.length, 2);
    const second = hf.put('org/repo', 'changed.gguf', newer);
    await dm.cancel('c'); // the catalog pin changed: the store starts a fresh job with the new hash
    await dm.start({ id: 'c', url: second.url, dest, sha256: second.sha256, allowUnverified: false });
    expect((await dm.whenDone('c')).sha256).toBe(second.sha256);
    expect((await readFile(dest)).equals(newer)).toBe(true);
    // Same job, same hash, new bytes: the If-Range is refused with a full 200 body.
    const third = hf.put('org/repo', 'changed2.gguf', data);
    const dest2 = join(dir, 'changed2.gguf');
    await pauseMidway(dm, 'd', dest2, third.url, sha256Of(data));
    hf.put('org/repo', 'changed2.gguf', data); // same bytes re-uploaded: the ETag changes
    await dm.start({ id: 'd', url: third.url, dest: dest2, sha256: third.sha256, allowUnverified: false });
    await dm.whenDone('d');
    const last = hf.cdnRequests('changed2.gguf').at(-1);
    expect(last).toMatchObject({ ifRange: third.etag, status: 200 });
    expect(last?.range).toMatch(/^bytes=\d+-$/);
    expect((await readFile(dest2)).equals(data)).toBe(true);
    expect(have).toBeGreaterThan(0);
  });

  it('notices a changed ETag on a 206 from a server that ignores If-Range, and starts over', async () => {
    const first = hf.put('org/repo', 'etag.gguf', data);
    const dest = join(dir, 'etag.gguf');
    const { dm } = manager();
    await pauseMidway(dm, 'e', dest, first.url, first.sha256);
    hf.put('org/repo', 'etag.gguf', data);
    hf.behaviour = { ignoreIfRange: true };
    await dm.start({ id: 'e', url: first.url, dest, sha256: first.sha256, allowUnverified: false });
    await dm.whenDone('e');
    const tail = hf.cdnRequests('etag.gguf').slice(-2);
    expect(tail[0]).toMatchObject({ status: 206, ifRange: first.etag });
    expect(tail[1]).toMatchObject({ range: null, status: 200 });
    expect((await readFile(dest)).equals(data)).toBe(true);
  });

  it('starts over when the server ignores Range and answers 200', async () => {
    const f = hf.put('org/repo', 'norange.gguf', data);
    const dest = join(dir, 'norange.gguf');
    const { dm } = manager();
    await pauseMidway(dm, 'n', dest, f.url, f.sha256);
    hf.behaviour = { ignoreRange: true };
    await dm.start({ id: 'n', url: f.url, dest, sha256: f.sha256, allowUnverified: false });
    const result = await dm.whenDone('n');
    expect(result.bytes).toBe(data.length);
    expect(hf.cdnRequests('norange.gguf').at(-1)).toMatchObject({ status: 200 });
    expect(hf.cdnRequests('norange.gguf').at(-1)?.range).toMatch(/^bytes=\d+-$/);
    expect((await readFile(dest)).equals(data)).toBe(true);
  });

  it('starts over when the partial file is longer than the file on the server (416)', async () => {
    const f = hf.put('org/repo', 'shorter.gguf', data);
    const dest = join(dir, 'shorter.gguf');
    await writeFile(`${dest}.part`, seededBytes(data.length + 100, 5)); // left by another version of it
    const { dm } = manager();
    await dm.start({ id: 's', url: f.url, dest, sha256: f.sha256, allowUnverified: false });
    await dm.whenDone('s');
    expect(hf.cdnRequests('shorter.gguf').map((r) => [r.range, r.status])).toEqual([
      [`bytes=${data.length + 100}-`, 416],
      [null, 200],
    ]);
    expect((await readFile(dest)).equals(data)).toBe(true);
  });

  it('deletes a file whose hash is wrong and reports checksum-mismatch', async () => {
    const f = hf.put('org/repo', 'bad.gguf', data);
    const dest = join(dir, 'bad.gguf');
    const { dm } = manager();
    await dm.start({
      id: 'b',
      url: f.url,
      dest,
      sha256: sha256Of(seededBytes(16, 9)),
      allowUnverified: false,
    });
    await expect(dm.whenDone('b')).rejects.toMatchObject({ code: 'checksum-mismatch' });
    expect(dm.progress('b')).toMatchObject({ errorCode: 'checksum-mismatch', paused: false });
    expect(dm.all().map((d) => d.id)).toEqual(['b']);
    for (const p of [dest, `${dest}.part`, `${dest}.part.json`]) expect(await exists(p)).toBe(false);
  });

  it('refuses an unverifiable download unless allowed, then returns the computed hash to pin', async () => {
    const f = hf.put('org/repo', 'nohash.gguf', data);
    const dest = join(dir, 'nohash.gguf');
    const { dm } = manager();
    await expect(
      dm.start({ id: 'u', url: f.url, dest, sha256: null, allowUnverified: false }),
    ).rejects.toMatchObject({
      code: 'no-checksum',
    });
    expect(await exists(`${dest}.part`)).toBe(false);
    await dm.start({ id: 'u', url: f.url, dest, sha256: null, allowUnverified: true });
    expect(await dm.whenDone('u')).toMatchObject({ sha256: f.sha256, verified: false });
  });

  it('reports a missing file as an HTTP error with its code', async () => {
    const { dm } = manager();
    await dm.start({
      id: 'm',
      url: `${hf.hubUrl}/org/repo/resolve/main/missing.gguf`,
      dest: join(dir, 'missing.gguf'),
      sha256: sha256Of(data),
      allowUnverified: false,
    });
    await expect(dm.whenDone('m')).rejects.toMatchObject({ code: 'http-status' });
    expect(dm.progress('m')?.error).toMatch(/404/);
  });
});
