// Verification wired into the local network (docs/verification.md): with the option on, the network
// generates the demo model itself and keeps a reference for it; a real worker of that model (the sandboxed
// engine, over the network's proxy) is sent corpus evaluation traffic at random times and promoted to the
// paid lane by checks; any other model has no reference; the client endpoint labels the model as checked.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalNetwork, type LocalNetwork } from '../../src/devnet/network/local-network.js';
import { ensureTinyModel } from '../../src/engine/gguf/tiny-model.js';
import { sampleMeasurements } from '../support/sample-measurements.js';
import { capturingLogger, MODEL, startWorker, waitFor } from './devnet-proxy-helpers.js';
import { engineWorker } from './verify-helpers.js';

const { log } = capturingLogger('verify-net');
const closers: Array<() => Promise<void>> = [];
let net: LocalNetwork;
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sw-verify-net-'));
  net = await startLocalNetwork({
    dir: null,
    log,
    powDifficulty: 6,
    verification: { evaluationMeanMs: 200, rules: { promoteAfter: 3, promoteMaxFailures: 0 } },
  });
  closers.push(() => net.close());
}, 120_000);

afterAll(async () => {
  for (const c of closers.splice(0).reverse()) await c();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the local network with verification', () => {
  it('keeps a reference for the demo model only', () => {
    expect(net.verifier?.referenceFor(MODEL)).not.toBeNull();
    expect(net.verifier?.referenceFor('some-other-model')).toBeNull();
  });

  it('promotes a real worker of the demo model with its own evaluation traffic', async () => {
    const modelPath = await ensureTinyModel(join(dir, 'models'));
    const engine = await engineWorker(modelPath, 1, await mkdtemp(join(dir, 'engine-')));
    closers.push(() => engine.close());
    const w = await startWorker({
      port: net.proxy.port,
      backend: engine.backend,
      measurements: sampleMeasurements,
      seed: 81,
      log,
    });
    closers.push(() => w.stop());
    const owner = w.owner.toRawString();
    await waitFor('promoted by evaluation traffic', () => net.verifier?.view(owner).lane === 'paid', 90_000);
    const v = net.verifier?.view(owner);
    expect(v?.failures).toBe(0);
    expect(v?.recent[0]?.kind).toBe('canary');
    expect(v?.recent[0]?.reason).toMatch(/matches the reference/);
    const models = (await (await fetch(`${net.info.client_url}/v1/models`)).json()) as {
      data: Array<{ id: string; trust: { checked: boolean } }>;
    };
    expect(models.data.find((m) => m.id === MODEL)?.trust.checked).toBe(true);
  }, 150_000);
});
