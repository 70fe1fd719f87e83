// Every model the worker could serve — the catalog (downloaded into <dir>), files the owner imported,
// GGUF files found in LM Studio and Ollama folders, and the generated demo model — with their state,
// downloads (through DownloadManager, resumable across restarts) and fit for this machine.
import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { DownloadProgressView, ModelEntry } from '../../api/models.js';
import type { Logger } from '../../logging/logger.js';
import { modelCatalog, type CatalogModel } from './catalog.js';
import { defaultLmStudioRoots, discoverLmStudio } from './discover-lmstudio.js';
import { defaultOllamaRoots, discoverOllama } from './discover-ollama.js';
import type { Discovery } from './discovered.js';
import { DownloadManager } from './download-manager.js';
import { fitShapeOf } from './gguf-shape.js';
import { HeaderCache } from './header-cache.js';
import { catalogFileFacts } from './catalog-file-facts.js';
import { demoEntry, resolveDemo, tinyPath } from './demo-model.js';
import { importGguf } from './import-file.js';
import {
  catalogEntry,
  discoveredEntry,
  importedEntry,
  TINY_ID,
  type CatalogFileFacts,
} from './model-entries.js';
import { resolveCatalog, resolveImported } from './model-resolve.js';
import {
  ModelStoreError,
  type ModelHostFacts,
  type ModelStoreApi,
  type ResolvedModel,
} from './model-store-types.js';
import { RegistryFile } from './registry-file.js';

export interface ModelStoreOptions {
  /** The models folder (<data dir>/models): catalog downloads, the demo model and registry.json. */
  dir: string;
  log: Logger;
  /** Folders to look for LM Studio and Ollama models in; absent: the owner's home defaults. */
  discovery?: { lmstudio: string[]; ollama: string[] };
  freeDiskBytes?: (dir: string) => Promise<number>;
  /** Transfer tuning for tests (shorter backoff). */
  retryDelayMs?: number;
  /** The catalog; absent: the real one (tests serve their own files from 127.0.0.1). */
  catalog?: readonly CatalogModel[];
}

export class ModelStore implements ModelStoreApi {
  readonly #o: ModelStoreOptions;
  readonly #registry: RegistryFile;
  readonly #headers = new HeaderCache();
  readonly #listeners = new Set<() => void>();
  readonly #downloads: DownloadManager;
  readonly #finished = new Map<string, Promise<void>>();

