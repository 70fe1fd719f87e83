import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logging/logger.js';
import { buildTinyModel, tinyPresets } from '../../src/engine/gguf/tiny-model.js';
import { DownloadError, downloadModel, type DownloadProgress } from '../../src/engine/models/download.js';

// A loopback file server with Range support that can cut a transfer mid-body or serve corrupt bytes.
describe('model download over HTTP (127.0.0.1)', () => {
  const file = Buffer.concat(buildTinyModel(tinyPresets.tiny));
  const sha256 = createHash('sha256').update(file).digest('hex');
  let server: http.Server;
  let base: string;
  let dir: string;
  const seen: Array<{ path: string; range: string | undefined }> = [];
  let cutsLeft = 0;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sw-dl-'));
    server = http.createServer((req, res) => {
      seen.push({ path: req.url ?? '', range: req.headers.range });
      if (req.url === '/redirect') {
        res.writeHead(302, { location: '/model.gguf' }).end();
        return;
      }
      const body = req.url === '/corrupt.gguf' ? Buffer.from(file).fill(0x55, 5000, 5001) : file;
      const m = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
      const start = m ? Number(m[1]) : 0;
      const slice = body.subarray(start);
      res.writeHead(m ? 206 : 200, {
        'content-length': String(slice.length),
        ...(m ? { 'content-range': `bytes ${start}-${body.length - 1}/${body.length}` } : {}),
      });
      if (cutsLeft > 0) {
        cutsLeft--;
        // Send part of the body, then drop the connection.
        res.write(slice.subarray(0, Math.floor(slice.length / 3)), () => res.socket?.destroy());
        return;
      }
      res.end(slice);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await rm(dir, { recursive: true, force: true });
  });

  it('resumes with a Range request after the server cuts the connection, then verifies and renames', async () => {
    seen.length = 0;
    cutsLeft = 2;
    const progress: DownloadProgress[] = [];
    const dest = join(dir, 'a.gguf');
    const result = await downloadModel({
      url: `${base}/redirect`,
      dest,
      sha256,
      expectedBytes: file.length,
      log: silentLogger,
      retryDelayMs: 10,
      onProgress: (p) => progress.push(p),
    });
    expect(result).toMatchObject({ sha256, bytes: file.length, resumes: 2 });
    expect((await readFile(dest)).equals(file)).toBe(true);
    await expect(stat(`${dest}.part`)).rejects.toThrow();
    const ranges = seen.filter((s) => s.path === '/model.gguf').map((s) => s.range);
    expect(ranges[0]).toBeUndefined();
    expect(ranges[1]).toMatch(/^bytes=\d+-$/);
    expect(Number(ranges[2]?.slice(6, -1))).toBeGreaterThan(Number(ranges[1]?.slice(6, -1)));
    expect(progress.some((p) => p.resumed)).toBe(true);
    expect(progress.at(-1)?.receivedBytes).toBe(file.length);
  });

  it('rejects a corrupted file with a clear error and removes the partial', async () => {
    const dest = join(dir, 'b.gguf');
    const err = await downloadModel({ url: `${base}/corrupt.gguf`, dest, sha256, log: silentLogger }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DownloadError);
    expect((err as DownloadError).code).toBe('checksum-mismatch');
    await expect(stat(dest)).rejects.toThrow();
    await expect(stat(`${dest}.part`)).rejects.toThrow();
  });

  it('reports HTTP errors and refuses unverifiable downloads', async () => {
    await expect(
      downloadModel({ url: `${base}/redirect`, dest: join(dir, 'c.gguf'), sha256: null, log: silentLogger }),
    ).rejects.toMatchObject({ code: 'no-checksum' });
    const missing = downloadModel({
      url: 'http://127.0.0.1:1/none',
      dest: join(dir, 'd.gguf'),
      sha256,
      log: silentLogger,
      maxRetries: 0,
    });
    await expect(missing).rejects.toMatchObject({ code: 'too-many-retries' });
  });
});
