// A worker without the dashboard: the one node (src/node/node.ts) in a data folder of its own, on the
// network its settings name — the same billing, ledger, attestation and payouts as the app. What
// `silkworm worker` runs; a local network's N workers are N of these processes.
import path from 'node:path';
import type { Address } from '@ton/core';
import { createNode, type SilkwormNode } from '../node/node.js';
import { JsonFileBackend } from '../settings/settings-backend.js';
import type { DeepSettingsPatch } from '../node/settings-patch.js';
import { detectHardware } from '../bench/hardware.js';
import type { LogSink } from '../logging/logger.js';
import { appVersion } from '../install/install-root.js';
import { networkResolver } from './resolve-network.js';

export interface HeadlessWorkerOptions {
  dataDir: string;
  /** Saved into the worker's settings before it starts (network, model, caps). */
  settings: DeepSettingsPatch;
  /** A fixed owner for the earnings (no wallet linking). */
  owner?: Address;
  logSink: LogSink;
}

export async function startHeadlessWorker(o: HeadlessWorkerOptions): Promise<SilkwormNode> {
  const node = await createNode({
    version: appVersion(),
    dataDir: o.dataDir,
    settingsBackend: new JsonFileBackend(path.join(o.dataDir, 'settings.json')),
    settingsPatch: o.settings,
    logSink: o.logSink,
    detectHardware,
    resolveNetwork: networkResolver({ dataDir: o.dataDir }),
    ...(o.owner ? { owner: o.owner } : {}),
  });
  try {
    await node.start();
  } catch (err) {
    await node.stop().catch(() => undefined);
    throw err;
  }
  return node;
}
