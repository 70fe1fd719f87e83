// The speed probe of the first-run proposal: one ranged GET through the hub's redirect, bounded by size
// and by time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeDownloadSpeed } from '../../src/engine/models/speed-probe.js';
import { HfServer, seededBytes } from '../support/hf-server.js';
import { MiB } from './engine-download-helpers.js';

describe('download speed probe', () => {
  let hf: HfServer;
  let url: string;

  beforeAll(async () => {
    hf = await HfServer.start();
    url = hf.put('org/repo', 'probe.gguf', seededBytes(8 * MiB, 3)).url;
  });
  afterAll(async () => {
    await hf.close();
  });

  it('measures with one ranged request that follows the redirect', async () => {
    hf.requests.length = 0;
    const bps = await probeDownloadSpeed(url, { bytes: MiB });
    expect(bps).toBeGreaterThan(0);
    expect(hf.requests.map((r) => [r.host, r.range, r.status])).toEqual([
      ['hub', `bytes=0-${MiB - 1}`, 302],
      ['cdn', `bytes=0-${MiB - 1}`, 206],
    ]);
  });

  it('reads no more than asked from a server that ignores Range', async () => {
    hf.behaviour = { ignoreRange: true, chunkBytes: 64 * 1024, chunkDelayMs: 20 };
    const t0 = Date.now();
    expect(await probeDownloadSpeed(url, { bytes: 256 * 1024 })).toBeGreaterThan(0);
    // 8 MiB at this pace would take ~2.6 s; the probe stops after its 256 KiB.
    expect(Date.now() - t0).toBeLessThan(2000);
    hf.behaviour = {};
  });

  it('stops at the timeout and reports what it measured by then', async () => {
    hf.behaviour = { chunkBytes: 16 * 1024, chunkDelayMs: 50 };
    const t0 = Date.now();
    expect(await probeDownloadSpeed(url, { bytes: 4 * MiB, timeoutMs: 400 })).toBeGreaterThan(0);
    expect(Date.now() - t0).toBeLessThan(3000);
    hf.behaviour = {};
  });

  it('fails with a code for a missing file and for a cancelled probe', async () => {
    await expect(probeDownloadSpeed(`${hf.hubUrl}/org/repo/resolve/main/none.gguf`)).rejects.toMatchObject({
      code: 'http-status',
    });
    await expect(probeDownloadSpeed(url, { signal: AbortSignal.abort() })).rejects.toMatchObject({
      code: 'aborted',
    });
  });
});
