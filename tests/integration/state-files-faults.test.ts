// The quick fault suite: a real daemon that earned, linked the devnet wallet and claimed is restarted on
// a data folder with one money file garbled at a time; each start must succeed, name the file in a
// notice and show the same money (claimed + pending). `npm run --silent perf -- faults` runs every file
// with every kind of damage. The harness is the built perf project (dist/perf), as the daemon is dist/.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../support/daemon.js';

type FaultsPerf = (o: { files: string[]; damages: string[] }) => Promise<Record<string, unknown>>;

describe('damaged state files', () => {
  it('start the daemon, are reported, and lose no money', async () => {
    const mod = (await import(pathToFileURL(path.join(repoRoot, 'dist', 'perf', 'faults.js')).href)) as {
      faultsPerf: FaultsPerf;
    };
    const r = await mod.faultsPerf({
      files: ['earnings/payments.json', 'claims.json', 'secrets.json', 'devnet/chain.json'],
      damages: ['garbage'],
    });
    expect(r.failed).toBeNull();
    expect(r).toMatchObject({ files: 4, runs: 4, start_ok: 4, recovered: 4, data_lost_nano: '0' });
  }, 600_000);
});
