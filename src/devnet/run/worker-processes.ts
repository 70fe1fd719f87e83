// Starts `silkworm worker` processes (one per simulated owner) on a local network, each with its own data
// folder; each finds the proxy through the network's root contract like any node. Stops them gracefully
// so their ledgers are flushed.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { Address } from '@ton/core';
import { appRoot } from '../../install/install-root.js';

export interface WorkerProcess {
  owner: Address;
  dataDir: string;
  child: ChildProcess;
  output: () => string;
}

export async function startWorkerProcess(o: {
  tonEndpoint: string;
  rootAddress: string;
  owner: Address;
  dataDir: string;
  timeoutMs?: number;
}): Promise<WorkerProcess> {
  const args = [
    path.join(appRoot(), 'bin', 'silkworm.js'),
    'worker',
    '--ton-endpoint',
    o.tonEndpoint,
    '--root-address',
    o.rootAddress,
    '--owner',
    o.owner.toString({ testOnly: true, bounceable: false }),
    '--data-dir',
    o.dataDir,
  ];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`worker did not become ready:\n${out.slice(-2000)}`)),
      o.timeoutMs ?? 120_000,
    );
    child.stdout.on('data', () => {
      if (/^ready$/m.test(out)) {
        clearTimeout(timer);
        resolve();
      } else if (/^not-ready$/m.test(out)) {
        clearTimeout(timer);
        reject(new Error(`worker could not complete its handshake:\n${out.slice(-2000)}`));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`worker exited with ${code}:\n${out.slice(-2000)}`));
    });
  });
  return { owner: o.owner, dataDir: o.dataDir, child, output: () => out };
}

export async function stopWorkerProcess(w: WorkerProcess, timeoutMs = 10_000): Promise<void> {
  if (w.child.exitCode !== null) return;
  const exited = new Promise((r) => w.child.once('exit', r));
  w.child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, timeoutMs))]);
  if (w.child.exitCode === null) w.child.kill('SIGKILL');
}
