import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tinyPresets, writeTinyModel } from '../gguf/tiny-model.js';
import { discoverLmStudio, lmStudioId } from './discover-lmstudio.js';
import { discoverOllama } from './discover-ollama.js';
import { HeaderCache } from './header-cache.js';

const dir = await mkdtemp(join(tmpdir(), 'sw-discover-'));
afterAll(() => rm(dir, { recursive: true, force: true }));
const model = join(dir, 'tiny.gguf');
await writeTinyModel(model, tinyPresets.tiny);
const bytes = await readFile(model);

async function put(path: string, data: Buffer | string): Promise<string> {
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, data);
  return path;
}

describe('LM Studio discovery', () => {
  it('offers valid GGUF files by reference and skips truncated, foreign, projector and split files', async () => {
    const root = join(dir, 'lmstudio');
    const good = await put(join(root, 'lmstudio-community', 'Qwen3-8B-GGUF', 'Qwen3-8B-Q4_K_M.gguf'), bytes);
    const other = await put(join(root, 'someone', 'Tiny-GGUF', 'tiny-f32.gguf'), bytes);
    await put(join(root, 'someone', 'Tiny-GGUF', 'cut.gguf'), bytes.subarray(0, bytes.length >> 1));
    await put(join(root, 'someone', 'Tiny-GGUF', 'notes.gguf'), 'hello, not a model');
    await put(join(root, 'someone', 'Tiny-GGUF', 'mmproj-f16.gguf'), bytes);
    await put(join(root, 'someone', 'Big-GGUF', 'big-00001-of-00002.gguf'), bytes);
    await put(join(root, 'someone', 'Tiny-GGUF', 'README.md'), 'not scanned');
    const found = await discoverLmStudio([root, join(dir, 'no-such-root')], new HeaderCache());
    const byPath = new Map(found.found.map((f) => [f.path, f]));
    expect([...byPath.keys()].sort()).toEqual([good, other].sort());
    expect(byPath.get(good)).toMatchObject({
      id: lmStudioId(good),
      origin: 'lmstudio',
      servedName: 'Qwen/Qwen3-8B', // a catalog file keeps its network name
      sizeBytes: bytes.length,
      header: { architecture: 'llama' },
    });
    expect(byPath.get(other)?.servedName).toBe('someone/Tiny');
    const reasons = Object.fromEntries(
      found.skipped.map((s) => [s.path.split('/').pop() ?? '', s.code] as const),
    );
    expect(reasons).toEqual({
      'cut.gguf': 'truncated',
      'notes.gguf': 'not-gguf',
      'mmproj-f16.gguf': 'unsupported',
      'big-00001-of-00002.gguf': 'unsupported',
    });
  });
});

describe('Ollama discovery', () => {
  const root = join(dir, 'ollama');
  const blob = async (data: Buffer | string): Promise<{ digest: string; size: number }> => {
    const hex = createHash('sha256').update(data).digest('hex');
    await put(join(root, 'blobs', `sha256-${hex}`), data);
    return { digest: `sha256:${hex}`, size: Buffer.byteLength(data) };
  };
  const manifest = async (path: string[], layer: { digest: string; size: number }): Promise<void> => {
    const layers = [
      { mediaType: 'application/vnd.ollama.image.template', digest: `sha256:${'1'.repeat(64)}`, size: 10 },
      { mediaType: 'application/vnd.ollama.image.model', ...layer },
    ];
    await put(join(root, 'manifests', ...path), JSON.stringify({ schemaVersion: 2, layers }));
  };

  it('follows manifests to model blobs and skips missing, truncated and non-GGUF blobs', async () => {
    const good = await blob(bytes);
    await manifest(['registry.ollama.ai', 'library', 'tiny', 'latest'], good);
    await manifest(['registry.ollama.ai', 'alice', 'tiny', 'q8'], good);
    await manifest(['registry.ollama.ai', 'library', 'gone', '1b'], {
      digest: `sha256:${'a'.repeat(64)}`,
      size: 5,
    });
    await manifest(['registry.ollama.ai', 'library', 'text', 'v1'], await blob('plain text, not gguf'));
    const cut = await blob(bytes.subarray(0, 4096));
    await manifest(['registry.ollama.ai', 'library', 'cut', 'v1'], cut);
    await put(join(root, 'manifests', 'registry.ollama.ai', 'library', 'junk', 'v1'), '{not json');
    const found = await discoverOllama([root], new HeaderCache());
    expect(found.found.map((f) => [f.id, f.servedName]).sort()).toEqual([
      ['ollama-alice-tiny-q8', 'alice/tiny:q8'],
      ['ollama-tiny-latest', 'tiny:latest'],
    ]);
    expect(found.found[0]?.sha256).toBe(good.digest.slice(7));
    expect(found.found[0]?.path).toBe(join(root, 'blobs', `sha256-${good.digest.slice(7)}`));
    const reasons = Object.fromEntries(
      found.skipped.map((s) => [s.path.split('/').slice(-2).join(':'), s.code]),
    );
    expect(reasons).toEqual({
      'gone:1b': 'not-found',
      'text:v1': 'not-gguf',
      'cut:v1': 'truncated',
      'junk:v1': 'unreadable',
    });
    expect(found.skipped.find((s) => s.path.includes('gone'))?.reason).toMatch(/missing blob/);
  });
});
