import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildTinyModel, tinyPresets } from '../../engine/gguf/tiny-model.js';
import { modelCommand } from './model.js';

describe('silkworm model', () => {
  const dir = mkdtemp(join(tmpdir(), 'sw-cli-model-'));
  afterAll(async () => rm(await dir, { recursive: true, force: true }));

  it('make-tiny writes the deterministic model and prints its path and sha256 as one JSON line', async () => {
    const out = join(await dir, 't.gguf');
    const writes: string[] = [];
    const spy = vi
      .spyOn(process.stdout, 'write')
      .mockImplementation((chunk) => (writes.push(String(chunk)), true));
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await modelCommand(['make-tiny', '--out', out])).toBe(0);
    } finally {
      spy.mockRestore();
      err.mockRestore();
    }
    const expected = createHash('sha256');
    for (const c of buildTinyModel(tinyPresets.tiny)) expected.update(c);
    const sha = expected.digest('hex');
    expect(JSON.parse(writes.join(''))).toEqual({ path: out, preset: 'tiny', sha256: sha });
    expect(
      createHash('sha256')
        .update(await readFile(out))
        .digest('hex'),
    ).toBe(sha);
  });

  it('plans a fit and exits 1 when the model does not fit', async () => {
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await modelCommand(['plan', 'qwen3-0.6b-q8_0', '--vram-gib', '8', '--ram-gib', '8'])).toBe(0);
      expect(await modelCommand(['plan', 'qwen3-8b-q4_k_m', '--vram-gib', '0.5', '--ram-gib', '1'])).toBe(1);
      await expect(modelCommand(['plan', 'nope'])).rejects.toThrow(/unknown model/);
    } finally {
      spy.mockRestore();
      err.mockRestore();
    }
  });
});

describe('silkworm model download progress', () => {
  it('shows bytes, percentage, speed and ETA, and says when the size or speed is unknown', async () => {
    const { progressLine } = await import('./model-progress.js');
    const MiB = 2 ** 20;
    const base = { paused: false, error: null, errorCode: null };
    expect(
      progressLine('m', {
        ...base,
        receivedBytes: 256 * MiB,
        totalBytes: 1024 * MiB,
        bytesPerSecond: 16 * MiB,
        etaSeconds: 48,
      }),
    ).toBe('m [######..................]  25% 256.0 MiB / 1.00 GiB 16.0 MiB/s ETA 48s');
    expect(
      progressLine('m', {
        ...base,
        receivedBytes: MiB,
        totalBytes: null,
        bytesPerSecond: 0,
        etaSeconds: null,
        paused: true,
      }),
    ).toMatch(/\?\?\?.* {2}\?% 1\.0 MiB paused ETA --$/);
    expect(
      progressLine('m', { ...base, receivedBytes: 0, totalBytes: 10, bytesPerSecond: 1, etaSeconds: 3725 }),
    ).toMatch(/ETA 1h02m$/);
  });
});
