// A TON endpoint that does not answer is a state, not a crash: the node starts, says the root is
// unreachable, serves nothing, and retries on its backoff; once the endpoint answers, the root is read,
// the proxy it lists is verified and joined, and requests are served — no restart.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { silentLogger } from '../../src/logging/logger.js';
import { createNode, type SilkwormNode } from '../../src/node/node.js';
import { JsonFileBackend } from '../../src/settings/settings-backend.js';
import { defaultSettings, type StateSnapshot } from '../../src/api/index.js';
import { startLocalNetwork, type LocalNetwork } from '../../src/devnet/network/local-network.js';
import type { NetworkTarget } from '../../src/discovery/network-target.js';
import { waitFor } from '../support/wait-for.js';

let dir: string;
let node: SilkwormNode | null = null;
let net: LocalNetwork | null = null;

afterAll(async () => {
  await node?.stop();
  await net?.close();
  await rm(dir, { recursive: true, force: true, maxRetries: 5 });
});

const state = async (): Promise<StateSnapshot> => {
  const r = await node!.dispatch('state:get', {});
  if (!r.ok) throw new Error(r.error.message);
  return r.value as StateSnapshot;
};

describe('an unreachable TON endpoint', () => {
  it('is shown and retried, and the network is joined once it answers', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'sw-unreach-'));
    const netDir = path.join(dir, 'network');
    // Learn the local network's endpoint and root (its ports and chain persist in netDir), then stop it.
    const first = await startLocalNetwork({ dir: netDir, log: silentLogger, powDifficulty: 8 });
    const { ton_endpoint, root_address } = first.info;
    await first.close();

    const base = defaultSettings();
    await writeFile(
      path.join(dir, 'settings.json'),
      JSON.stringify({
        ...base,
        availability: { ...base.availability, pauseForGames: false, gpuBusyThresholdMb: null },
        network: { ...base.network, mode: 'remote', tonEndpoint: ton_endpoint, rootAddress: root_address },
        model: { ...base.model, selected: 'tiny' },
      }),
    );
    const target: NetworkTarget = {
      label: 'test network',
      kind: 'testnet',
      endpoints: [ton_endpoint],
      apiKey: null,
      rootAddress: root_address,
      manualProxies: [],
      demoModel: true,
    };
    const started = Date.now();
    node = await createNode({
      version: 'test',
      dataDir: dir,
      resolveNetwork: () => Promise.resolve({ target, close: () => Promise.resolve() }),
      settingsBackend: new JsonFileBackend(path.join(dir, 'settings.json')),
      detectHardware: () => Promise.reject(new Error('not needed')),
    });
    await node.start();
    const down = await state();
    expect(down.network.root.status).toBe('unreachable');
    expect(down.network.root.detail).toMatch(/unreachable/);
    expect(down.network.proxies).toEqual([]);
    expect(Date.now() - started).toBeLessThan(60_000); // the first read is bounded; start-up goes on

    net = await startLocalNetwork({ dir: netDir, log: silentLogger, powDifficulty: 8 });
    expect(net.info.ton_endpoint).toBe(ton_endpoint); // same port from the network's ports file
    const up = await waitFor(
      async () => {
        const s = await state();
        return s.network.root.status === 'ok' && s.network.proxies.some((p) => p.status === 'ready')
          ? s
          : null;
      },
      { timeoutMs: 90_000, what: 'the root to be read and the proxy joined after the endpoint came back' },
    );
    expect(up.network.proxies[0]).toMatchObject({ tier: 'home', verified: true });
    const res = await fetch(`${net.info.client_url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        model: 'silkworm-tiny',
        messages: [{ role: 'user', content: 'back' }],
        max_tokens: 8,
      }),
    });
    expect(res.status).toBe(200);
  }, 180_000);
});
