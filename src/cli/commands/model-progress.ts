// The download progress bar on stderr: bytes, speed and ETA, redrawn in place at most a few times a second.
import type { DownloadProgressView } from '../../api/models.js';

const GiB = 2 ** 30;
const MiB = 2 ** 20;
const WIDTH = 24;

export const formatSize = (n: number): string =>
  n >= GiB ? `${(n / GiB).toFixed(2)} GiB` : `${(n / MiB).toFixed(1)} MiB`;

export function formatEta(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '--';
  const s = Math.round(seconds);
  if (s >= 3600) return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
  if (s >= 60) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${s}s`;
}

export function progressLine(title: string, p: DownloadProgressView): string {
  const frac = p.totalBytes ? Math.min(1, p.receivedBytes / p.totalBytes) : null;
  const bar = frac === null ? '?'.repeat(WIDTH) : '#'.repeat(Math.round(frac * WIDTH)).padEnd(WIDTH, '.');
  const pct = frac === null ? '  ?%' : `${String(Math.floor(frac * 100)).padStart(3)}%`;
  const total = p.totalBytes ? ` / ${formatSize(p.totalBytes)}` : '';
  const speed = p.paused ? 'paused' : `${formatSize(p.bytesPerSecond)}/s`;
  return `${title} [${bar}] ${pct} ${formatSize(p.receivedBytes)}${total} ${speed} ETA ${formatEta(p.etaSeconds)}`;
}

/** Redraws one line on stderr; `done` ends it with a newline. */
export class ProgressBar {
  #last = 0;
  #drawn = false;
  constructor(readonly title: string) {}

  update(p: DownloadProgressView, force = false): void {
    const now = Date.now();
    if (!force && now - this.#last < 200) return;
    this.#last = now;
    this.#drawn = true;
    process.stderr.write(`\r${progressLine(this.title, p)}\x1b[K`);
  }

  done(): void {
    if (this.#drawn) process.stderr.write('\n');
    this.#drawn = false;
  }
}
