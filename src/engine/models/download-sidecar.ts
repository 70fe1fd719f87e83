// `<dest>.part.json` beside a partial download: what the bytes in `<dest>.part` are a prefix of (the URL,
// the server's validators, the total size, the expected hash), so a later run, even after a restart, can
// resume with Range + If-Range or knows it must start over.
import { readFile, rm } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from '../../settings/atomic-file.js';

const sidecarSchema = z.object({
  version: z.literal(1),
  url: z.string().min(1),
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  totalBytes: z.number().int().nonnegative().nullable(),
  sha256: z.string().nullable(),
});
export type DownloadSidecar = z.infer<typeof sidecarSchema>;

export const partPath = (dest: string): string => `${dest}.part`;
export const sidecarPath = (dest: string): string => `${dest}.part.json`;

/** The sidecar, or null when there is none or it cannot be trusted (corrupt, another version). */
export async function readSidecar(dest: string): Promise<DownloadSidecar | null> {
  let text: string;
  try {
    text = await readFile(sidecarPath(dest), 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = sidecarSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function writeSidecar(dest: string, sidecar: Omit<DownloadSidecar, 'version'>): Promise<void> {
  await writeFileAtomic(sidecarPath(dest), JSON.stringify({ version: 1, ...sidecar }) + '\n', 0o644);
}

/** Removes the partial file and its sidecar (cancel, or a result that failed its check). */
export async function removePartial(dest: string): Promise<void> {
  await rm(partPath(dest), { force: true });
  await rm(sidecarPath(dest), { force: true });
}
