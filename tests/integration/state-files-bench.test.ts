// A damaged bench.json: moved aside, the owner told by a notice naming the file, and the node starts.
import { networkResolver } from '../../src/launch/resolve-network.js';
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createNode, type SilkwormNode } from '../../src/node/node.js';
import { JsonFileBackend } from '../../src/settings/settings-backend.js';
import { defaultSettings } from '../../src/api/index.js';

let dir: string;
let node: SilkwormNode | null = null;

afterAll(async () => {
  await node?.stop();
  await rm(dir, { recursive: true, force: true, maxRetries: 5 });
});

describe('a damaged saved benchmark', () => {
  it('is moved aside with a notice naming it, and the node starts', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'sw-bench-damage-'));
    const base = defaultSettings();
    await writeFile(
      path.join(dir, 'settings.json'),
      JSON.stringify({ ...base, autoStart: false, network: { ...base.network, devnetRequestsPerMinute: 0 } }),
    );
    await writeFile(path.join(dir, 'bench.json'), '{"version": 1, "pp": garbage');
    node = await createNode({
      version: 'test',
      dataDir: dir,
      resolveNetwork: networkResolver({ dataDir: dir }),
      settingsBackend: new JsonFileBackend(path.join(dir, 'settings.json')),
      detectHardware: () => Promise.reject(new Error('not needed')),
    });
    await node.start();
    const notice = node.state.get().notices.find((n) => n.message.includes('bench.json'));
    expect(notice?.level).toBe('warning');
    expect(notice?.message).toMatch(/benchmark again/);
    const files = await readdir(dir);
    expect(files).not.toContain('bench.json');
    expect(files.some((f) => f.startsWith('bench.json.'))).toBe(true);
  }, 60_000);
});
