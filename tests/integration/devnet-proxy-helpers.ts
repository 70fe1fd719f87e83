// A small devnet on loopback for the proxy's integration tests: the emulated chain (DevnetChain), the real
// sandboxed engine on the tiny model, the DevnetProxy with policy `home` and a low PoW difficulty, the
// client endpoint, and real worker nodes (src/net WorkerNetwork + EarningsLedger in temp dirs) that dial
// through TCP → PoW → TLS 1.3 with a certificate carrying a signed home attestation report.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Address } from '@ton/core';
import { keyPairFromSeed, sign } from '@ton/crypto';
import { createHomeReport } from '../../src/attestation/report.js';
import { measureSandbox, type Measurements } from '../../src/attestation/measure.js';
import { SandboxChain } from '../../src/devnet/chain/sandbox-chain.js';
import { DevnetChain, DEVNET_FEE_PER_TOKEN } from '../../src/devnet/chain/devnet-chain.js';
import { EarningsLedger } from '../../src/earnings/ledger.js';
import type { SandboxHost } from '../../src/engine/sandbox/host.js';
import { createLogger, type Logger } from '../../src/logging/logger.js';
import type { LogLine } from '../../src/api/events.js';
import type { InferenceBackend } from '../../src/net/query-runner.js';
import { UNIT_MULTIPLIERS } from '../../src/net/token-counter.js';
import { WorkerNetwork } from '../../src/net/worker-network.js';
import type { ChangeModel } from '../../src/net/proxy-queries.js';
import { openClientConnection } from '../../src/protocol/client.js';
import type { FramedConnection } from '../../src/protocol/connection.js';
import {
  createCertificate,
  ed25519KeyFromSeed,
  rawEd25519PublicKey,
} from '../../src/protocol/ratls/certificate.js';
import type { TlsIdentity } from '../../src/protocol/ratls/tls.js';
import { MODEL } from './engine-helpers.js';
import { waitFor as waitUntil } from '../support/wait-for.js';

export { MODEL };

export function capturingLogger(scope: string): { log: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  return { log: createLogger(scope, (l) => lines.push(l), 'debug'), lines };
}

export async function devnetChain(log: Logger): Promise<DevnetChain> {
  return DevnetChain.start({ chain: await SandboxChain.open({ log }), log });
}

/** A TLS identity whose certificate carries a home report signed by a device key, bound to the TLS key. */
export function attestedIdentity(
  seed: number,
  measurements: Measurements,
  opts: { report?: boolean } = {},
): TlsIdentity {
  const device = keyPairFromSeed(Buffer.alloc(32, seed));
  const tlsKey = ed25519KeyFromSeed(Buffer.alloc(32, seed + 100));
  const homeReport = createHomeReport({
    deviceKey: { publicKey: device.publicKey, sign: (m) => sign(m, device.secretKey) },
    rawTlsPublicKey: rawEd25519PublicKey(tlsKey),
    measurements,
  });
  const cert = createCertificate({ privateKey: tlsKey, ...(opts.report === false ? {} : { homeReport }) });
  return { certPem: cert.certPem, keyPem: cert.keyPem };
}

/** TCP → PoW → TLS 1.3 → the proxy's certificate checked (policy any: the devnet proxy attests nothing) → tcp.connect. */
export async function dialProxy(
  port: number,
  identity: TlsIdentity,
  log: Logger,
  signal?: AbortSignal,
): Promise<FramedConnection> {
  const opened = await openClientConnection({
    host: '127.0.0.1',
    port,
    identity,
    policy: 'any',
    log,
    ...(signal ? { signal } : {}),
  });
  return opened.connection;
}

export interface TestWorker {
  owner: Address;
  ledger: EarningsLedger;
  network: WorkerNetwork;
  /** Drops the worker's current connection to the proxy from the worker's side. */
  killConnection(): void;
  stop(): Promise<void>;
}

export async function startWorker(o: {
  port: number;
  backend: InferenceBackend;
  measurements: Measurements;
  seed: number;
  log: Logger;
  maxActiveRequests?: number;
  backoffMs?: number;
  /** How the worker answers the proxy's worker.changeModel (default: 602 "not supported"). */
  changeModel?: ChangeModel;
  /** Sees each connection the worker dials (a test may watch what the proxy sends it). */
  onDial?: (conn: FramedConnection) => void;
}): Promise<TestWorker> {
  const owner = new Address(0, Buffer.alloc(32, o.seed));
  const ledger = await EarningsLedger.open({
    dir: await mkdtemp(join(tmpdir(), 'sw-devnet-ledger-')),
    log: o.log,
  });
  const identity = attestedIdentity(o.seed, o.measurements);
  const links = new Set<FramedConnection>();
  const network = new WorkerNetwork({
    proxies: [
      {
        address: `127.0.0.1:${o.port}`,
        dial: async (signal) => {
          const conn = await dialProxy(o.port, identity, o.log, signal);
          links.add(conn);
          o.onDial?.(conn);
          return conn;
        },
      },
    ],
    identity: {
      ownerAddress: owner.toString({ bounceable: false }),
      model: MODEL,
      isTest: true,
      maxActiveRequests: o.maxActiveRequests ?? 2,
    },
    coefficient: 1000,
    ledger,
    backend: o.backend,
    multipliers: () => UNIT_MULTIPLIERS,
    feePerToken: () => DEVNET_FEE_PER_TOKEN,
    log: o.log,
    onChange: () => undefined,
    backoff: { initialMs: o.backoffMs ?? 200, maxMs: o.backoffMs ?? 1000 },
    paymentStatusMs: { min: 500, max: 1000 },
    ...(o.changeModel ? { changeModel: o.changeModel } : {}),
  });
  network.setDisabled(false);
  network.connect();
  return {
    owner,
    ledger,
    network,
    killConnection: () => {
      for (const c of links) c.close('killed by the test');
      links.clear();
    },
    stop: async () => {
      network.disconnect('test over');
      await ledger.close();
    },
  };
}

export async function waitFor(what: string, cond: () => boolean, timeoutMs = 15_000): Promise<void> {
  await waitUntil(cond, { timeoutMs, what, intervalMs: 25 });
}

export async function measure(host: SandboxHost): Promise<Measurements> {
  const info = host.info;
  if (!info) throw new Error('the engine has not started');
  return measureSandbox(info);
}

/** A POST to the client endpoint; the whole answer as text. */
export async function post(
  url: string,
  path: string,
  body: unknown,
): Promise<{ status: number; text: string }> {
  const res = await fetch(url + path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, text: await res.text() };
}
