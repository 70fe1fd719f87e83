import {
  appendFile,
  copyFile,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../logging/logger.js';
import { tinyPresets, writeTinyModel } from '../gguf/tiny-model.js';
import { modelCatalog, type CatalogModel } from './catalog.js';
import { sha256OfFile } from './import-file.js';
import { ModelStore, type ModelStoreOptions } from './model-store.js';

const root = await mkdtemp(join(tmpdir(), 'sw-model-store-'));
afterAll(() => rm(root, { recursive: true, force: true }));
const source = join(root, 'owner', 'my-model.gguf');
await mkdir(join(root, 'owner'), { recursive: true });
const sha = await writeTinyModel(source, tinyPresets.tiny);
const bytes = await readFile(source);
const GiB = 2 ** 30;
const host = {
  gpu: false,
  gpuName: null,
  vramFreeBytes: null,
  vramShare: 0.85,
  ramFreeBytes: 8 * GiB,
  sequences: 1,
};

let n = 0;
const open = (o: Partial<ModelStoreOptions> & { dir?: string } = {}) =>
  ModelStore.open({
    dir: o.dir ?? join(root, `store-${++n}`),
    log: silentLogger,
    discovery: { lmstudio: [], ollama: [] },
    ...o,
  });

describe('model store', () => {
  it('lists the catalog as absent with fits, and the demo model as ready; refuses to resolve what is absent', async () => {
    const store = await open();
    const entries = await store.entries(host);
    expect(entries.filter((e) => e.source === 'catalog').map((e) => e.id)).toEqual(
      modelCatalog.map((m) => m.id),
    );
    expect(entries.every((e) => e.source !== 'catalog' || (e.state === 'absent' && e.fit !== null))).toBe(
      true,
    );
    expect(entries.find((e) => e.id === 'qwen3-0.6b-q8_0')?.fit).toMatchObject({
      fits: true,
      gpuLayers: 0,
      totalLayers: 28,
    });
    expect(entries.find((e) => e.id === 'tiny')).toMatchObject({
      source: 'tiny',
      demo: true,
      state: 'ready',
    });
    expect((await store.entries(null)).every((e) => e.fit === null)).toBe(true);
    await expect(store.resolve('qwen3-8b-q4_k_m')).rejects.toMatchObject({
      code: 'not-ready',
      message: /not downloaded yet/,
    });
    await expect(store.resolve('nope')).rejects.toMatchObject({ code: 'unknown-model' });
    const tiny = await store.resolve('tiny');
    expect(tiny).toMatchObject({ servedName: 'silkworm-tiny', demo: true, shape: { layers: 2 } });
    expect(tiny.sha256).toBe(await sha256OfFile(tiny.path));
    expect((await stat(tiny.path)).size).toBe(tiny.sizeBytes);
    await store.close();
  });

  it('imports a GGUF by reference, keeps it across a restart, and notices when the file changes', async () => {
    const dir = join(root, 'import');
    const store = await open({ dir });
    const { id } = await store.importFile(source, 'owner/my-model');
    expect(id).toBe(`imported-${sha.slice(0, 12)}`);
    await store.close();
    const again = await open({ dir });
    expect(again.problem).toBeNull();
    const entry = (await again.entries(host)).find((e) => e.id === id);
    expect(entry).toMatchObject({
      source: 'imported',
      state: 'ready',
      servedName: 'owner/my-model',
      sha256: sha,
      path: source,
    });
    expect(await again.resolve(id)).toMatchObject({
      path: source,
      sha256: sha,
      shape: { layers: 2, sizeBytes: bytes.length },
    });
    const copy = join(root, 'owner', 'copy.gguf');
    await copyFile(source, copy);
    await appendFile(copy, Buffer.alloc(1));
    const second = await again.importFile(copy);
    expect((await again.entries(host)).find((e) => e.id === second.id)?.servedName).toBe('silkworm-tiny');
    await appendFile(copy, Buffer.alloc(1));
    expect((await again.entries(host)).find((e) => e.id === second.id)?.state).toBe('corrupt');
    await expect(again.resolve(second.id)).rejects.toMatchObject({
      code: 'not-ready',
      message: /changed since/,
    });
    await again.remove(id);
    expect((await again.entries(host)).some((e) => e.id === id)).toBe(false);
    expect((await stat(source)).size).toBe(bytes.length); // the owner's file stays
  });

  it('refuses to import what is not a whole, servable GGUF', async () => {
    const store = await open();
    const junk = join(root, 'owner', 'junk.gguf');
    await writeFile(junk, 'not a model');
    await expect(store.importFile(junk)).rejects.toMatchObject({ code: 'not-gguf' });
    await writeFile(junk, bytes.subarray(0, bytes.length - 10));
    await expect(store.importFile(junk)).rejects.toMatchObject({ code: 'truncated' });
    await expect(store.importFile(join(root, 'missing.gguf'))).rejects.toMatchObject({ code: 'not-found' });
  });

  it('moves a damaged registry aside, says so, and keeps working', async () => {
    const dir = join(root, 'damaged');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'registry.json'), '{"version":1,"imported":[{"id":');
    const store = await open({ dir });
    expect(store.problem).toMatch(/could not be read.*moved to/);
    expect((await readdir(dir)).some((f) => f.startsWith('registry.json.damaged-'))).toBe(true);
    await store.importFile(source);
    expect((await open({ dir })).problem).toBeNull();
  });

  it('offers discovered files in place and forgets them on remove without touching them', async () => {
    const lm = join(root, 'lmstudio');
    const file = join(lm, 'pub', 'Thing-GGUF', 'thing.gguf');
    await mkdir(join(file, '..'), { recursive: true });
    await copyFile(source, file);
    const store = await open({ discovery: { lmstudio: [lm], ollama: [] } });
    const found = (await store.entries(host)).find((e) => e.source === 'discovered');
    expect(found).toMatchObject({ state: 'ready', path: file, servedName: 'pub/Thing' });
    expect(await store.resolve(found?.id ?? '')).toMatchObject({ path: file, source: 'discovered' });
    await store.remove(found?.id ?? '');
    expect((await store.entries(host)).some((e) => e.source === 'discovered')).toBe(false);
    expect((await stat(file)).size).toBe(bytes.length);
  });

  it('downloads a catalog file with no published hash only when allowed, then pins its hash', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-length': bytes.length });
      res.end(bytes);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/m.gguf`;
      const base = modelCatalog[0] as CatalogModel;
      const m: CatalogModel = {
        ...base,
        id: 'test-model',
        file: 'test.gguf',
        url,
        sha256: null,
        sizeExact: false,
        sizeBytes: bytes.length,
      };
      const store = await open({ catalog: [m], freeDiskBytes: () => Promise.resolve(100 * GiB) });
      await expect(store.download('test-model')).rejects.toMatchObject({ code: 'no-checksum' });
      await store.download('test-model', { allowUnverified: true });
      await store.whenDownloaded('test-model');
      const entry = (await store.entries(host)).find((e) => e.id === 'test-model');
      expect(entry).toMatchObject({ state: 'ready', sha256: sha, note: 'SHA-256 pinned on first download' });
      const resolved = await store.resolve('test-model');
      expect(await sha256OfFile(resolved.path)).toBe(sha);
      const before = await stat(resolved.path);
      await store.download('test-model'); // already there and verified: nothing is fetched again
      await store.whenDownloaded('test-model');
      expect((await stat(resolved.path)).mtimeMs).toBe(before.mtimeMs);
      await store.remove('test-model');
      await expect(stat(resolved.path)).rejects.toThrow();
      expect((await store.entries(host)).find((e) => e.id === 'test-model')).toMatchObject({
        state: 'absent',
        sha256: sha,
      });
      await store.close();
    } finally {
      server.close();
    }
  });
});
