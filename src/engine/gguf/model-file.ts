// Writes a generated model file from a stream of chunks: through a temp file in the same folder, fsynced,
// then renamed, so a reader never sees a half-written model. Memory stays at one staging buffer however
// large the file is; the sha256 is computed on the way.
import { createHash, randomBytes } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';

const STAGING_BYTES = 4 << 20;

export interface WrittenModel {
  sha256: string;
  bytes: number;
}

/** write(2) may write less than asked; loop until the whole range is on its way. */
async function writeAll(file: FileHandle, data: Uint8Array, length = data.length): Promise<void> {
  let done = 0;
  while (done < length) {
    const { bytesWritten } = await file.write(data, done, length - done);
    done += bytesWritten;
  }
}

export async function writeModelFile(path: string, chunks: Iterable<Uint8Array>): Promise<WrittenModel> {
  const hash = createHash('sha256');
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const staging = Buffer.allocUnsafe(STAGING_BYTES);
  let staged = 0;
  let bytes = 0;
  const file = await open(tmp, 'wx');
  try {
    const flush = async (): Promise<void> => {
      if (staged > 0) await writeAll(file, staging, staged);
      staged = 0;
    };
    for (const c of chunks) {
      hash.update(c);
      bytes += c.length;
      // Small chunks (header, norms) are coalesced; big ones go straight to the file.
      if (c.length >= STAGING_BYTES / 2) {
        await flush();
        await writeAll(file, c);
      } else {
        if (staged + c.length > STAGING_BYTES) await flush();
        staging.set(c, staged);
        staged += c.length;
      }
    }
    await flush();
    await file.sync();
    await file.close();
    await rename(tmp, path);
  } catch (err) {
    await file.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw err;
  }
  return { sha256: hash.digest('hex'), bytes };
}
