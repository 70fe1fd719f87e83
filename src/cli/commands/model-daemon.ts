// Whether a daemon serves this data folder right now: `silkworm model` then goes through its API (so the
// running worker switches models and shows downloads), otherwise it works on the folder directly.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { dataFiles } from '../../daemon/paths.js';

const daemonFileSchema = z.object({ url: z.string(), pid: z.number().int().positive() });

export async function daemonRunning(dataDir: string): Promise<boolean> {
  const text = await readFile(path.join(dataDir, dataFiles.daemon), 'utf8').catch(() => null);
  if (text === null) return false;
  let info;
  try {
    info = daemonFileSchema.safeParse(JSON.parse(text) as unknown);
  } catch {
    return false;
  }
  if (!info.success) return false;
  try {
    process.kill(info.data.pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to another user — not ours to talk to through this folder either way.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
