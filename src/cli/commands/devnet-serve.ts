// `silkworm devnet serve [--workers N] [--data-dir D] [--port-file F] [--rate R] [--pow D] [--cocoon-config DIR]
// [--no-verification] [--json]`: a whole
// local network as its own process — the emulated chain on TON's HTTP API, the root contract that lists
// the proxy, the proxy, the client endpoint and the wallet bridge — and optionally N headless workers that
// find it through the chain. Prints {"ton_endpoint","root_address","client_url","proxy_worker_address"}
// once ready (and writes it to --port-file), then runs until Ctrl+C / SIGTERM. --cocoon-config DIR writes the
// files a Cocoon worker-runner in fake-TON test mode takes (and puts the root on Cocoon's fake-TON params).
// The demo model's workers are checked with the demo rules (docs/verification.md) unless --no-verification.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { Address } from '@ton/core';
import { intFlag, parseArgs } from '../args.js';
import { createLogger, silentLogger, stderrSink } from '../../logging/logger.js';
import { writeFileAtomic } from '../../settings/atomic-file.js';
import { startLocalNetwork } from '../../devnet/network/local-network.js';
import { DEMO_VERIFICATION } from '../../devnet/verify/network-verification.js';
import {
  startWorkerProcess,
  stopWorkerProcess,
  type WorkerProcess,
} from '../../devnet/run/worker-processes.js';

/** A deterministic owner per worker (plain accounts: nothing deployed, so receiving costs nothing). */
function ownerFor(i: number): Address {
  return new Address(0, createHash('sha256').update(`silkworm-devnet-owner-${i}`).digest());
}

export async function devnetServeCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args, {
    values: ['workers', 'data-dir', 'port-file', 'rate', 'pow', 'cocoon-config'],
    booleans: ['json', 'verbose', 'auto-approve', 'no-verification'],
  });
  const log = parsed.flags.has('verbose') ? createLogger('devnet', stderrSink) : silentLogger;
  const dataDir = parsed.flags.get('data-dir');
  const cocoonDir = parsed.flags.get('cocoon-config');
  const network = await startLocalNetwork({
    dir: typeof dataDir === 'string' ? dataDir : null,
    log,
    requestsPerMinute: intFlag(parsed, 'rate', 0, 600) ?? 0,
    powDifficulty: intFlag(parsed, 'pow', 0, 28) ?? 20,
    autoApproveWallet: parsed.flags.has('auto-approve'),
    ...(typeof cocoonDir === 'string' ? { cocoonConfigDir: path.resolve(cocoonDir) } : {}),
    ...(parsed.flags.has('no-verification') ? {} : { verification: DEMO_VERIFICATION }),
  });
  const workers: WorkerProcess[] = [];
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'silkworm-devnet-serve-'));
  const stop = async (): Promise<void> => {
    await Promise.all(workers.map((w) => stopWorkerProcess(w)));
    await network.close();
    await rm(scratch, { recursive: true, force: true });
  };
  try {
    const count = intFlag(parsed, 'workers', 0, 16) ?? 0;
    for (let i = 0; i < count; i++)
      workers.push(
        await startWorkerProcess({
          tonEndpoint: network.info.ton_endpoint,
          rootAddress: network.info.root_address,
          owner: ownerFor(i),
          dataDir: path.join(scratch, `worker-${i}`),
        }),
      );
  } catch (err) {
    await stop();
    throw err;
  }
  const line = JSON.stringify(network.info);
  const portFile = parsed.flags.get('port-file');
  if (typeof portFile === 'string') await writeFileAtomic(portFile, line + '\n', 0o644);
  process.stdout.write(
    parsed.flags.has('json')
      ? line + '\n'
      : `Local network ready.\n  TON API: ${network.info.ton_endpoint}\n  root: ${network.info.root_address}\n  clients: ${network.info.client_url}\n  workers dial: ${network.info.proxy_worker_address}\nStop with Ctrl+C.\n`,
  );
  await new Promise<void>((resolve) => {
    process.once('SIGTERM', () => resolve());
    process.once('SIGINT', () => resolve());
  });
  await stop();
  return 0;
}
