// Shared pieces of the download tests: a temp folder, a manager that records its change notifications,
// and a wait on a condition with a deadline (never a fixed sleep).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, silentLogger } from '../../src/logging/logger.js';
import { DownloadManager, type DownloadManagerOptions } from '../../src/engine/models/download-manager.js';
import { waitFor } from '../support/wait-for.js';

export const MiB = 2 ** 20;

export async function waitUntil(
  what: string,
  cond: () => boolean | Promise<boolean>,
  timeoutMs = 5000,
): Promise<void> {
  await waitFor(cond, { timeoutMs, what, intervalMs: 10 });
}

export const tempDir = (): Promise<string> => mkdtemp(join(tmpdir(), 'sw-dl-'));

/** A manager with a short retry backoff and a count of its onChange calls (with their times). */
export function manager(o: Partial<DownloadManagerOptions> = {}): { dm: DownloadManager; changes: number[] } {
  const changes: number[] = [];
  const dm = new DownloadManager({
    log: process.env.DL_DEBUG
      ? createLogger('dl', (l) => console.log(Date.now() % 100000, l.level, l.message), 'debug')
      : silentLogger,
    retryDelayMs: 10,
    onChange: () => changes.push(Date.now()),
    ...o,
  });
  return { dm, changes };
}
