// `silkworm model …` without a daemon: the model store and the settings file of the data folder, exactly
// as the daemon would open them (so its next start serves what was chosen here).
import path from 'node:path';
import type { DownloadProgressView, ModelEntry, ModelList } from '../../api/models.js';
import { dataFiles } from '../../daemon/paths.js';
import { ModelStore } from '../../engine/models/model-store.js';
import { ModelStoreError } from '../../engine/models/model-store-types.js';
import { createLogger, stderrSink } from '../../logging/logger.js';
import { JsonFileBackend } from '../../settings/settings-backend.js';
import { SettingsService } from '../../settings/settings-service.js';
import { thisMachine } from './model-host.js';
import { pollUntil, type ModelOps } from './model-ops.js';

export class OfflineModels implements ModelOps {
  readonly #store: ModelStore;
  readonly #settings: SettingsService;

  private constructor(store: ModelStore, settings: SettingsService) {
    this.#store = store;
    this.#settings = settings;
  }

  static async open(dataDir: string): Promise<OfflineModels> {
    const log = createLogger('model', stderrSink, 'warn');
    const settings = new SettingsService({
      backend: new JsonFileBackend(path.join(dataDir, dataFiles.settings)),
      log,
    });
    await settings.load();
    const store = await ModelStore.open({ dir: path.join(dataDir, 'models'), log });
    if (store.problem) process.stderr.write(`${store.problem}\n`);
    return new OfflineModels(store, settings);
  }

  async list(): Promise<ModelList> {
    const models = await this.#store.entries(await thisMachine(this.#settings.get()));
    return { models, selected: this.#settings.get().model.selected };
  }

  async download(
    id: string,
    allowUnverified: boolean,
    progress: (p: DownloadProgressView) => void,
  ): Promise<ModelEntry> {
    await this.#store.download(id, { allowUnverified });
    // Ctrl-C pauses: the partial file stays and the next `download` resumes it.
    const pause = (): void => this.#store.pause(id);
    process.once('SIGINT', pause);
    let finished = false;
    const done = this.#store.whenDownloaded(id).finally(() => (finished = true));
    done.catch(() => undefined); // awaited below, after the last progress line
    try {
      await pollUntil(() => {
        const p = this.#store.downloads().find((d) => d.id === id);
        if (p) progress(p);
        return Promise.resolve(finished ? true : null);
      }, 250);
      await done;
    } finally {
      process.off('SIGINT', pause);
    }
    const entry = (await this.#store.entries(null)).find((e) => e.id === id);
    if (!entry) throw new ModelStoreError('unknown-model', `no model ${id}`);
    return entry;
  }

  importFile(file: string, name: string | undefined): Promise<{ id: string }> {
    return this.#store.importFile(file, name);
  }

  async use(id: string): Promise<void> {
    await this.#store.resolve(id); // refuses what is absent, unverified or broken, with the reason
    const s = this.#settings.get();
    await this.#settings.update({ model: { ...s.model, selected: id } });
  }

  async remove(id: string): Promise<void> {
    if (this.#settings.get().model.selected === id) {
      throw new ModelStoreError(
        'busy',
        `${id} is the chosen model; choose another (silkworm model use ID) before removing it`,
      );
    }
    await this.#store.remove(id);
  }

  close(): Promise<void> {
    return this.#store.close();
  }
}
