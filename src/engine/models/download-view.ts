// What the dashboard shows of one download: bytes, speed over the last seconds, time left, paused, why
// it stopped (a code the dashboard translates, and the English message).
import type { DownloadProgressView } from '../../api/models.js';
import type { DownloadError } from './download-errors.js';

export interface DownloadRunFacts {
  state: 'running' | 'paused' | 'failed' | 'done';
  receivedBytes: number;
  totalBytes: number | null;
  meter: { rate(): number };
  error: DownloadError | null;
}

export function progressView(e: DownloadRunFacts): DownloadProgressView {
  const bytesPerSecond = e.state === 'running' ? e.meter.rate() : 0;
  const left = e.totalBytes !== null ? Math.max(0, e.totalBytes - e.receivedBytes) : null;
  return {
    receivedBytes: e.receivedBytes,
    totalBytes: e.totalBytes,
    bytesPerSecond,
    etaSeconds: left !== null && bytesPerSecond > 0 ? left / bytesPerSecond : null,
    paused: e.state === 'paused',
    error: e.error?.message ?? null,
    errorCode: e.error?.code ?? null,
  };
}
