import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partPath, readSidecar, removePartial, sidecarPath, writeSidecar } from './download-sidecar.js';

describe('download sidecar', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sw-sidecar-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const facts = {
    url: 'https://huggingface.co/x/resolve/abc/m.gguf',
    etag: '"e1"',
    lastModified: null,
    totalBytes: 42,
    sha256: 'ab',
  };

  it('round-trips beside the partial file', async () => {
    const dest = join(dir, 'm.gguf');
    expect(await readSidecar(dest)).toBeNull();
    await writeSidecar(dest, facts);
    expect(sidecarPath(dest)).toBe(`${dest}.part.json`);
    expect(await readSidecar(dest)).toEqual({ version: 1, ...facts });
  });

  it('treats a corrupt or foreign sidecar as absent (the download then starts over)', async () => {
    const dest = join(dir, 'bad.gguf');
    await writeFile(sidecarPath(dest), '{"version":1,"url":');
    expect(await readSidecar(dest)).toBeNull();
    await writeFile(sidecarPath(dest), JSON.stringify({ ...facts, version: 2 }));
    expect(await readSidecar(dest)).toBeNull();
  });

  it('removePartial deletes the partial file and its sidecar', async () => {
    const dest = join(dir, 'gone.gguf');
    await writeFile(partPath(dest), 'abc');
    await writeSidecar(dest, facts);
    await removePartial(dest);
    expect(existsSync(partPath(dest))).toBe(false);
    expect(existsSync(sidecarPath(dest))).toBe(false);
    await removePartial(dest); // nothing left: no error
  });
});
