// Discovery reads headers of files the owner keeps elsewhere, on every listing: remember each answer
// (a header, or why the file is not offered) by path, size and modification time, so a listing costs a
// stat per file and a header read only for new or changed files.
import { stat } from 'node:fs/promises';
import { readGgufHeader, type GgufHeader } from './gguf-header.js';
import { ModelStoreError } from './model-store-types.js';

export interface CheckedFile {
  path: string;
  sizeBytes: number;
  mtimeMs: number;
  header: GgufHeader;
}

const MAX_ENTRIES = 4096;

export class HeaderCache {
  readonly #answers = new Map<string, Promise<GgufHeader>>();

  /** The file's header, or a ModelStoreError saying why it cannot be served. */
  async check(path: string): Promise<CheckedFile> {
    const s = await stat(path).catch(() => null);
    if (!s?.isFile()) throw new ModelStoreError('not-found', `${path} does not exist`);
    const key = `${path}\0${s.size}\0${s.mtimeMs}`;
    let answer = this.#answers.get(key);
    if (!answer) {
      if (this.#answers.size >= MAX_ENTRIES) this.#answers.clear();
      answer = readGgufHeader(path);
      this.#answers.set(key, answer);
      // A failure is an answer too (a truncated file stays truncated until it changes); never unhandled.
      answer.catch(() => undefined);
    }
    return { path, sizeBytes: s.size, mtimeMs: s.mtimeMs, header: await answer };
  }
}
