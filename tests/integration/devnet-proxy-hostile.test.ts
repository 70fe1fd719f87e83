// The devnet proxy against bad peers, on loopback with real TLS and the real engine: raw sockets sending
// oversized or malformed frames and refused handshakes (each closes only that connection, with a logged
// reason, while an honest worker keeps serving), a cheating worker caught by canaries, a worker without an
// attestation report, and a test-modified proxy whose forged or lower payments the worker refuses.
import { rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClientEndpoint } from '../../src/devnet/client/index.js';
import {
  CanaryRunner,
  DevnetProxy,
  devnetSigner,
  engineReference,
  paymentSigner,
  type PaymentSigner,
  type RequestEnd,
} from '../../src/devnet/proxy/index.js';
import { keyPairFromSeed } from '@ton/crypto';
import { Address } from '@ton/core';
import type { DevnetChain } from '../../src/devnet/chain/devnet-chain.js';
import type { SandboxHost } from '../../src/engine/sandbox/host.js';
import type { Measurements } from '../../src/attestation/measure.js';
import type { InferenceBackend } from '../../src/net/query-runner.js';
import { openClientConnection } from '../../src/protocol/client.js';
import { clientPow } from '../../src/protocol/pow/pow-exchange.js';
import { tlsClient } from '../../src/protocol/ratls/tls.js';
import { RpcError } from '../../src/protocol/rpc.js';
import { encodeFrame } from '../../src/protocol/frame.js';
import { tinyHost } from './engine-helpers.js';
import {
  attestedIdentity,
  capturingLogger,
  devnetChain,
  measure,
  MODEL,
  post,
  startWorker,
  waitFor,
  type TestWorker,
} from './devnet-proxy-helpers.js';

let host: SandboxHost;
let dir: string;
let devnet: DevnetChain;
let measurements: Measurements;
let proxy: DevnetProxy;
let client: ClientEndpoint;
let honest: TestWorker;
let cheater: TestWorker;
const ends: RequestEnd[] = [];
let signing: 'honest' | 'forged' | 'lower' = 'honest';
const { log, lines } = capturingLogger('devnet');

/** The devnet signer, test-modified: it can forge (another key) or go below what it signed before. */
function switchableSigner(chain: DevnetChain): PaymentSigner {
  const real = devnetSigner(chain);
  const forger = paymentSigner({
    keys: keyPairFromSeed(Buffer.alloc(32, 66)),
    proxyOwner: real.proxyOwner,
    proxySc: real.proxySc,
    isTest: true,
    feePerToken: real.feePerToken,
    workerSc: (o) => real.workerSc(o),
    returnExcessesTo: real.proxyOwner,
  });
  return {
    ...real,
    sign: (owner, tokens) =>
      signing === 'honest'
        ? real.sign(owner, tokens)
        : signing === 'lower'
          ? real.sign(owner, 1n)
          : forger.sign(owner, tokens),
  };
}

/** The real engine, with every non-streamed answer's text replaced: a worker that does not run the model. */
function cheatingBackend(): InferenceBackend {
  return {
    request: async (req, opts) => {
      const res = await host.request(req, opts);
      const parts: Buffer[] = [];
      for await (const b of res.body) parts.push(b);
      const json = JSON.parse(Buffer.concat(parts).toString()) as {
        choices?: Array<{ message?: { content: string } }>;
      };
      if (json.choices?.[0]?.message) json.choices[0].message.content = 'cheap made-up answer';
      const body = Buffer.from(JSON.stringify(json));
      return { ...res, body: Readable.from([body]) as AsyncIterable<Buffer> };
    },
  };
}

beforeAll(async () => {
  ({ host, dir } = await tinyHost({ maxActiveRequests: 4 }));
  measurements = await measure(host);
  devnet = await devnetChain(log.child('chain'));
  proxy = await DevnetProxy.start({
    log: log.child('proxy'),
    signer: switchableSigner(devnet),
    powDifficulty: 6,
    policy: 'home',
    onRequestEnd: (e) => ends.push(e),
  });
  client = await ClientEndpoint.start({ proxy, log: log.child('client') });
  honest = await startWorker({
    port: proxy.port,
    backend: host,
    measurements,
    seed: 33,
    log: log.child('honest'),
    backoffMs: 300,
  });
  cheater = await startWorker({
    port: proxy.port,
    backend: cheatingBackend(),
    measurements,
    seed: 44,
    log: log.child('cheater'),
  });
  await waitFor('two ready workers', () => proxy.workers().filter((w) => w.ready && w.enabled).length === 2);
}, 120_000);

