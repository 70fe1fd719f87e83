import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../logging/logger.js';
import type { WorkerView } from '../proxy/worker-views.js';
import { ClientEndpoint } from './client-server.js';

const worker = (model: string, tier: WorkerView['tier']): WorkerView => ({
  id: 1,
  owner: '0:' + '11'.repeat(32),
  model,
  ready: true,
  enabled: true,
  running: 0,
  cap: 1,
  coefficient: 1000,
  attestation: tier === 'home' ? 'home' : 'none',
  reputation: null,
  protoVersion: 4,
  tier,
  attested: tier === 'home',
  trust: tier,
});

let endpoint: ClientEndpoint | null = null;
afterEach(async () => {
  await endpoint?.stop();
  endpoint = null;
});

async function models(workers: WorkerView[]): Promise<Array<{ id: string; trust: { tier: string } }>> {
  endpoint = await ClientEndpoint.start({
    log: silentLogger,
    proxy: {
      request: () => Promise.reject(new Error('not used')),
      models: () => [...new Set(workers.map((w) => w.model?.split('@')[0] ?? ''))].sort(),
      workers: () => workers,
    },
  });
  const res = await fetch(`${endpoint.url}/v1/models`);
  return ((await res.json()) as { data: Array<{ id: string; trust: { tier: string } }> }).data;
}

describe('the trust label a client sees', () => {
  it('says cocoon-test (unattested) for a model only Cocoon test workers serve, home otherwise', async () => {
    const list = await models([
      worker('Qwen/Qwen3-0.6B@q8', 'cocoon-test'),
      worker('silkworm-tiny', 'home'),
      worker('mixed', 'home'),
      worker('mixed', 'cocoon-test'),
    ]);
    const tier = (id: string): string | undefined => list.find((m) => m.id === id)?.trust.tier;
    expect(tier('Qwen/Qwen3-0.6B')).toBe('cocoon-test');
    expect(tier('silkworm-tiny')).toBe('home');
    expect(tier('mixed')).toBe('home');
  });
});
