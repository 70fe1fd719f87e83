// Downloads one model file to completion (the CLI's `silkworm model download`): the resumable transfer
// of download-transfer.ts with a signal for the caller. The DownloadManager runs the same transfer with
// pause, cancel, progress and disk checks for the dashboard and the model store.
import type { Logger } from '../../logging/logger.js';
import { DownloadError } from './download-errors.js';
import { runTransfer, type TransferProgress, type TransferResult } from './download-transfer.js';

export { DownloadError } from './download-errors.js';

export type DownloadProgress = TransferProgress;
export type DownloadResult = TransferResult;

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

export async function downloadModel(o: DownloadOptions): Promise<DownloadResult> {
  if (o.sha256 === null && o.allowUnverified !== true) {
    throw new DownloadError(
      'no-checksum',
      'this model has no published sha256; refusing an unverifiable download',
    );
  }
  return runTransfer(o);
}
