// Kill faults: kill -9, mid-stream, (1) the daemon (its embedded devnet dies with it: the client's
// connection ends mid-body, which the client sees as an error), (2) the daemon's sandbox child (the devnet
// client endpoint survives: the client gets an SSE error event and no [DONE]), and (3) a `silkworm worker`
// process serving an in-process devnet proxy (the client gets a worker_lost error event). After each kill
// the killed part is restarted (the daemon with the same data folder and port; the sandbox restarts by
// itself; the worker with the same data folder) and recovery is the time from the kill until a request on
// the same client URL is answered again. Paid work must survive: a daemon's earnings never go down
// across a kill, and each worker's durable ledger ends holding exactly what the proxy signed.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { Address } from '@ton/core';
import { silentLogger } from '../src/logging/logger.js';
import { startLocalNetwork } from '../src/devnet/network/local-network.js';
import { EarningsLedger } from '../src/earnings/ledger.js';
import { tinyPresets } from '../src/engine/gguf/tiny-model.js';
import {
  startWorkerProcess,
  stopWorkerProcess,
  type WorkerProcess,
} from '../src/devnet/run/worker-processes.js';
import {
  alive,
  openStream,
  percentile,
  sandboxPidOf,
  untilServed,
  waitUntil,
  type StreamEnd,
} from './kill-stream.js';
import { earnedNano, startDaemonChild, type DaemonChild } from './kill-daemon.js';

export interface KillReport {
  kills: number;
  client_errors_clean: number;
  payments_lost: number;
  recovery_ms_p50: number;
  recovery_ms_max: number;
  /** Restarts that failed and were tried again (each one is a start-up bug to look at). */
  restarts_failed: number;
}

export interface KillFaultsOptions {
  /** Kills of each kind (default 20). */
  perKind?: number;
  kinds?: ReadonlyArray<'daemon' | 'sandbox' | 'worker'>;
}

interface Tally {
  ends: StreamEnd[];
  recoveries: number[];
  paymentsLost: number;
  restartsFailed: number;
}

/** Runs a restart, trying again (up to 3 times in all) when it fails; failures are counted, not hidden. */
async function withRetries<T>(t: Tally, start: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start();
    } catch (err) {
      t.restartsFailed++;
      if (attempt >= 3) throw err;
    }
  }
}

const RECOVERY_DEADLINE_MS = 120_000;

/** One kill mid-stream: waits for the first piece, kills, classifies the end, restarts, times the recovery. */
async function killMidStream(
  t: Tally,
  o: { clientUrl: () => string; model: string; kill: () => void; restart: () => Promise<void> },
): Promise<void> {
  const stream = openStream(o.clientUrl(), o.model);
  await stream.first;
  o.kill();
  const killedAt = Date.now();
  t.ends.push(await stream.end);
  await o.restart();
  await untilServed(o.clientUrl(), o.model, RECOVERY_DEADLINE_MS);
  t.recoveries.push(Date.now() - killedAt);
}

/** After a recovery, the paid recovery request must show in the earnings on top of what was there before the kill. */
async function settled(t: Tally, d: DaemonChild, before: bigint): Promise<void> {
  try {
    await waitUntil(
      'the paid recovery request in the earnings',
      async () => (await earnedNano(d)) > before,
      15_000,
    );
  } catch {
    t.paymentsLost++;
  }
}

async function daemonAndSandboxKills(t: Tally, n: { daemon: number; sandbox: number }): Promise<void> {
  let d: DaemonChild = await startDaemonChild({ port: 0 });
  const dataDir = d.dataDir;
  try {
    const clientUrl = d.clientUrl;
    const model = d.model;
    for (let i = 0; i < n.daemon; i++) {
      const before = await earnedNano(d);
      const sandbox = sandboxPidOf(d.pid);
      await killMidStream(t, {
        clientUrl: () => clientUrl,
        model,
        kill: () => d.kill(),
        restart: async () => {
          // The engine child of the killed daemon must go too (it exits when its parent's channel closes).
          if (sandbox !== null)
            await waitUntil('the orphaned sandbox to exit', () => !alive(sandbox), 10_000);
          const port = d.port;
          d = await withRetries(t, () => startDaemonChild({ port, dataDir }));
          if (d.clientUrl !== clientUrl)
            throw new Error(`the client endpoint moved from ${clientUrl} to ${d.clientUrl}`);
        },
      });
      await settled(t, d, before);
    }
    for (let i = 0; i < n.sandbox; i++) {
      const before = await earnedNano(d);
      const pid = sandboxPidOf(d.pid);
      if (pid === null) throw new Error('no sandbox child found under the daemon');
      await killMidStream(t, {
        clientUrl: () => clientUrl,
        model,
        kill: () => process.kill(pid, 'SIGKILL'),
        restart: () => Promise.resolve(),
      });
      await settled(t, d, before);
    }
  } finally {
    await d.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function workerKills(t: Tally, n: number): Promise<void> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'sw-kill-worker-'));
  const net = await startLocalNetwork({
    dir: path.join(root, 'network'),
    log: silentLogger,
    powDifficulty: 12,
  });
  const { devnet, proxy } = net;
  const client = { url: net.info.client_url };
  const owner = new Address(0, createHash('sha256').update('silkworm-kill-faults-owner').digest());
  const spec = {
    tonEndpoint: net.info.ton_endpoint,
    rootAddress: net.info.root_address,
    owner,
    dataDir: path.join(root, 'worker'),
  };
  const model = tinyPresets.tiny.name;
  let w: WorkerProcess = await startWorkerProcess(spec);
  try {
    for (let i = 0; i < n; i++) {
      await killMidStream(t, {
        clientUrl: () => client.url,
        model,
        kill: () => w.child.kill('SIGKILL'),
        restart: async () => {
          w = await withRetries(t, () => startWorkerProcess(spec));
        },
      });
    }
    await untilServed(client.url, model, RECOVERY_DEADLINE_MS); // one paid request after the last kill
    await new Promise((r) => setTimeout(r, 500)); // its workerRequestPayment reaches the worker
    await stopWorkerProcess(w);
    const book = proxy.books().find((b) => b.owner === owner.toRawString());
    const ledger = await EarningsLedger.open({ dir: path.join(spec.dataDir, 'earnings'), log: silentLogger });
    const held = ledger.payments.get(devnet.workerSc(owner))?.tokens ?? 0n;
    await ledger.close();
    if (book === undefined || held < book.signed_tokens) t.paymentsLost++;
  } finally {
    await stopWorkerProcess(w);
    await net.close();
    await rm(root, { recursive: true, force: true });
  }
}

export async function killFaults(o: KillFaultsOptions = {}): Promise<KillReport> {
  const perKind = o.perKind ?? 20;
  const kinds = new Set(o.kinds ?? ['daemon', 'sandbox', 'worker']);
  const t: Tally = { ends: [], recoveries: [], paymentsLost: 0, restartsFailed: 0 };
  if (kinds.has('daemon') || kinds.has('sandbox')) {
    await daemonAndSandboxKills(t, {
      daemon: kinds.has('daemon') ? perKind : 0,
      sandbox: kinds.has('sandbox') ? perKind : 0,
    });
  }
  if (kinds.has('worker')) await workerKills(t, perKind);
  return {
    kills: t.ends.length,
    client_errors_clean: t.ends.filter((e) => e === 'error').length,
    payments_lost: t.paymentsLost,
    recovery_ms_p50: Math.round(percentile(t.recoveries, 50)),
    recovery_ms_max: Math.round(Math.max(0, ...t.recoveries)),
    restarts_failed: t.restartsFailed,
  };
}
