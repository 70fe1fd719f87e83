// Model downloads the owner starts, pauses, resumes and cancels from the dashboard or the CLI: one
// resumable transfer per job, free disk checked before the first byte, progress with a moving-window speed
// and ETA, and change notifications throttled for the UI. The partial file and its sidecar outlive the
// process, so a later run resumes where this one stopped.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { DownloadProgressView } from '../../api/models.js';
import { errorMessage, type Logger } from '../../logging/logger.js';
import { assertFreeDisk, freeDiskBytes } from './disk-space.js';
import { DownloadError } from './download-errors.js';
import { ChangeThrottle } from './download-notify.js';
import { RateMeter } from './download-rate.js';
import { partPath, readSidecar, removePartial } from './download-sidecar.js';
import { progressView } from './download-view.js';
import { runTransfer, type TransferResult } from './download-transfer.js';
import { ModelStoreError } from './model-store-types.js';

export type DownloadResult = TransferResult;

export interface DownloadJob {
  id: string;
  url: string;
  dest: string;
  sha256: string | null;
  allowUnverified: boolean;
  expectedBytes?: number;
  /** Shown in messages ("not enough free disk for Qwen3 8B …"); the file name when absent. */
  title?: string;
}

type RunState = 'running' | 'paused' | 'failed' | 'done';

interface Entry {
  job: DownloadJob;
  state: RunState;
  receivedBytes: number;
  totalBytes: number | null;
  meter: RateMeter;
  controller: AbortController;
  stop: 'pause' | 'cancel' | null;
  /** The current run: resolves with the result, rejects with a DownloadError. */
  run: Promise<DownloadResult>;
  /** Settles (never rejects) once the run has released the partial file. */
  settled: Promise<void>;
  error: DownloadError | null;
}

export interface DownloadManagerOptions {
  log: Logger;
  onChange?: () => void;
  freeDiskBytes?: (dir: string) => Promise<number>;
  /** Transfer tuning (tests shorten the backoff). */
  retryDelayMs?: number;
  maxRetries?: number;
}

export class DownloadManager {
  readonly #o: DownloadManagerOptions;
  readonly #log: Logger;
  readonly #entries = new Map<string, Entry>();
  readonly #starting = new Set<string>();
  /** Jobs cancelled while their start was still checking the disk: they must not launch. */
  readonly #cancelledWhileStarting = new Set<string>();
  readonly #notify: ChangeThrottle;

  constructor(o: DownloadManagerOptions) {
    this.#o = o;
    this.#log = o.log;
    this.#notify = new ChangeThrottle(() => o.onChange?.(), 250, o.log);
  }

