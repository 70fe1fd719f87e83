// Proxies are verified before the worker says anything (docs/discovery.md): a rogue proxy with a valid
// self-signed RA-TLS certificate that the root does not list is refused, with a reason in the session detail
// and the log, and never receives the owner's address in any form (it records every byte after TLS); a
// home-tier proxy whose key the root lists is served; a TEE proxy with an unlisted image hash is refused; a
// proxy that refuses OUR certificate is named as such and waited out longer; setProxies adds and removes
// sessions live. Real TCP, proof of work, TLS 1.3 and the devnet proxy on 127.0.0.1.
import { mkdtemp } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Address } from '@ton/core';
import { keyPairFromSeed, sign } from '@ton/crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultRootParams, type RootConfig } from '../../src/chain/contracts/root-config.js';
import { keyManagerOf, verifiedKeysOf } from '../../src/chain/contracts/root-key-cells.js';
import { DevnetProxy } from '../../src/devnet/proxy/devnet-proxy.js';
import { rootProxyCheck } from '../../src/discovery/proxy-check.js';
import { EarningsLedger } from '../../src/earnings/ledger.js';
import { createLogger } from '../../src/logging/logger.js';
import type { LogLine } from '../../src/api/events.js';
import { AttestedIdentity, manualProxyTarget, rootProxyTarget } from '../../src/net/dial.js';
import { UNIT_MULTIPLIERS } from '../../src/net/token-counter.js';
import { WorkerNetwork, type ProxyTarget, type ProxyView } from '../../src/net/worker-network.js';
import { FramedConnection } from '../../src/protocol/connection.js';
import { serverPow } from '../../src/protocol/pow/pow-exchange.js';
import {
  createCertificate,
  reportDataFor,
  type CertificateBundle,
} from '../../src/protocol/ratls/certificate.js';
import { tlsServer } from '../../src/protocol/ratls/tls.js';
import { h, sampleMeasurements } from '../support/sample-measurements.js';
import { testSigner } from '../support/test-signer.js';
import { waitFor } from '../support/wait-for.js';

const measurements = sampleMeasurements;
const owner = new Address(0, Buffer.alloc(32, 0xc3));
const ROOT = 'EQroot';
const closers: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of closers.splice(0).reverse()) await c();
});

function identity(testQuote = false): AttestedIdentity {
  const device = keyPairFromSeed(Buffer.alloc(32, 0x44));
  return new AttestedIdentity({
    deviceKey: { publicKey: device.publicKey, sign: (m) => sign(m, device.secretKey) },
    measure: () => Promise.resolve(measurements),
    testQuote,
  });
}

function rootWith(o: { verifiedProxyKeys?: Buffer[]; proxyHashes?: Buffer[] }): RootConfig {
  return {
    owner,
    proxyHashes: o.proxyHashes ?? [],
    proxies: new Map(),
    lastProxySeqno: 0,
    workerHashes: [],
    modelHashes: [],
    params: defaultRootParams({ structVersion: 5 }),
    version: 1,
    ...keyManagerOf({}),
    ...verifiedKeysOf({ verifiedProxyKeys: o.verifiedProxyKeys ?? [] }),
  };
}

