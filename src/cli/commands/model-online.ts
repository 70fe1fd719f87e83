// `silkworm model …` while a daemon runs on the data folder: its `models:*` commands, so the running
// worker switches models itself and the dashboard shows the same downloads.
import path from 'node:path';
import { commands } from '../../api/index.js';
import type { DownloadProgressView, ModelEntry, ModelList } from '../../api/models.js';
import { call } from './control.js';
import { pollUntil, type ModelOps } from './model-ops.js';

export class DaemonModels implements ModelOps {
  constructor(readonly dataDir: string) {}

  async list(): Promise<ModelList> {
    return commands['models:list'].response.parse(await call(this.dataDir, 'models:list', {}));
  }

  async download(
    id: string,
    allowUnverified: boolean,
    progress: (p: DownloadProgressView) => void,
  ): Promise<ModelEntry> {
    await call(this.dataDir, 'models:download', { id, allowUnverified });
    return pollUntil(async () => {
      const entry = (await this.list()).models.find((m) => m.id === id);
      if (!entry) throw new Error(`the daemon no longer lists ${id}`);
      if (entry.state === 'ready') return entry;
      if (entry.download) progress(entry.download);
      if (entry.download?.error) throw new Error(entry.download.error);
      if (entry.download?.paused)
        throw new Error(`the download of ${id} was paused (resume it with silkworm model download ${id})`);
      if (entry.state === 'corrupt') throw new Error(entry.note ?? `${id} failed its check`);
      return null;
    }, 500);
  }

  async importFile(file: string, name: string | undefined): Promise<{ id: string }> {
    const payload = name === undefined ? { path: path.resolve(file) } : { path: path.resolve(file), name };
    return commands['models:import'].response.parse(await call(this.dataDir, 'models:import', payload));
  }

  async use(id: string): Promise<void> {
    await call(this.dataDir, 'models:use', { id });
  }

  async remove(id: string): Promise<void> {
    await call(this.dataDir, 'models:remove', { id });
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