  private constructor(o: ModelStoreOptions, registry: RegistryFile) {
    this.#o = o;
    this.#registry = registry;
    this.#downloads = new DownloadManager({
      log: o.log.child('download'),
      onChange: () => this.#changed(),
      freeDiskBytes: o.freeDiskBytes,
      retryDelayMs: o.retryDelayMs,
    });
  }

  static async open(o: ModelStoreOptions): Promise<ModelStore> {
    await mkdir(o.dir, { recursive: true });
    return new ModelStore(o, await RegistryFile.load(join(o.dir, 'registry.json'), o.log));
  }

  /** Why the registry on disk could not be used at open (moved aside), for the owner; else null. */
  get problem(): string | null {
    return this.#registry.problem;
  }

  async entries(host: ModelHostFacts | null): Promise<ModelEntry[]> {
    const catalog = await Promise.all(
      this.#catalog.map(async (m) => catalogEntry(m, await this.#catalogFacts(m), host)),
    );
    const imported = await Promise.all(
      this.#registry.get().imported.map(async (r) => {
        const s = await stat(r.path).catch(() => null);
        if (!s) return importedEntry(r, 'absent', `the file is gone from ${r.path}`, host);
        if (s.size !== r.sizeBytes || s.mtimeMs !== r.mtimeMs) {
          return importedEntry(r, 'corrupt', 'the file changed since it was imported; import it again', host);
        }
        return importedEntry(r, 'ready', null, host);
      }),
    );
    const discovered = (await this.discover()).found.map((d) => discoveredEntry(d, host));
    return [...catalog, ...imported, ...discovered, await demoEntry(this.#o.dir, this.#headers, host)];
  }

  /** LM Studio and Ollama files that pass the checks, less those the owner removed or imported. */
  async discover(): Promise<Discovery> {
    const roots = this.#o.discovery ?? { lmstudio: defaultLmStudioRoots(), ollama: defaultOllamaRoots() };
    const [a, b] = await Promise.all([
      discoverLmStudio(roots.lmstudio, this.#headers),
      discoverOllama(roots.ollama, this.#headers),
    ]);
    const { hidden, imported } = this.#registry.get();
    const skip = new Set([...hidden, ...imported.map((r) => r.path)]);
    return {
      found: [...a.found, ...b.found].filter((d) => !skip.has(d.id) && !skip.has(d.path)),
      skipped: [...a.skipped, ...b.skipped],
    };
  }

  downloads(): Array<DownloadProgressView & { id: string }> {
    return this.#downloads.all();
  }

  async download(id: string, options: { allowUnverified?: boolean } = {}): Promise<void> {
    const m = this.#catalogModel(id);
    if (!m)
      throw new ModelStoreError(
        'unknown-model',
        `${id} is not a catalog model (only catalog models download)`,
      );
    const facts = await this.#catalogFacts(m);
    if (facts.state === 'ready' && facts.problem === null) {
      this.#finished.set(id, Promise.resolve()); // already downloaded and verified: nothing to fetch
      return;
    }
    const pinned = this.#registry.get().verified[id]?.sha256 ?? null;
    const sha256 = m.sha256 ?? pinned;
    await this.#downloads.start({
      id,
      url: m.url,
      dest: join(this.#o.dir, m.file),
      sha256,
      allowUnverified: options.allowUnverified === true,
      expectedBytes: m.sizeExact ? m.sizeBytes : undefined,
      title: m.title,
    });
    const finished = this.#downloads.whenDone(id).then(async (r) => {
      const s = await stat(r.path);
      await this.#registry.update((reg) => ({
        ...reg,
        verified: { ...reg.verified, [id]: { sha256: r.sha256, sizeBytes: r.bytes, mtimeMs: s.mtimeMs } },
        corrupt: reg.corrupt.filter((c) => c !== id),
      }));
      if (sha256 === null)
        this.#o.log.info(`${m.title}: SHA-256 ${r.sha256} pinned after its first download`);
      this.#changed();
    });
    finished.catch(() => undefined); // the failure is shown in the download's progress; whenDownloaded rethrows
    this.#finished.set(id, finished);
  }

  async whenDownloaded(id: string): Promise<void> {
    const finished = this.#finished.get(id);
    if (!finished) throw new ModelStoreError('not-found', `no download of ${id} was started in this run`);
    await finished;
  }

  pause(id: string): void {
    this.#downloads.pause(id);
  }

  async cancel(id: string): Promise<void> {
    await this.#downloads.cancel(id);
    const m = this.#catalogModel(id);
    if (m) await DownloadManager.discardPartial(join(this.#o.dir, m.file));
    this.#changed();
  }

  async importFile(path: string, name?: string): Promise<{ id: string }> {
    const record = await importGguf(path, name);
    await this.#registry.update((r) => ({
      ...r,
      imported: [...r.imported.filter((x) => x.id !== record.id), record],
    }));
    this.#o.log.info(`imported ${record.title} as ${record.id} (served as ${record.servedName})`);
    this.#changed();
    return { id: record.id };
  }

  async remove(id: string): Promise<void> {
    const m = this.#catalogModel(id);
    if (m) {
      await this.cancel(id);
      await rm(join(this.#o.dir, m.file), { force: true });
      await this.#registry.update((r) => {
        const { [id]: _gone, ...verified } = r.verified;
        // An unpublished hash pinned by the first download stays pinned: the same file must come back.
        const keep = m.sha256 === null && _gone ? { [id]: _gone } : {};
        return { ...r, verified: { ...verified, ...keep }, corrupt: r.corrupt.filter((c) => c !== id) };
      });
    } else if (id === TINY_ID) {
      await rm(tinyPath(this.#o.dir), { force: true });
    } else if (this.#registry.get().imported.some((r) => r.id === id)) {
      await this.#registry.update((r) => ({ ...r, imported: r.imported.filter((x) => x.id !== id) }));
    } else if ((await this.discover()).found.some((d) => d.id === id)) {
      await this.#registry.update((r) => ({ ...r, hidden: [...r.hidden.filter((h) => h !== id), id] }));
    } else {
      throw new ModelStoreError('unknown-model', `no model ${id}`);
    }
    this.#changed();
  }

  async resolve(id: string): Promise<ResolvedModel> {
    if (id === TINY_ID) return resolveDemo(this.#o.dir, this.#headers);
    const m = this.#catalogModel(id);
    if (m) return resolveCatalog(m, await this.#catalogFacts(m), this.#registry, this.#o.dir);
    const imported = this.#registry.get().imported.find((r) => r.id === id);
    if (imported) return resolveImported(imported);
    const found = (await this.discover()).found.find((d) => d.id === id);
    if (!found) throw new ModelStoreError('unknown-model', `no model ${id}`);
    const { header } = await this.#headers.check(found.path);
    return {
      id,
      servedName: found.servedName,
      title: found.title,
      source: 'discovered',
      demo: false,
      path: found.path,
      sizeBytes: found.sizeBytes,
      sha256: found.sha256,
      architecture: header.architecture,
      shape: fitShapeOf(header),
    };
  }

  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async close(): Promise<void> {
    for (const d of this.#downloads.all()) this.#downloads.pause(d.id);
    await Promise.all([...this.#finished.values()].map((p) => p.catch(() => undefined)));
    this.#listeners.clear();
  }

  get #catalog(): readonly CatalogModel[] {
    return this.#o.catalog ?? modelCatalog;
  }

  #catalogModel(id: string): CatalogModel | undefined {
    return this.#catalog.find((m) => m.id === id);
  }

  #changed(): void {
    for (const l of this.#listeners) l();
  }

  #catalogFacts(m: CatalogModel): Promise<CatalogFileFacts> {
    return catalogFileFacts(m, this.#o.dir, this.#registry.get(), this.#downloads.progress(m.id));
  }
}
