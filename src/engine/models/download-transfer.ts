// One download run: resumes `<dest>.part` with Range + If-Range when its sidecar says what the bytes are,
// starts over when the server sends the whole file (200) or another version (ETag changed), retries cut
// connections with backoff, then verifies size and SHA-256 before renaming into place. The destination
// never holds an unverified file; the partial file survives a pause, a full disk and a restart.
import { createHash } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import type http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { errorMessage, type Logger } from '../../logging/logger.js';
import { backoffDelay } from '../../async/backoff.js';
import { appendBody, hashPart, type PartState } from './download-body.js';
import { DownloadError, isNoSpace } from './download-errors.js';
import { partPath, readSidecar, removePartial, sidecarPath, writeSidecar } from './download-sidecar.js';
import { headerValue, httpGet, ifRangeValue } from './http-get.js';

export interface TransferProgress {
  receivedBytes: number;
  totalBytes: number | null;
  resumed: boolean;
}

export interface TransferOptions {
  url: string;
  dest: string;
  sha256: string | null;
  expectedBytes?: number;
  signal?: AbortSignal;
  maxRetries?: number;
  retryDelayMs?: number;
  idleTimeoutMs?: number;
  log: Logger;
  onProgress?: (p: TransferProgress) => void;
  /** Runs once the size is known, before the body is written (a disk check when the size was unknown); throw a DownloadError to stop. */
  beforeBody?: (remainingBytes: number) => Promise<void>;
}

export interface TransferResult {
  path: string;
  /** The SHA-256 of the file as downloaded (equal to the expected one when one was given). */
  sha256: string;
  bytes: number;
  resumes: number;
  /** False when no hash was expected (the caller allowed an unverified file and may pin `sha256`). */
  verified: boolean;
}

interface Validators {
  etag: string | null;
  lastModified: string | null;
  totalBytes: number | null;
}

const aborted = (): DownloadError =>
  new DownloadError('aborted', 'the download was stopped (the partial file is kept)');

export async function runTransfer(o: TransferOptions): Promise<TransferResult> {
  const part = partPath(o.dest);
  const maxRetries = o.maxRetries ?? 5;
  const state: PartState = { have: 0, hash: createHash('sha256') };
  let known: Validators | null = await resumable(o);
  if (known === null) await rm(part, { force: true });
  state.have = await hashPart(part, state.hash, o.signal).catch((err: unknown) => {
    throw o.signal?.aborted ? aborted() : err;
  });
  let total = known?.totalBytes ?? o.expectedBytes ?? null;
  if (total !== null && state.have > total) {
    await rm(part, { force: true });
    state.have = 0;
    state.hash = createHash('sha256');
  }
  let resumed = state.have > 0;
  let resumes = 0;
  const report = (): void => o.onProgress?.({ receivedBytes: state.have, totalBytes: total, resumed });
  const restart = async (why: string): Promise<void> => {
    o.log.warn(`${why}; starting over from zero`);
    await rm(part, { force: true });
    state.have = 0;
    state.hash = createHash('sha256');
    known = null;
    resumed = false;
    report();
  };
  report();

  for (let failures = 0; ;) {
    if (o.signal?.aborted) throw aborted();
    const before = state.have;
    try {
      const headers: Record<string, string> = {};
      if (state.have > 0) {
        headers.range = `bytes=${state.have}-`;
        const ifRange = known ? ifRangeValue(known.etag, known.lastModified) : null;
        if (ifRange !== null) headers['if-range'] = ifRange;
      }
      const { res } = await httpGet(o.url, { headers, signal: o.signal, idleTimeoutMs: o.idleTimeoutMs });
      const status = res.statusCode ?? 0;
      const got: Validators = {
        etag: headerValue(res, 'etag'),
        lastModified: headerValue(res, 'last-modified'),
        totalBytes: totalOf(res, state.have),
      };
      if (status === 416 && state.have > 0) {
        res.resume();
        // Complete already, or longer than the file the server has now: not a prefix of it.
        if (state.have !== (got.totalBytes ?? total)) {
          await restart('the partial file is longer than the file on the server');
          continue;
        }
      } else if (status === 206 || status === 200) {
        if (status === 206 && (changed(known, got) || rangeStart(res) !== state.have)) {
          res.resume();
          await restart('the file changed on the server since the partial download');
          continue;
        }
        if (status === 200 && state.have > 0)
          await restart('the server sent the whole file instead of the rest');
        total = got.totalBytes ?? o.expectedBytes ?? null;
        if (o.expectedBytes !== undefined && total !== null && total !== o.expectedBytes) {
          res.resume();
          await removePartial(o.dest);
          throw new DownloadError(
            'size-mismatch',
            `the server offers ${total} bytes, expected ${o.expectedBytes}`,
          );
        }
        if (known === null || changed(known, got) || known.totalBytes !== total) {
          known = { ...got, totalBytes: total };
          await writeSidecar(o.dest, { url: o.url, sha256: o.sha256, ...known }).catch((err: unknown) => {
            res.resume();
            throw isNoSpace(err)
              ? new DownloadError('no-space', `the disk is full: ${errorMessage(err)}`)
              : err;
          });
        }
        if (total !== null && o.beforeBody) {
          const remaining = total - state.have;
          await o.beforeBody(remaining).catch((err: unknown) => {
            res.resume();
            throw err;
          });
        }
        await appendBody(res, part, state, report);
      } else {
        res.resume();
        throw new DownloadError('http-status', `the server answered HTTP ${status} for ${o.url}`);
      }
      return await finish(o, state, resumes);
    } catch (err) {
      if (err instanceof DownloadError) throw err;
      if (o.signal?.aborted) throw aborted();
      if (state.have > before) failures = 0; // progress was made: a flaky link is not a dead one
      if (failures >= maxRetries)
        throw new DownloadError('too-many-retries', `the download kept failing: ${errorMessage(err)}`);
      resumes++;
      resumed = state.have > 0;
      o.log.warn(`download interrupted (${errorMessage(err)}); resuming (${failures + 1}/${maxRetries})`);
      await sleep(backoffDelay(failures, { initialMs: o.retryDelayMs ?? 500 }), undefined, {
        signal: o.signal,
      }).catch(() => {
        throw aborted();
      });
      failures++;
    }
  }
}

