// Where settings documents are kept. The daemon uses an atomic JSON file; the Electron shell supplies an
// electron-store backend. Both hand back the raw document; validation and migration happen above.
import { promises as fs } from 'node:fs';
import { writeFileAtomic } from './atomic-file.js';
import { errorMessage } from '../logging/logger.js';

export type LoadResult =
  { kind: 'missing' } | { kind: 'ok'; doc: unknown } | { kind: 'corrupt'; detail: string };

export interface SettingsBackend {
  load(): Promise<LoadResult>;
  save(doc: object): Promise<void>;
  /** Keeps a copy of an unreadable file and returns where it went. */
  backupCorrupt(): Promise<string | null>;
}

export class JsonFileBackend implements SettingsBackend {
  readonly #file: string;
  constructor(file: string) {
    this.#file = file;
  }

  async load(): Promise<LoadResult> {
    let text: string;
    try {
      text = await fs.readFile(this.#file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
      throw err;
    }
    try {
      return { kind: 'ok', doc: JSON.parse(text) as unknown };
    } catch (err) {
      return { kind: 'corrupt', detail: errorMessage(err) };
    }
  }

  async save(doc: object): Promise<void> {
    await writeFileAtomic(this.#file, JSON.stringify(doc, null, 2) + '\n');
  }

  async backupCorrupt(): Promise<string | null> {
    const backup = `${this.#file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    try {
      await fs.copyFile(this.#file, backup);
      return backup;
    } catch {
      return null;
    }
  }
}
