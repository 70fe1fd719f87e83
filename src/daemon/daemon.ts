// The headless daemon: one worker node, the dashboard and the API on 127.0.0.1, for rigs without a
// desktop session (and for `npm start` where Electron cannot start).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createNode, type SilkwormNode } from '../node/node.js';
import { createApiServer } from '../transport/http-server.js';
import { JsonFileBackend } from '../settings/settings-backend.js';
import { writeFileAtomic } from '../settings/atomic-file.js';
import { detectHardware } from '../bench/hardware.js';
import { stderrSink, type LogSink } from '../logging/logger.js';
import { networkResolver } from '../launch/resolve-network.js';
import type { DeepSettingsPatch } from '../node/settings-patch.js';
import { dataFiles } from './paths.js';
import { appVersion, dashboardDir } from '../install/install-root.js';
import { loadOrCreateToken } from './token.js';

export interface DaemonOptions {
  dataDir: string;
  port: number;
  logSink?: LogSink;
  /** Saved into the settings before the node starts (e.g. `--ton-endpoint … --root-address …`). */
  settings?: DeepSettingsPatch;
}

export interface RunningDaemon {
  node: SilkwormNode;
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export async function startDaemon(options: DaemonOptions): Promise<RunningDaemon> {
  await fs.mkdir(options.dataDir, { recursive: true, mode: 0o700 });
  const token = await loadOrCreateToken(options.dataDir);
  const node = await createNode({
    version: appVersion(),
    dataDir: options.dataDir,
    settingsBackend: new JsonFileBackend(path.join(options.dataDir, dataFiles.settings)),
    logSink: options.logSink ?? stderrSink,
    detectHardware,
    resolveNetwork: networkResolver({ dataDir: options.dataDir }),
    ...(options.settings ? { settingsPatch: options.settings } : {}),
  });
  const server = createApiServer({
    dispatch: node.dispatch,
    hub: node.hub,
    state: node.state,
    token,
    log: node.log.child('http'),
    staticDir: dashboardDir(),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  const daemonFile = path.join(options.dataDir, dataFiles.daemon);
  await writeFileAtomic(daemonFile, JSON.stringify({ port, pid: process.pid, url }) + '\n');
  try {
    await node.start();
  } catch (err) {
    // A half start is no start: nothing keeps listening and no daemon.json is left behind.
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await node.stop().catch(() => undefined);
    await fs.rm(daemonFile, { force: true });
    throw err;
  }
  return {
    node,
    url,
    port,
    token,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await node.stop();
      await fs.rm(path.join(options.dataDir, dataFiles.daemon), { force: true });
    },
  };
}
