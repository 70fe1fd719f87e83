// The state of a catalog model's file in the models folder: ready (verified, or to be verified on first
// use), corrupt (failed its hash, or the wrong size), downloading (a run in progress, or a partial file an
// earlier run left — shown paused, resumable), or absent.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { DownloadProgressView } from '../../api/models.js';
import type { CatalogModel } from './catalog.js';
import { DownloadManager } from './download-manager.js';
import type { CatalogFileFacts } from './model-entries.js';
import type { Registry } from './registry-file.js';

export async function catalogFileFacts(
  m: CatalogModel,
  dir: string,
  reg: Registry,
  running: DownloadProgressView | null,
): Promise<CatalogFileFacts> {
  const dest = join(dir, m.file);
  const verified = reg.verified[m.id];
  const s = await stat(dest).catch(() => null);
  const facts = { path: dest, verified, download: null };
  if (s?.isFile() === true) {
    const matches = verified?.sizeBytes === s.size && verified.mtimeMs === s.mtimeMs;
    if (reg.corrupt.includes(m.id)) {
      return {
        ...facts,
        state: 'corrupt',
        problem: 'the file failed its SHA-256 check; remove it and download again',
      };
    }
    if (!matches && m.sizeExact && s.size !== m.sizeBytes) {
      return { ...facts, state: 'corrupt', problem: `the file has ${s.size} bytes, not ${m.sizeBytes}` };
    }
    return { ...facts, state: 'ready', problem: matches ? null : 'verified on first use' };
  }
  if (running) return { state: 'downloading', path: null, verified, download: running, problem: null };
  const partial = await DownloadManager.partial(dest);
  if (!partial) return { state: 'absent', path: null, verified, download: null, problem: null };
  const download = {
    ...partial,
    bytesPerSecond: 0,
    etaSeconds: null,
    paused: true,
    error: null,
    errorCode: null,
  };
  return { state: 'downloading', path: null, verified, download, problem: null };
}
