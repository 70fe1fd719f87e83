// The node's wiring of levels, with the real pieces it is built from: the availability monitor (real
// sensors of this machine), the worker controller, the sandboxed engine on the tiny model and the Throttle
// the composition root creates. The owner's "Quiet for 2 h" reaches the state (level, reason, price) and
// the engine's duty cap; back to the schedule restores Full; a new base coefficient moves the level's price.
// What the proxies are told is recorded here; throttle-network.test.ts runs it against the DevnetProxy.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logging/logger.js';
import { SettingsService } from '../../src/settings/settings-service.js';
import { JsonFileBackend } from '../../src/settings/settings-backend.js';
import { EventHub } from '../../src/node/event-hub.js';
import { StateStore } from '../../src/node/state-store.js';
import { initialState } from '../../src/node/initial-state.js';
import { WorkerController } from '../../src/node/worker-controller.js';
import { createAvailability, type Availability } from '../../src/node/availability.js';
import { createThrottle, type Throttle } from '../../src/node/throttle.js';
import { createGpuTelemetry } from '../../src/sensors/gpu-telemetry.js';
import type { SandboxHost } from '../../src/engine/sandbox/host.js';
import { tinyHost } from './engine-helpers.js';
import { waitFor } from '../support/wait-for.js';

let dir: string;
let engineDir: string;
let host: SandboxHost;
let settings: SettingsService;
let state: StateStore;
let worker: WorkerController;
let throttle: Throttle;
let availability: Availability;
const coefficients: number[] = [];
const capacities: number[] = [];

beforeAll(async () => {
  ({ host, dir: engineDir } = await tinyHost({ maxActiveRequests: 2 }));
  dir = await mkdtemp(path.join(tmpdir(), 'sw-throttle-node-'));
  settings = new SettingsService({
    backend: new JsonFileBackend(path.join(dir, 'settings.json')),
    log: silentLogger,
  });
  await settings.load();
  // Full all week, no game or program rules that this machine could trip.
  await settings.update({
    availability: {
      ...settings.get().availability,
      pauseForGames: false,
      gpuBusyThresholdMb: null,
      pauseOnBattery: false,
    },
  });
  state = new StateStore({ initial: initialState('test'), hub: new EventHub() });
  worker = new WorkerController({
    runtime: {
      start: async () => {
        await host.resume();
      },
      stop: async () => {
        await host.pause();
      },
    },
    log: silentLogger,
    onChange: (w) => state.patch((s) => ({ worker: { ...s.worker, ...w } })),
  });
  throttle = createThrottle({
    engine: host,
    network: () => ({
      setCapacity: (n) => capacities.push(n),
      setCoefficient: (c) => coefficients.push(c),
    }),
    settings,
    log: silentLogger,
  });
  availability = await createAvailability({
    settings,
    worker,
    state,
    log: silentLogger,
    dataDir: dir,
    ownPids: () => (host.info?.pid !== undefined ? [host.info.pid] : []),
    telemetry: createGpuTelemetry({ log: silentLogger }),
    throttle,
  });
  await availability.activate();
  await worker.start();
}, 120_000);

afterAll(async () => {
  availability?.monitor.stop();
  await worker?.shutdown();
  await host?.stop();
  await rm(dir, { recursive: true, force: true });
  await rm(engineDir, { recursive: true, force: true });
});

const level = () => state.get().availability.level;

describe('levels through the node', () => {
  it("serves at Full by default, at the owner's price and capacity", async () => {
    await waitFor(() => level()?.id === 'full' && throttle.level?.id === 'full', {
      timeoutMs: 20_000,
      what: 'Full',
    });
    expect(level()).toMatchObject({ source: 'schedule', coefficient: 1000, dutyCap: 1 });
    expect(state.get().worker.status).toBe('serving');
  });

  it('"Quiet for 2 h": the state says so, the engine runs under 40 %, the proxies get 750 and 1 at once', async () => {
    availability.monitor.setLevel('quiet', { forMs: 2 * 3_600_000 });
    await waitFor(() => throttle.level?.id === 'quiet', { timeoutMs: 10_000, what: 'Quiet applied' });
    expect(level()).toMatchObject({ id: 'quiet', source: 'override', coefficient: 750, maxConcurrency: 1 });
    expect(state.get().availability.reason).toMatch(/^Quiet until \d\d:\d\d \(by you\)$/);
    expect(state.get().worker.status).toBe('serving');
    expect(coefficients.at(-1)).toBe(750);
    expect(capacities.at(-1)).toBe(1);
    // The engine answers with the cap now in force when asked again with it.
    const window = await host.throttle({ admit: 1, dutyShare: 0.4 });
    expect(window?.share).toBe(0.4);
  });

  it("a new base coefficient moves the level's price", async () => {
    await settings.update({ coefficient: 2000 });
    await waitFor(() => coefficients.at(-1) === 1500, { timeoutMs: 10_000, what: 'the new price told' });
    expect(level()?.coefficient).toBe(1500);
  });

  it('back to the schedule: Full again', async () => {
    availability.monitor.followSchedule();
    await waitFor(() => throttle.level?.id === 'full', { timeoutMs: 10_000, what: 'Full again' });
    expect(level()).toMatchObject({ id: 'full', source: 'schedule', coefficient: 2000 });
    const window = await host.throttle({ admit: 2, dutyShare: 1 });
    expect(window?.share).toBe(1);
  });
});
