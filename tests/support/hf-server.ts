// A loopback stand-in for Hugging Face file downloads: the hub answers `/{repo}/resolve/{rev}/{file}` with
// a 302 to a CDN on another port (another host, as huggingface.co → cdn), and the CDN serves the bytes with
// ETag, Range/206, If-Range and 416, like the real one. Behaviours let a test cut a connection mid-body,
// ignore Range (200 for everything), ignore If-Range, throttle, or change a file (new ETag) between attempts.
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HfBehaviour {
  /** Drop the connection after this many body bytes, for the next `cuts` CDN responses. */
  cutAfterBytes?: number;
  cuts?: number;
  /** Answer every request with 200 and the whole file, as a server without Range support does. */
  ignoreRange?: boolean;
  /** Answer 206 even when If-Range names another version (a broken cache in front of the CDN). */
  ignoreIfRange?: boolean;
  /** Send the body in chunks of this size with a pause between them (so a test can pause mid-body). */
  chunkBytes?: number;
  chunkDelayMs?: number;
}

export interface HfRequest {
  host: 'hub' | 'cdn';
  path: string;
  range: string | null;
  ifRange: string | null;
  status: number;
}

interface HfFile {
  bytes: Buffer;
  etag: string;
  sha256: string;
}

/** Deterministic pseudo-random bytes (mulberry32), so no test ever ships or fetches real weights. */
export function seededBytes(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let a = seed >>> 0;
  for (let i = 0; i < length; i += 4) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const v = (t ^ (t >>> 14)) >>> 0;
    for (let j = 0; j < 4 && i + j < length; j++) out[i + j] = (v >>> (8 * j)) & 0xff;
  }
  return out;
}

export const sha256Of = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

export class HfServer {
  readonly requests: HfRequest[] = [];
  behaviour: HfBehaviour = {};
  readonly #files = new Map<string, HfFile>();
  readonly #hub: http.Server;
  readonly #cdn: http.Server;
  #version = 0;

  private constructor() {
    this.#hub = http.createServer((req, res) => this.#onHub(req, res));
    this.#cdn = http.createServer((req, res) => void this.#onCdn(req, res));
  }

  static async start(): Promise<HfServer> {
    const s = new HfServer();
    await Promise.all([s.#hub, s.#cdn].map((srv) => new Promise<void>((r) => srv.listen(0, '127.0.0.1', r))));
    return s;
  }

  get hubUrl(): string {
    return `http://127.0.0.1:${(this.#hub.address() as AddressInfo).port}`;
  }

  get cdnUrl(): string {
    return `http://127.0.0.1:${(this.#cdn.address() as AddressInfo).port}`;
  }

  /** Publishes (or replaces, with a new ETag) `repo/file` and returns its resolve URL and hash. */
  put(repo: string, file: string, bytes: Buffer): { url: string; sha256: string; etag: string } {
    const sha256 = sha256Of(bytes);
    const etag = `"${sha256.slice(0, 24)}-${++this.#version}"`;
    this.#files.set(`${repo}/${file}`, { bytes, etag, sha256 });
    return { url: `${this.hubUrl}/${repo}/resolve/main/${file}`, sha256, etag };
  }

  /** Requests the CDN received for `file` (the bytes, after the hub's redirect). */
  cdnRequests(file: string): HfRequest[] {
    return this.requests.filter((r) => r.host === 'cdn' && r.path.endsWith(`/${file}`));
  }

  async close(): Promise<void> {
    for (const srv of [this.#hub, this.#cdn]) {
      srv.closeAllConnections();
      await new Promise((r) => srv.close(r));
    }
  }

  #record(host: HfRequest['host'], req: http.IncomingMessage, status: number): void {
    const h = (name: string): string | null => {
      const v = req.headers[name];
      return typeof v === 'string' ? v : null;
    };
    this.requests.push({
      host,
      path: (req.url ?? '').split('?')[0] ?? '',
      range: h('range'),
      ifRange: h('if-range'),
      status,
    });
  }

  #onHub(req: http.IncomingMessage, res: http.ServerResponse): void {
    const m = /^\/(.+)\/resolve\/[^/]+\/([^/?]+)$/.exec((req.url ?? '').split('?')[0] ?? '');
    const key = m ? `${m[1]}/${m[2]}` : '';
    const f = this.#files.get(key);
    if (!m || !f) {
      this.#record('hub', req, 404);
      res.writeHead(404, { 'x-error-code': 'EntryNotFound' }).end('Entry not found');
      return;
    }
    this.#record('hub', req, 302);
    // Like the hub: the real ETag and size ride on the redirect; the signed CDN URL carries a query.
    res
      .writeHead(302, {
        location: `${this.cdnUrl}/repos/${f.sha256.slice(0, 8)}/${key}?X-Amz-Signature=${f.sha256.slice(0, 12)}`,
        'x-linked-etag': f.etag,
        'x-linked-size': String(f.bytes.length),
      })
      .end();
  }

  async #onCdn(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const key = ((req.url ?? '').split('?')[0] ?? '').replace(/^\/repos\/[^/]+\//, '');
    const f = this.#files.get(key);
    if (!f) {
      this.#record('cdn', req, 404);
      res.writeHead(404).end();
      return;
    }
    const b = this.behaviour;
    const m = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
    const ifRange = req.headers['if-range'];
    const rangeOk =
      m !== null &&
      !b.ignoreRange &&
      (ifRange === undefined || ifRange === f.etag || b.ignoreIfRange === true);
    const size = f.bytes.length;
    const start = rangeOk ? Number(m[1]) : 0;
    const end = rangeOk && m[2] !== '' ? Math.min(Number(m[2]), size - 1) : size - 1;
    if (rangeOk && start >= size) {
      this.#record('cdn', req, 416);
      res.writeHead(416, { 'content-range': `bytes */${size}`, etag: f.etag }).end();
      return;
    }
    const body = f.bytes.subarray(start, end + 1);
    this.#record('cdn', req, rangeOk ? 206 : 200);
    res.writeHead(rangeOk ? 206 : 200, {
      'content-length': String(body.length),
      'accept-ranges': 'bytes',
      etag: f.etag,
      ...(rangeOk ? { 'content-range': `bytes ${start}-${end}/${size}` } : {}),
    });
    let limit = body.length;
    if ((b.cuts ?? 0) > 0 && b.cutAfterBytes !== undefined) {
      b.cuts = (b.cuts ?? 0) - 1;
      limit = Math.min(limit, b.cutAfterBytes);
    }
    await this.#send(res, body.subarray(0, limit));
    if (limit < body.length) res.socket?.destroy();
    else res.end();
  }

  /** Writes in chunks, each flushed before the next; stops when the client goes away. */
  async #send(res: http.ServerResponse, body: Buffer): Promise<void> {
    const chunk = this.behaviour.chunkBytes ?? 256 * 1024;
    const delay = this.behaviour.chunkDelayMs ?? 0;
    for (let off = 0; off < body.length && !res.destroyed; off += chunk) {
      await written(res, body.subarray(off, off + chunk));
      if (delay > 0) await new Promise((r) => setTimeout(r, delay));
    }
  }
}

/** Resolves once the chunk is handed to the socket, or the response is gone. */
function written(res: http.ServerResponse, chunk: Buffer): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      res.off('close', done);
      resolve();
    };
    res.on('close', done);
    res.write(chunk, done);
  });
}
