// Settings in the desktop app live in electron-store (atomic writes by conf). A file that cannot be
// parsed is reported as corrupt so the core backs it up and tells the owner.
import Store from 'electron-store';
import { promises as fs } from 'node:fs';
import type { LoadResult, SettingsBackend } from '../src/settings/settings-backend.js';
import { errorMessage } from '../src/logging/logger.js';

export class ElectronStoreBackend implements SettingsBackend {
  #store: Store | null = null;
  readonly #cwd: string;
  constructor(cwd: string) {
    this.#cwd = cwd;
  }

  #open(): Store {
    this.#store ??= new Store({ cwd: this.#cwd, name: 'settings', clearInvalidConfig: false });
    return this.#store;
  }

  load(): Promise<LoadResult> {
    try {
      const store = this.#open();
      return Promise.resolve(store.size === 0 ? { kind: 'missing' } : { kind: 'ok', doc: store.store });
    } catch (err) {
      return Promise.resolve({ kind: 'corrupt', detail: errorMessage(err) });
    }
  }

  save(doc: object): Promise<void> {
    const file = `${this.#cwd}/settings.json`;
    if (this.#store === null) {
      // The previous file was unreadable: start a fresh store over it (the core kept a backup).
      return fs.rm(file, { force: true }).then(() => {
        this.#open().store = doc as Record<string, unknown>;
      });
    }
    this.#store.store = doc as Record<string, unknown>;
    return Promise.resolve();
  }

  async backupCorrupt(): Promise<string | null> {
    const file = `${this.#cwd}/settings.json`;
    const backup = `${file}.corrupt-${Date.now()}`;
    return fs.copyFile(file, backup).then(
      () => backup,
      () => null,
    );
  }
}