/** The validators of the partial file when it may be resumed, or null when it must start over. */
async function resumable(o: TransferOptions): Promise<Validators | null> {
  const sidecar = await readSidecar(o.dest);
  if (sidecar === null) {
    // A partial without a sidecar (an older version wrote it) is only trusted when the hash will check it.
    return o.sha256 !== null ? { etag: null, lastModified: null, totalBytes: null } : null;
  }
  if (sidecar.url !== o.url || sidecar.sha256 !== o.sha256) return null;
  return { etag: sidecar.etag, lastModified: sidecar.lastModified, totalBytes: sidecar.totalBytes };
}

function changed(known: Validators | null, got: Validators): boolean {
  if (known === null) return false;
  if (known.etag !== null && got.etag !== null) return known.etag !== got.etag;
  if (known.lastModified !== null && got.lastModified !== null)
    return known.lastModified !== got.lastModified;
  return known.totalBytes !== null && got.totalBytes !== null && known.totalBytes !== got.totalBytes;
}

/** The full size: `Content-Range: bytes a-b/N` on a 206, else have + Content-Length. */
function totalOf(res: http.IncomingMessage, have: number): number | null {
  const m = /\/(\d+)\s*$/.exec(headerValue(res, 'content-range') ?? '');
  if (m) return Number(m[1]);
  const length = Number(res.headers['content-length']);
  if (!Number.isFinite(length)) return null;
  return res.statusCode === 206 ? have + length : length;
}

function rangeStart(res: http.IncomingMessage): number | null {
  const m = /^bytes (\d+)-/.exec(headerValue(res, 'content-range') ?? '');
  return m ? Number(m[1]) : null;
}

async function finish(o: TransferOptions, state: PartState, resumes: number): Promise<TransferResult> {
  const part = partPath(o.dest);
  const sha256 = state.hash.digest('hex');
  if (o.expectedBytes !== undefined && state.have !== o.expectedBytes) {
    await removePartial(o.dest);
    throw new DownloadError(
      'size-mismatch',
      `downloaded ${state.have} bytes, expected ${o.expectedBytes}; the partial file was removed`,
    );
  }
  if (o.sha256 !== null && sha256 !== o.sha256.toLowerCase()) {
    await removePartial(o.dest);
    throw new DownloadError(
      'checksum-mismatch',
      `sha256 ${sha256.slice(0, 16)}… is not the published ${o.sha256.slice(0, 16)}…; the file was removed`,
    );
  }
  await rename(part, o.dest);
  await rm(sidecarPath(o.dest), { force: true });
  o.log.info(
    `model downloaded: ${state.have} bytes, sha256 ${sha256.slice(0, 16)}…${resumes > 0 ? `, ${resumes} resume(s)` : ''}`,
  );
  return { path: o.dest, sha256, bytes: state.have, resumes, verified: o.sha256 !== null };
}