/** A proxy that does the transport right (PoW, TLS 1.3, tcp.connected) and keeps every byte it is sent after TLS. */
async function recordingProxy(
  cert: CertificateBundle,
): Promise<{ address: string; bytes: () => Buffer; tlsSessions: () => number }> {
  const chunks: Buffer[] = [];
  let sessions = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    void (async () => {
      await serverPow(socket, { difficulty: 4 });
      const tls = await tlsServer(socket, cert);
      sessions += 1;
      tls.on('data', (c: Buffer) => chunks.push(c));
      new FramedConnection({ stream: tls, role: 'server', log: createLogger('rogue', () => undefined) });
    })().catch(() => socket.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  closers.push(() => {
    for (const s of sockets) s.destroy();
    return new Promise<void>((r) => server.close(() => r()));
  });
  const { port } = server.address() as { port: number };
  return { address: `127.0.0.1:${port}`, bytes: () => Buffer.concat(chunks), tlsSessions: () => sessions };
}

async function network(targets: ProxyTarget[], lines: LogLine[] = []): Promise<WorkerNetwork> {
  const log = createLogger('worker', (l) => lines.push(l), 'debug');
  const ledger = await EarningsLedger.open({ dir: await mkdtemp(join(tmpdir(), 'sw-verify-ledger-')), log });
  const net = new WorkerNetwork({
    proxies: targets,
    identity: {
      ownerAddress: owner.toString({ bounceable: false }),
      model: 'tiny',
      isTest: true,
      maxActiveRequests: 1,
    },
    coefficient: 1000,
    ledger,
    backend: { request: () => Promise.reject(new Error('no request is sent in these tests')) },
    multipliers: () => UNIT_MULTIPLIERS,
    feePerToken: () => 1n,
    log,
    onChange: () => undefined,
    backoff: { initialMs: 100, maxMs: 200 },
  });
  net.connect();
  closers.push(async () => {
    net.disconnect('test over');
    await ledger.close();
  });
  return net;
}

const viewOf = (net: WorkerNetwork, address: string): ProxyView | undefined =>
  net.views().find((v) => v.address === address);
const wait = (what: string, cond: () => boolean) =>
  waitFor(cond, { timeoutMs: 20_000, what, intervalMs: 25 });

/** Every form an owner address is written in, and its 32 raw bytes. */
function ownerForms(a: Address): Buffer[] {
  const texts = new Set<string>([a.toRawString(), a.hash.toString('hex'), a.hash.toString('base64')]);
  for (const bounceable of [true, false])
    for (const testOnly of [true, false])
      for (const urlSafe of [true, false]) texts.add(a.toString({ bounceable, testOnly, urlSafe }));
  return [...[...texts].map((t) => Buffer.from(t)), a.hash];
}

describe('proxy verification against the root', () => {
  it('refuses a rogue proxy that the root does not list; it never sees the owner address', async () => {
    const rogue = await recordingProxy(createCertificate());
    const config = rootWith({ verifiedProxyKeys: [Buffer.alloc(32, 1)] });
    const lines: LogLine[] = [];
    const target = rootProxyTarget({
      address: rogue.address,
      identity: identity(),
      log: createLogger('dial', () => undefined),
      check: rootProxyCheck({ address: rogue.address, rootLabel: ROOT, config: () => config }),
    });
    const net = await network([target], lines);
    await wait('the refusal', () => /refused/.test(viewOf(net, rogue.address)?.detail ?? ''));
    const v = viewOf(net, rogue.address)!;
    expect(v.detail).toMatch(
      new RegExp(
        `^proxy ${rogue.address} refused: its key [0-9a-f]{64} is not listed by root ${ROOT}; retrying in 60 s$`,
      ),
    );
    expect([v.status, v.tier, v.verified]).toEqual(['down', 'home', false]);
    expect(
      lines.some((l) => l.level === 'warn' && l.message.includes(`proxy ${rogue.address} refused: its key`)),
    ).toBe(true);
    const seen = rogue.bytes();
    for (const form of ownerForms(owner)) expect(seen.includes(form), form.toString()).toBe(false);

    // The recorder does see the owner when the worker goes on: the same proxy typed in as a manual one.
    const manual = await network([
      manualProxyTarget({
        address: rogue.address,
        identity: identity(),
        log: createLogger('dial', () => undefined),
      }),
    ]);
    await wait('the owner address on the wire', () =>
      rogue.bytes().includes(Buffer.from(owner.toString({ bounceable: false }))),
    );
    expect(viewOf(manual, rogue.address)).toMatchObject({ tier: 'manual', verified: false });
  }, 60_000);

  it('refuses a TEE proxy whose image hash is not in proxy_hashes', async () => {
    const key = createCertificate();
    const quote = Buffer.alloc(48 + 584 + 4 + 4);
    quote.writeUInt16LE(4, 0);
    quote.writeUInt32LE(0x81, 4);
    Buffer.alloc(48, 0x11).copy(quote, 48 + 136); // MRTD
    reportDataFor(key.rawPublicKey).copy(quote, 48 + 520);
    quote.writeUInt32LE(4, 632);
    const tee = await recordingProxy(createCertificate({ privateKey: key.privateKey, quote }));
    const config = rootWith({ proxyHashes: [Buffer.alloc(32, 9)] });
    const net = await network([
      rootProxyTarget({
        address: tee.address,
        identity: identity(),
        log: createLogger('dial', () => undefined),
        check: rootProxyCheck({ address: tee.address, rootLabel: ROOT, config: () => config }),
      }),
    ]);
    await wait('the refusal', () => /refused/.test(viewOf(net, tee.address)?.detail ?? ''));
    const v = viewOf(net, tee.address)!;
    expect(v.detail).toMatch(
      /refused: its TDX image hash [0-9a-f]{64} is not listed by root EQroot \(proxy_hashes\)/,
    );
    expect([v.tier, v.verified]).toEqual(['tee', false]);
    for (const form of ownerForms(owner)) expect(tee.bytes().includes(form)).toBe(false);
  }, 60_000);

  it('serves a home-tier proxy whose TLS key the root lists, and adds and removes proxies live', async () => {
    const proxyCert = createCertificate({ seed: Buffer.alloc(32, 0x61) });
    const proxy = await DevnetProxy.start({
      log: createLogger('proxy', () => undefined),
      signer: testSigner().signer,
      tls: proxyCert,
      powDifficulty: 4,
    });
    closers.push(() => proxy.stop());
    const address = `127.0.0.1:${proxy.port}`;
    let config = rootWith({ verifiedProxyKeys: [proxyCert.rawPublicKey] });
    const target = (a: string): ProxyTarget =>
      rootProxyTarget({
        address: a,
        identity: identity(),
        log: createLogger('dial', () => undefined),
        check: rootProxyCheck({ address: a, rootLabel: ROOT, config: () => config }),
      });
    const net = await network([]);
    expect(net.views()).toEqual([]);
    await net.setProxies([target(address)]);
    await wait('the listed proxy to serve', () => viewOf(net, address)?.status === 'disabled');
    expect(viewOf(net, address)).toMatchObject({ tier: 'home', verified: true });
    expect(proxy.workers().map((w) => w.owner)).toEqual([owner.toRawString()]);

    // The root drops the key: the next connection is refused.
    config = rootWith({});
    proxy.dropWorker(proxy.workers()[0]!.id, 'test');
    await wait('the refusal after the key went', () => /not listed/.test(viewOf(net, address)?.detail ?? ''));
    expect(viewOf(net, address)?.verified).toBe(false);

    await net.setProxies([]);
    expect(net.views()).toEqual([]);
    await wait('the proxy to lose the worker', () => proxy.workers().length === 0);
  }, 60_000);

  it('names a proxy that refuses our certificate and waits longer before trying again', async () => {
    const strict = await DevnetProxy.start({
      log: createLogger('proxy', () => undefined),
      signer: testSigner().signer,
      powDifficulty: 4,
      homePolicy: { codeHashes: [h('f')], modelHashes: [] },
    });
    closers.push(() => strict.stop());
    const address = `127.0.0.1:${strict.port}`;
    const net = await network([
      manualProxyTarget({ address, identity: identity(true), log: createLogger('dial', () => undefined) }),
    ]);
    await wait('the refusal by the proxy', () =>
      /refused our certificate/.test(viewOf(net, address)?.detail ?? ''),
    );
    expect(viewOf(net, address)?.detail).toMatch(
      new RegExp(
        `^the proxy refused our certificate: ${address} closed the connection right after TLS; we offered a Silkworm home report and a fake_tee quote \\(test mode\\); retrying in 300 s$`,
      ),
    );
  }, 60_000);
});
