// Downloads a model file: streams into `<dest>.part` while hashing, resumes with an HTTP Range request
// after an interruption, verifies the SHA-256, and renames into place atomically. A corrupt result is
// deleted and reported; the destination never holds an unverified file.
import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import type { Logger } from '../../logging/logger.js';

export type DownloadErrorCode =
  | 'http-status'
  | 'checksum-mismatch'
  | 'size-mismatch'
  | 'too-many-retries'
  | 'aborted'
  | 'no-checksum'
  | 'bad-url';

export class DownloadError extends Error {
  constructor(
    readonly code: DownloadErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DownloadError';
  }
}

export interface DownloadProgress {
  receivedBytes: number;
  totalBytes: number | null;
  resumed: boolean;
}

export interface DownloadOptions {
  url: string;
  dest: string;
  /** Expected SHA-256 (hex); null only with allowUnverified. */
  sha256: string | null;
  allowUnverified?: boolean;
  expectedBytes?: number;
  onProgress?: (p: DownloadProgress) => void;
  signal?: AbortSignal;
  maxRetries?: number;
  retryDelayMs?: number;
  log: Logger;
}

export interface DownloadResult {
  path: string;
  sha256: string;
  bytes: number;
  resumes: number;
}

const aborted = (signal: AbortSignal | undefined): boolean => signal?.aborted === true;

async function hashExisting(path: string, hash: Hash): Promise<number> {
  const size = await stat(path).then(
    (s) => s.size,
    () => 0,
  );
  if (size > 0) for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return size;
}

function get(
  url: string,
  headers: Record<string, string>,
  signal: AbortSignal | undefined,
  redirects = 5,
): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return reject(new DownloadError('bad-url', `not a URL: ${url}`));
    }
    const client = parsed.protocol === 'https:' ? https : parsed.protocol === 'http:' ? http : undefined;
    if (!client) return reject(new DownloadError('bad-url', `unsupported protocol ${parsed.protocol}`));
    const req = client.get(parsed, { headers, signal }, (res) => {
      const location = res.headers.location;
      if (res.statusCode !== undefined && [301, 302, 303, 307, 308].includes(res.statusCode) && location) {
        res.resume();
        if (redirects === 0) return reject(new DownloadError('http-status', 'too many redirects'));
        return resolve(get(new URL(location, parsed).href, headers, signal, redirects - 1));
      }
      resolve(res);
    });
    req.on('error', reject);
  });
}

export async function downloadModel(o: DownloadOptions): Promise<DownloadResult> {
  if (o.sha256 === null && o.allowUnverified !== true) {
    throw new DownloadError(
      'no-checksum',
      'this model has no published sha256; refusing an unverifiable download',
    );
  }
  const part = `${o.dest}.part`;
  const maxRetries = o.maxRetries ?? 5;
  let resumes = 0;
  for (let attempt = 0; ; attempt++) {
    if (aborted(o.signal))
      throw new DownloadError('aborted', 'the download was cancelled (the partial file is kept)');
    const hash = createHash('sha256');
    let have = await hashExisting(part, hash);
    if (o.expectedBytes !== undefined && have > o.expectedBytes) {
      await rm(part, { force: true });
      continue;
    }
    const resumed = have > 0;
    try {
      const res = await get(o.url, have > 0 ? { Range: `bytes=${have}-` } : {}, o.signal);
      const status = res.statusCode ?? 0;
      if (status === 416 && have > 0 && have === o.expectedBytes) {
        res.resume(); // the part is already complete
      } else if (status === 200 || status === 206) {
        if (status === 200 && have > 0) {
          o.log.warn('server ignored the range request; starting over');
          return await downloadFresh(o, part, resumes, res);
        }
        const lengthHeader = Number(res.headers['content-length']);
        const total = Number.isFinite(lengthHeader) ? have + lengthHeader : (o.expectedBytes ?? null);
        have = await appendBody(res, part, have, hash, (received) =>
          o.onProgress?.({ receivedBytes: received, totalBytes: total, resumed }),
        );
      } else {
        res.resume();
        throw new DownloadError('http-status', `the server answered HTTP ${status}`);
      }
      return await finish(o, part, hash.digest('hex'), have, resumes);
    } catch (err) {
      if (err instanceof DownloadError) throw err;
      if (aborted(o.signal))
        throw new DownloadError('aborted', 'the download was cancelled (the partial file is kept)');
      if (attempt >= maxRetries)
        throw new DownloadError(
          'too-many-retries',
          `the download kept failing: ${err instanceof Error ? err.message : String(err)}`,
        );
      resumes++;
      o.log.warn(
        `download interrupted (${err instanceof Error ? err.message : String(err)}); resuming (${attempt + 1}/${maxRetries})`,
      );
      await new Promise((r) => setTimeout(r, (o.retryDelayMs ?? 500) * 2 ** attempt));
    }
  }
}

async function downloadFresh(
  o: DownloadOptions,
  part: string,
  resumes: number,
  res: http.IncomingMessage,
): Promise<DownloadResult> {
  await rm(part, { force: true });
  const hash = createHash('sha256');
  const lengthHeader = Number(res.headers['content-length']);
  const total = Number.isFinite(lengthHeader) ? lengthHeader : (o.expectedBytes ?? null);
  const have = await appendBody(res, part, 0, hash, (received) =>
    o.onProgress?.({ receivedBytes: received, totalBytes: total, resumed: false }),
  );
  return finish(o, part, hash.digest('hex'), have, resumes);
}

/** Appends the body to the part file; rejects if the connection ends before the declared length. */
async function appendBody(
  res: http.IncomingMessage,
  part: string,
  start: number,
  hash: Hash,
  progress: (n: number) => void,
): Promise<number> {
  const declared = Number(res.headers['content-length']);
  const file = await open(part, 'a');
  let received = start;
  try {
    for await (const chunk of res) {
      const b = chunk as Buffer;
      await file.write(b);
      hash.update(b);
      received += b.length;
      progress(received);
    }
    if (!res.complete || (Number.isFinite(declared) && received - start !== declared)) {
      throw new Error(
        `connection closed after ${received - start} of ${Number.isFinite(declared) ? declared : '?'} bytes`,
      );
    }
    await file.sync();
    return received;
  } finally {
    await file.close();
  }
}

async function finish(
  o: DownloadOptions,
  part: string,
  sha256: string,
  bytes: number,
  resumes: number,
): Promise<DownloadResult> {
  if (o.expectedBytes !== undefined && bytes !== o.expectedBytes) {
    await rm(part, { force: true });
    throw new DownloadError(
      'size-mismatch',
      `downloaded ${bytes} bytes, expected ${o.expectedBytes}; the partial file was removed`,
    );
  }
  if (o.sha256 !== null && sha256 !== o.sha256) {
    await rm(part, { force: true });
    throw new DownloadError(
      'checksum-mismatch',
      `sha256 ${sha256.slice(0, 16)}… is not the published ${o.sha256.slice(0, 16)}…; the file was removed`,
    );
  }
  await rename(part, o.dest);
  o.log.info(
    `model downloaded: ${bytes} bytes, sha256 ${sha256.slice(0, 16)}…${resumes > 0 ? `, ${resumes} resume(s)` : ''}`,
  );
  return { path: o.dest, sha256, bytes, resumes };
}
