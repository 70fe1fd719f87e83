import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertFreeDisk, diskMargin, formatBytes, freeDiskBytes } from './disk-space.js';
import { ModelStoreError } from './model-store-types.js';

const GiB = 2 ** 30;

describe('free disk', () => {
  it('measures the file system of a folder that does not exist yet through its nearest parent', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sw-disk-'));
    try {
      const here = await freeDiskBytes(dir);
      expect(here).toBeGreaterThan(0);
      const later = await freeDiskBytes(join(dir, 'models', 'not', 'yet'));
      // Same file system; other tests may write meanwhile, so allow some drift.
      expect(Math.abs(later - here)).toBeLessThan(GiB);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('needs the rest of the file plus a margin, and says so in GiB with the folder', () => {
    const base = { title: 'Qwen3 8B', dir: '/data/models', totalBytes: 4.6 * GiB };
    expect(() => assertFreeDisk({ ...base, receivedBytes: 0, freeBytes: 1.2 * GiB })).toThrow(
      new ModelStoreError(
        'no-space',
        'not enough free disk for Qwen3 8B: needs 4.7 GiB, 1.2 GiB free in /data/models',
      ),
    );
    const rest = 4.6 * GiB - 4 * GiB;
    expect(() =>
      assertFreeDisk({ ...base, receivedBytes: 4 * GiB, freeBytes: rest + diskMargin(rest) }),
    ).not.toThrow();
    expect(() =>
      assertFreeDisk({ ...base, receivedBytes: 4 * GiB, freeBytes: rest + diskMargin(rest) - 1 }),
    ).toThrow(ModelStoreError);
  });

  it('formats sizes the way the messages show them', () => {
    expect(formatBytes(5 * GiB)).toBe('5.0 GiB');
    expect(formatBytes(68.5 * 2 ** 20)).toBe('68.5 MiB');
    expect(formatBytes(3000)).toBe('3 KiB');
  });
});
