// The owner's settings: loaded once (migrated, validated, defaults filled in), changed through validated
// patches, saved atomically. A corrupt or invalid file is backed up, defaults are used, and a notice
// tells the owner what happened — nothing is silently lost.
import { settingsSchema, type Settings, type SettingsPatch, defaultSettings } from '../api/settings.js';
import type { Notice } from '../api/state.js';
import type { Logger } from '../logging/logger.js';
import { errorMessage } from '../logging/logger.js';
import { migrateSettings } from './migrations.js';
import type { SettingsBackend } from './settings-backend.js';

export interface SettingsServiceOptions {
  backend: SettingsBackend;
  log: Logger;
}

export type SettingsListener = (next: Settings, previous: Settings) => void;

export class SettingsService {
  readonly #backend: SettingsBackend;
  readonly #log: Logger;
  readonly #listeners = new Set<SettingsListener>();
  #current: Settings = defaultSettings();
  #notices: Notice[] = [];
  #queue: Promise<void> = Promise.resolve();

  constructor(options: SettingsServiceOptions) {
    this.#backend = options.backend;
    this.#log = options.log;
  }

  /** Loads the file; never throws for bad content (the owner is told instead). */
  async load(): Promise<Settings> {
    const result = await this.#backend.load();
    switch (result.kind) {
      case 'missing':
        this.#current = defaultSettings();
        await this.#backend.save(this.#current);
        break;
      case 'ok':
        try {
          this.#current = settingsSchema.parse(migrateSettings(result.doc));
          await this.#backend.save(this.#current);
        } catch (err) {
          await this.#recover(errorMessage(err));
        }
        break;
      case 'corrupt':
        await this.#recover(result.detail);
        break;
    }
    return this.#current;
  }

  get(): Settings {
    return this.#current;
  }

  /** Problems found while loading, for the dashboard. */
  notices(): Notice[] {
    return [...this.#notices];
  }

  /** Applies a validated patch; writes are serialised so two quick updates cannot interleave. */
  async update(patch: SettingsPatch): Promise<Settings> {
    const run = this.#queue.then(async () => {
      const previous = this.#current;
      const next = settingsSchema.parse({ ...previous, ...patch });
      await this.#backend.save(next);
      this.#current = next;
      if (JSON.stringify(next) !== JSON.stringify(previous)) {
        for (const listener of this.#listeners) listener(next, previous);
      }
    });
    this.#queue = run.catch(() => undefined);
    await run;
    return this.#current;
  }

  onChange(listener: SettingsListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async #recover(detail: string): Promise<void> {
    const backup = await this.#backend.backupCorrupt();
    this.#current = defaultSettings();
    await this.#backend.save(this.#current);
    const where = backup ? ` A copy of the old file was kept at ${backup}.` : '';
    const message = `Your settings file could not be read (${detail}); default settings are in use.${where}`;
    this.#log.warn(message);
    this.#notices.push({
      id: 'settings-corrupt',
      level: 'warning',
      message,
      params: { detail, backup: backup ?? '' },
    });
  }
}
