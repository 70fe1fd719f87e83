import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../logging/logger.js';
import { FileSecretStore } from '../attestation/secret-store.js';
import { EarningsLedger } from '../earnings/ledger.js';
import type { SandboxHost } from '../engine/sandbox/host.js';
import type { WorkerNetwork } from '../net/worker-network.js';
import { UNIT_MULTIPLIERS } from '../net/token-counter.js';
import { attachWorkerNetwork } from './attach-network.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

describe('attachWorkerNetwork', () => {
  it('builds one session per proxy (root-listed or manual), follows a new list, hands the network to the runtime and passes a model switch on', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'sw-attach-'));
    dirs.push(dir);
    const ledger = await EarningsLedger.open({ dir: path.join(dir, 'earnings'), log: silentLogger });
    let attached: WorkerNetwork | null = null;
    let modelChanged: (() => void) | null = null;
    let told = 0;
    // Never started: nothing here dials, so the engine is only a handle the sessions keep.
    const engine = { info: undefined } as unknown as SandboxHost;
    const attachedNet = await attachWorkerNetwork({
      proxies: [
        { address: '127.0.0.1:1', listed: true },
        { address: '127.0.0.1:2', listed: false },
      ],
      rootCheck: () => () => ({ ok: false, reason: 'not listed' }),
      secrets: new FileSecretStore({ path: path.join(dir, 'secrets.json') }),
      runtime: {
        engine,
        modelName: 'tiny',
        attachNetwork: (n, onModelChange) => {
          attached = n;
          modelChanged = onModelChange;
        },
      },
      owner: () => 'owner',
      isTest: true,
      maxActiveRequests: 2,
      coefficient: 1000,
      ledger,
      multipliers: () => UNIT_MULTIPLIERS,
      feePerToken: () => 1n,
      log: silentLogger,
      onModelChange: () => told++,
    });
    const { network } = attachedNet;
    expect(attached).toBe(network);
    expect(network.views().map((v) => [v.address, v.status, v.tier, v.verified])).toEqual([
      ['127.0.0.1:1', 'down', 'home', false],
      ['127.0.0.1:2', 'down', 'manual', false],
    ]);
    await attachedNet.setProxies([{ address: '127.0.0.1:2', listed: false }]);
    expect(network.views().map((v) => v.address)).toEqual(['127.0.0.1:2']);
    expect(network.activeRequests).toBe(0);
    (modelChanged as (() => void) | null)?.();
    expect(told).toBe(1);
    await ledger.close();
  });
});
