// The model store's own records, kept in <models dir>/registry.json: imported files (by reference, with
// the hash computed on import), catalog files verified after download (and the hash pinned for catalog
// entries that publish none), and discovered files the owner chose to forget. Versioned, validated with
// zod, written atomically; a damaged file is moved aside with a timestamp and reported, never fatal.
import { promises as fs } from 'node:fs';
import { z } from 'zod';
import type { Logger } from '../../logging/logger.js';
import { writeFileAtomic } from '../../settings/atomic-file.js';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const shapeSchema = z.object({
  sizeBytes: z.number().nonnegative(),
  layers: z.number().int().positive(),
  kvBytesPerToken: z.number().nonnegative(),
  trainContext: z.number().int().positive(),
});

export const importedRecordSchema = z.object({
  id: z.string().min(1).max(200),
  path: z.string().min(1),
  servedName: z.string().min(1).max(200),
  title: z.string(),
  sha256,
  sizeBytes: z.number().int().nonnegative(),
  mtimeMs: z.number(),
  architecture: z.string(),
  quantization: z.string().nullable(),
  shape: shapeSchema,
  importedAt: z.number(),
});
export type ImportedRecord = z.infer<typeof importedRecordSchema>;

/** A catalog file that passed its check: valid while its size and mtime are unchanged. */
export const verifiedRecordSchema = z.object({
  sha256,
  sizeBytes: z.number().int().nonnegative(),
  mtimeMs: z.number(),
});
export type VerifiedRecord = z.infer<typeof verifiedRecordSchema>;

export const REGISTRY_VERSION = 1;

export const registrySchema = z.object({
  version: z.literal(REGISTRY_VERSION),
  imported: z.array(importedRecordSchema).max(10_000),
  verified: z.record(z.string(), verifiedRecordSchema),
  /** Catalog ids whose file failed its check (shown as corrupt until removed or downloaded again). */
  corrupt: z.array(z.string()).max(10_000),
  /** Discovered ids the owner removed: their files stay, the store stops offering them. */
  hidden: z.array(z.string()).max(10_000),
});
export type Registry = z.infer<typeof registrySchema>;

const empty = (): Registry => ({
  version: REGISTRY_VERSION,
  imported: [],
  verified: {},
  corrupt: [],
  hidden: [],
});

export class RegistryFile {
  readonly #file: string;
  #data: Registry;
  #queue: Promise<void> = Promise.resolve();
  /** Why the file on disk could not be used, when it could not (for the owner). */
  readonly problem: string | null;

  private constructor(file: string, data: Registry, problem: string | null) {
    this.#file = file;
    this.#data = data;
    this.problem = problem;
  }

  static async load(file: string, log: Logger): Promise<RegistryFile> {
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return new RegistryFile(file, empty(), null);
      throw err;
    }
    try {
      return new RegistryFile(file, registrySchema.parse(JSON.parse(text)), null);
    } catch (err) {
      const aside = `${file}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      await fs.rename(file, aside).catch(() => undefined);
      const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
      const problem = `The model registry could not be read (${detail}); it was moved to ${aside} and imported models must be imported again.`;
      log.warn(problem);
      return new RegistryFile(file, empty(), problem);
    }
  }

  get(): Registry {
    return this.#data;
  }

  /** Applies a change and saves it; saves are serialised so two quick changes cannot interleave. */
  async update(change: (r: Registry) => Registry): Promise<void> {
    const run = this.#queue.then(async () => {
      const next = registrySchema.parse(change(structuredClone(this.#data)));
      await writeFileAtomic(this.#file, JSON.stringify(next, null, 2) + '\n');
      this.#data = next;
    });
    this.#queue = run.catch(() => undefined);
    await run;
  }
}