  /** Starts or resumes; resolves once the transfer has started. Rejects with ModelStoreError('no-space' | 'no-checksum' | 'busy') before any byte is written. */
  async start(job: DownloadJob): Promise<void> {
    const clash = [...this.#entries.values()].find(
      (e) => e.state === 'running' && (e.job.id === job.id || e.job.dest === job.dest),
    );
    if (clash || this.#starting.has(job.id)) {
      throw new ModelStoreError('busy', `${titleOf(job)} is already downloading`);
    }
    if (job.sha256 === null && !job.allowUnverified) {
      throw new ModelStoreError(
        'no-checksum',
        `${titleOf(job)} has no published sha256; refusing an unverifiable download`,
      );
    }
    this.#starting.add(job.id);
    try {
      await this.#entries.get(job.id)?.settled; // a paused run may still be closing the partial file
      const partial = await DownloadManager.partial(job.dest);
      const received = partial?.receivedBytes ?? 0;
      const known = job.expectedBytes ?? partial?.totalBytes ?? null;
      if (known !== null) await this.#checkDisk(job, known, received);
      if (!this.#cancelledWhileStarting.has(job.id)) this.#launch(job, received, known);
    } finally {
      this.#starting.delete(job.id);
      this.#cancelledWhileStarting.delete(job.id);
    }
  }

  pause(id: string): void {
    const e = this.#entries.get(id);
    if (e?.state !== 'running') return;
    e.stop = 'pause';
    e.state = 'paused';
    e.meter.reset();
    e.controller.abort();
    this.#notify.now();
  }

  async cancel(id: string): Promise<void> {
    if (this.#starting.has(id)) this.#cancelledWhileStarting.add(id);
    const e = this.#entries.get(id);
    if (!e) return;
    e.stop = 'cancel';
    e.controller.abort();
    await e.settled;
    await removePartial(e.job.dest);
    if (this.#entries.get(id) === e) this.#entries.delete(id);
    this.#notify.now();
  }

  progress(id: string): DownloadProgressView | null {
    const e = this.#entries.get(id);
    return e && e.state !== 'done' ? progressView(e) : null;
  }

  all(): Array<DownloadProgressView & { id: string }> {
    return [...this.#entries.values()]
      .filter((e) => e.state !== 'done')
      .map((e) => ({ id: e.job.id, ...progressView(e) }));
  }

  whenDone(id: string): Promise<DownloadResult> {
    const e = this.#entries.get(id);
    if (!e) return Promise.reject(new DownloadError('unknown-download', `no download ${id} in this run`));
    return e.run;
  }

  /** A partial download left by an earlier run (shown as paused, resumable). */
  static async partial(dest: string): Promise<{ receivedBytes: number; totalBytes: number | null } | null> {
    const size = await stat(partPath(dest)).then(
      (s) => (s.isFile() ? s.size : 0),
      () => null,
    );
    const sidecar = await readSidecar(dest);
    if (size === null && sidecar === null) return null;
    return { receivedBytes: size ?? 0, totalBytes: sidecar?.totalBytes ?? null };
  }

  /** Deletes a partial download no run holds (cancel of a download an earlier run left). */
  static async discardPartial(dest: string): Promise<void> {
    await removePartial(dest);
  }

  async #checkDisk(job: DownloadJob, totalBytes: number, receivedBytes: number): Promise<void> {
    const dir = path.dirname(job.dest);
    const freeBytes = await (this.#o.freeDiskBytes ?? freeDiskBytes)(dir);
    assertFreeDisk({ title: titleOf(job), dir, totalBytes, receivedBytes, freeBytes });
  }

  #launch(job: DownloadJob, receivedBytes: number, totalBytes: number | null): void {
    const controller = new AbortController();
    const sizeWasKnown = totalBytes !== null;
    // The callbacks below run only after the first await inside runTransfer, when `entry` is assigned.
    const run = runTransfer({
      url: job.url,
      dest: job.dest,
      sha256: job.sha256,
      expectedBytes: job.expectedBytes,
      signal: controller.signal,
      log: this.#log,
      retryDelayMs: this.#o.retryDelayMs,
      maxRetries: this.#o.maxRetries,
      onProgress: (p) => {
        if (entry.state !== 'running') return;
        entry.receivedBytes = p.receivedBytes;
        entry.totalBytes = p.totalBytes;
        entry.meter.add(p.receivedBytes);
        this.#notify.soon();
      },
      // The size was unknown before the first response: check the disk now, still before any byte.
      beforeBody: async (remaining) => {
        if (sizeWasKnown) return;
        try {
          await this.#checkDisk(job, remaining, 0);
        } catch (err) {
          throw new DownloadError('no-space', errorMessage(err));
        }
      },
    }).then(
      (result) => {
        entry.state = 'done';
        this.#log.info(`${titleOf(job)}: downloaded and verified`);
        this.#notify.now();
        return result;
      },
      (err: unknown) => {
        throw this.#stopped(entry, err);
      },
    );
    const entry: Entry = {
      job,
      state: 'running',
      receivedBytes,
      totalBytes,
      meter: new RateMeter(),
      controller,
      stop: null,
      error: null,
      run,
      // Also marks `run` as handled: nobody has to call whenDone.
      settled: run.then(
        () => undefined,
        () => undefined,
      ),
    };
    this.#entries.set(job.id, entry);
    this.#notify.now();
  }

  /** Maps how a run ended to its error, and records it for the progress view. */
  #stopped(entry: Entry, err: unknown): DownloadError {
    if (entry.stop === 'cancel') return new DownloadError('cancelled', `${titleOf(entry.job)}: cancelled`);
    if (entry.stop === 'pause') return new DownloadError('paused', `${titleOf(entry.job)}: paused`);
    const error =
      err instanceof DownloadError ? err : new DownloadError('too-many-retries', errorMessage(err));
    entry.state = 'failed';
    entry.error = error;
    entry.meter.reset();
    this.#log.warn(`${titleOf(entry.job)}: download stopped (${error.code}): ${error.message}`);
    this.#notify.now();
    return error;
  }
}

const titleOf = (job: DownloadJob): string => job.title ?? path.basename(job.dest);
