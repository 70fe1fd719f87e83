// `silkworm model list|import|use|rm` as a user runs them: the compiled CLI in its own process, on a data
// folder with no daemon, then against a running daemon on its folder (through its `models:*` commands).
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { modelListSchema } from '../../src/api/models.js';
import { tinyPresets, writeTinyModel } from '../../src/engine/gguf/tiny-model.js';
import { modelCatalog } from '../../src/engine/models/catalog.js';
import { apiCall, repoRoot, startDaemonProcess } from '../support/daemon.js';
import { stateSnapshotSchema } from '../../src/api/state.js';

const run = promisify(execFile);
const root = await mkdtemp(join(tmpdir(), 'sw-model-cli-'));
afterAll(() => rm(root, { recursive: true, force: true }));
const gguf = join(root, 'owner-model.gguf');
const sha = await writeTinyModel(gguf, tinyPresets.tiny);

async function cli(
  dataDir: string,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(
      process.execPath,
      [join(repoRoot, 'bin', 'silkworm.js'), 'model', ...args, '--data-dir', dataDir],
      { timeout: 60_000 },
    );
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const one = (stdout: string): unknown => {
  const lines = stdout.trim().split('\n');
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0] ?? '');
};

describe('silkworm model, without a daemon', () => {
  const dataDir = join(root, 'data');

  it('lists the catalog with fits for this machine and the demo model, nothing chosen', async () => {
    const r = await cli(dataDir, 'list', '--json');
    expect(r.code).toBe(0);
    const list = modelListSchema.parse(one(r.stdout));
    expect(list.selected).toBeNull();
    const catalog = list.models.filter((m) => m.source === 'catalog');
    expect(catalog.map((m) => m.id)).toEqual(modelCatalog.map((m) => m.id));
    for (const m of catalog) {
      expect(m.state).toBe('absent');
      expect(m.fit?.totalLayers).toBeGreaterThan(0);
      expect(m.url).toMatch(/^https:\/\/huggingface\.co\//);
    }
    expect(catalog.map((m) => m.servedName)).toEqual(
      expect.arrayContaining(['Qwen/Qwen3-32B', 'Qwen/Qwen3-8B', 'ByteDance-Seed/Seed-X-PPO-7B']),
    );
    expect(list.models.find((m) => m.id === 'tiny')).toMatchObject({ demo: true, state: 'ready' });
  });

  it('imports a GGUF under a served name, uses it (saved in settings), and refuses what is not ready', async () => {
    const imported = await cli(dataDir, 'import', gguf, '--name', 'owner/served', '--json');
    expect(imported.code).toBe(0);
    const { id } = one(imported.stdout) as { id: string };
    expect(id).toBe(`imported-${sha.slice(0, 12)}`);
    expect(one((await cli(dataDir, 'use', id, '--json')).stdout)).toEqual({ selected: id });
    const settings = JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8')) as {
      model: { selected: string };
    };
    expect(settings.model.selected).toBe(id);
    const list = modelListSchema.parse(one((await cli(dataDir, 'list', '--json')).stdout));
    expect(list.selected).toBe(id);
    expect(list.models.find((m) => m.id === id)).toMatchObject({
      source: 'imported',
      servedName: 'owner/served',
      state: 'ready',
      sha256: sha,
      path: gguf,
    });

    const absent = await cli(dataDir, 'use', 'qwen3-8b-q4_k_m');
    expect(absent.code).not.toBe(0);
    expect(absent.stderr).toMatch(/not downloaded yet/);
    const busy = await cli(dataDir, 'rm', id);
    expect(busy.code).not.toBe(0);
    expect(busy.stderr).toMatch(/chosen model/);
    const junk = await cli(dataDir, 'import', join(root, 'nothing-here.gguf'));
    expect(junk.code).not.toBe(0);

    expect((await cli(dataDir, 'use', 'tiny')).code).toBe(0);
    expect(one((await cli(dataDir, 'rm', id, '--json')).stdout)).toEqual({ removed: id });
    expect((await stat(gguf)).isFile()).toBe(true); // the owner's file stays where it was
  });
});

describe('silkworm model, with a daemon on the data folder', () => {
  it('goes through the daemon: import, list and use', async () => {
    const daemon = await startDaemonProcess();
    try {
      const imported = await cli(daemon.dataDir, 'import', gguf, '--name', 'owner/daemon', '--json');
      expect(imported.stderr).toBe('');
      const { id } = one(imported.stdout) as { id: string };
      const list = modelListSchema.parse(one((await cli(daemon.dataDir, 'list', '--json')).stdout));
      expect(list.models.find((m) => m.id === id)).toMatchObject({
        servedName: 'owner/daemon',
        state: 'ready',
      });
      expect((await cli(daemon.dataDir, 'use', id, '--json')).code).toBe(0);
      const after = modelListSchema.parse(one((await cli(daemon.dataDir, 'list', '--json')).stdout));
      expect(after.selected).toBe(id);
      // The daemon itself switched: its state serves the imported model under its name.
      const state = stateSnapshotSchema.parse(await apiCall(daemon, 'state:get'));
      expect(state.model).toMatchObject({ id, name: 'owner/daemon', source: 'imported', demo: false });
    } finally {
      await daemon.stop();
    }
  }, 120_000);
});
