// Free disk for a download, checked before the first byte is written: the model folder may not exist yet,
// so the nearest existing parent is measured (it is on the same file system once the folder is made).
import { statfs } from 'node:fs/promises';
import path from 'node:path';
import { ModelStoreError } from './model-store-types.js';

const MiB = 2 ** 20;
const GiB = 2 ** 30;

/** Bytes an unprivileged process may still write on the file system holding `dir`. */
export async function freeDiskBytes(dir: string): Promise<number> {
  let at = path.resolve(dir);
  for (let depth = 0; depth < 256; depth++) {
    try {
      const s = await statfs(at);
      return s.bavail * s.bsize;
    } catch (err) {
      const parent = path.dirname(at);
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT' || parent === at) throw err;
      at = parent;
    }
  }
  throw new Error(`no existing folder above ${dir}`);
}

/** Headroom beyond the file itself, so a download never leaves the owner's disk completely full. */
export const diskMargin = (bytes: number): number => Math.max(64 * MiB, Math.ceil(bytes * 0.02));

export function formatBytes(bytes: number): string {
  if (bytes >= GiB) return `${(bytes / GiB).toFixed(1)} GiB`;
  if (bytes >= MiB) return `${(bytes / MiB).toFixed(1)} MiB`;
  return `${Math.round(bytes / 1024)} KiB`;
}

export interface DiskCheck {
  title: string;
  dir: string;
  totalBytes: number;
  receivedBytes: number;
  freeBytes: number;
}

/** Throws ModelStoreError('no-space') when the rest of the file plus the margin does not fit. */
export function assertFreeDisk(c: DiskCheck): void {
  const remaining = Math.max(0, c.totalBytes - c.receivedBytes);
  const needs = remaining + diskMargin(remaining);
  if (c.freeBytes >= needs) return;
  throw new ModelStoreError(
    'no-space',
    `not enough free disk for ${c.title}: needs ${formatBytes(needs)}, ${formatBytes(c.freeBytes)} free in ${c.dir}`,
  );
}