afterAll(async () => {
  for (const w of [honest, cheater]) await w?.stop();
  await client?.stop();
  await proxy?.stop();
  await host?.stop();
  await rm(dir, { recursive: true, force: true });
});

const chat = (content: string) => ({
  model: MODEL,
  messages: [{ role: 'user', content }],
  max_tokens: 6,
  temperature: 0,
});
const ownerOf = (w: TestWorker) => w.owner.toRawString();

async function rawTls() {
  const socket = connect({ host: '127.0.0.1', port: proxy.port });
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  await clientPow(socket);
  const tls = await tlsClient(socket, attestedIdentity(77, measurements));
  const closed = new Promise<void>((resolve) => tls.once('close', () => resolve()));
  return { tls, closed };
}

describe('devnet proxy against bad peers', () => {
  it('catches a cheating worker with canaries and routes around it', async () => {
    const canary = new CanaryRunner({
      proxy,
      model: MODEL,
      intervalMs: 60_000,
      log: log.child('canary'),
      reference: engineReference(host, MODEL),
    });
    await canary.start();
    canary.stop();
    const results = await canary.runOnce();
    expect(results.find((r) => r.owner === ownerOf(honest))?.matched).toBe(true);
    expect(results.find((r) => r.owner === ownerOf(cheater))?.matched).toBe(false);
    expect(proxy.reputation(ownerOf(cheater)).score).toBeLessThan(proxy.reputation(ownerOf(honest)).score);
    expect(lines.some((l) => l.level === 'warn' && /canary mismatch/.test(l.message))).toBe(true);
    const before = ends.length;
    for (let i = 0; i < 3; i++)
      expect((await post(client.url, '/v1/chat/completions', chat(`q${i}`))).status).toBe(200);
    expect(ends.slice(before).every((e) => e.worker.owner.equals(honest.owner))).toBe(true);
  }, 60_000);

  it('closes a connection that sends an oversized frame, and keeps serving', async () => {
    const { tls, closed } = await rawTls();
    const header = Buffer.alloc(8);
    header.writeUInt32LE((1 << 24) + 1, 0);
    tls.write(header);
    await closed;
    await waitFor(
      'the logged reason',
      () => lines.some((l) => l.scope.includes('proxy') && /protocol_error/.test(l.message)),
      2_000,
    );
    expect((await post(client.url, '/v1/chat/completions', chat('still there?'))).status).toBe(200);
  });

  it('closes a connection that sends a frame that is not a tcp.Packet', async () => {
    const { tls, closed } = await rawTls();
    tls.write(encodeFrame(0, Buffer.from('definitely not TL')));
    await closed;
    expect(proxy.workers().filter((w) => w.ready).length).toBe(2);
  });

  it('refuses a test-mode mismatch with 602 and closes the connection', async () => {
    const { connection } = await openClientConnection({
      host: '127.0.0.1',
      port: proxy.port,
      identity: attestedIdentity(78, measurements),
      policy: 'any',
      log,
    });
    const closed = new Promise<void>((resolve) => connection.setHandlers({ onClose: () => resolve() }));
    const answer = connection.call({
      _: 'worker.connectToProxy',
      params: {
        _: 'worker.params',
        flags: 3,
        worker_owner_address: honest.owner.toString(),
        model: MODEL,
        coefficient: 1000,
        is_test: false,
        proxy_cnt: 1,
        max_active_requests: 1,
        min_proto_version: 1,
        max_proto_version: 2,
      },
    });
    await expect(answer).rejects.toThrow(RpcError);
    await expect(answer).rejects.toMatchObject({ code: 602, message: 'test mode mismatch' });
    await closed;
  });

  it('drops messages before the handshake completes and closes on a negative coefficient', async () => {
    const { connection } = await openClientConnection({
      host: '127.0.0.1',
      port: proxy.port,
      identity: attestedIdentity(80, measurements),
      policy: 'any',
      log,
    });
    const closed = new Promise<string>((resolve) =>
      connection.setHandlers({ onClose: (r) => resolve(r.message) }),
    );
    const owner = new Address(0, Buffer.alloc(32, 80));
    connection.send({ _: 'worker.enabledDisabled', disabled: 0 }); // before Ok: dropped, not fatal
    await connection.call({
      _: 'worker.connectToProxy',
      params: {
        _: 'worker.params',
        flags: 3,
        worker_owner_address: owner.toString(),
        model: MODEL,
        coefficient: 1000,
        is_test: true,
        proxy_cnt: 1,
        max_active_requests: 1,
        min_proto_version: 1,
        max_proto_version: 2,
      },
    });
    await connection.call({
      _: 'worker.compareBalanceWithProxy',
      tokens_committed_to_blockchain: 0n,
      tokens_committed_to_db: 0n,
      max_tokens: 0n,
    });
    await connection.call({ _: 'worker.proxyHandshakeComplete', is_disabled: true });
    const mine = () => proxy.workers().find((w) => w.owner === owner.toRawString());
    expect(mine()).toMatchObject({ ready: true, enabled: false }); // the early enable was dropped
    const status = await connection.call({ _: 'worker.updatePaymentStatus' });
    expect(status).toMatchObject({ _: 'worker.paymentStatus', db_tokens: 0n, max_tokens: 0n });
    connection.send({ _: 'worker.newCoefficient', new_coefficient: -5 });
    expect(await closed).toMatch(/closed/);
    await waitFor('the link to leave', () => mine() === undefined, 2_000);
    expect(lines.some((l) => /negative coefficient -5/.test(l.message))).toBe(true);
  });

  it('drops a worker whose certificate carries no attestation report', async () => {
    const attempt = openClientConnection({
      host: '127.0.0.1',
      port: proxy.port,
      identity: attestedIdentity(79, measurements, { report: false }),
      policy: 'any',
      log,
      stepTimeoutMs: 3_000,
    });
    await expect(attempt).rejects.toThrow();
    await waitFor(
      'the logged refusal',
      () => lines.some((l) => /HOME_REPORT_MISSING|no Silkworm attestation report/.test(l.message)),
      2_000,
    );
  });

  for (const mode of ['forged', 'lower'] as const) {
    it(`the worker refuses a ${mode} payment from a test-modified proxy and keeps what it had`, async () => {
      const sc = devnet.workerSc(honest.owner);
      await waitFor(
        'a signed payment held',
        () => (honest.ledger.payments.get(sc)?.tokens ?? 0n) > 1n,
        10_000,
      );
      const held = honest.ledger.payments.get(sc)!.tokens;
      const rejected = () =>
        lines.filter((l) => l.scope.includes('honest') && /rejected payment/.test(l.message));
      const seen = rejected().length;
      signing = mode;
      try {
        cheater.network.setDisabled(true); // the next request goes to the honest worker
        const serving = () =>
          proxy
            .workers()
            .filter((w) => w.ready && w.enabled)
            .map((w) => w.owner);
        await waitFor(
          'only the honest worker serving',
          () => serving().length === 1 && serving()[0] === ownerOf(honest),
          5_000,
        );
        expect((await post(client.url, '/v1/chat/completions', chat('pay me'))).status).toBe(200);
        await waitFor('the worker to drop the connection', () => rejected().length > seen, 5_000);
        expect(rejected().at(-1)!.message).toMatch(
          mode === 'forged' ? /signature does not verify/ : /below the \d+ already signed/,
        );
        expect(honest.ledger.payments.get(sc)!.tokens).toBe(held);
      } finally {
        signing = 'honest';
        cheater.network.setDisabled(false);
      }
      // Back to an honest proxy: the worker reconnects and catches up to the books exactly.
      await waitFor(
        'the ledger to catch up',
        () => {
          const book = proxy.books().find((b) => b.owner === ownerOf(honest));
          return (
            book !== undefined &&
            honest.ledger.payments.get(sc)?.tokens === book.signed_tokens &&
            book.signed_tokens > held
          );
        },
        15_000,
      );
    }, 40_000);
  }

  it('answers 503 at once when no worker is ready', async () => {
    const empty = await DevnetProxy.start({ log, signer: devnetSigner(devnet), powDifficulty: 6 });
    const endpoint = await ClientEndpoint.start({ proxy: empty, log });
    try {
      const started = Date.now();
      const r = await post(endpoint.url, '/v1/chat/completions', chat('anyone?'));
      expect(r.status).toBe(503);
      expect(JSON.parse(r.text)).toMatchObject({ error: { type: 'no_worker' } });
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      await endpoint.stop();
      await empty.stop();
    }
  });
});
