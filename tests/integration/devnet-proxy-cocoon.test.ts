// The devnet proxy as Cocoon's proxy is today (9060ce5), against real worker sessions on loopback (TCP → PoW
// → TLS 1.3 → frames): a Silkworm worker negotiates protocol 4; a client that encrypts end to end through
// the client endpoint gets an answer only it can open, served by the real engine; worker.changeModel is
// accepted or refused without dropping the link; a Cocoon-style worker (plain certificate, [3,4]) is
// admitted only by the cocoon-test tier and shown as unattested; and a new owner's book starts at what the
// owner's worker contract already paid out.
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Address, toNano } from '@ton/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeWallet } from '../../src/chain/node-wallet.js';
import { memorySecretStore } from '../../src/chain/memory-stores.js';
import { PayoutService } from '../../src/chain/payout/payout-service.js';
import { MemoryClaimStore } from '../../src/chain/payout/claim-store.js';
import { ClientEndpoint } from '../../src/devnet/client/index.js';
import type { DevnetChain } from '../../src/devnet/chain/devnet-chain.js';
import { workerContractFloor } from '../../src/devnet/proxy/chain-floor.js';
import { DevnetProxy, devnetSigner, type PaymentSigner } from '../../src/devnet/proxy/index.js';
import { cocoonView } from '../../src/devnet/cocoon-config/index.js';
import type { SandboxHost } from '../../src/engine/sandbox/host.js';
import type { Measurements } from '../../src/attestation/measure.js';
import {
  answerDecryptor,
  COCOON_TEST_KEY,
  encryptRequest,
  type ClientKey,
} from '../../src/protocol/e2e/index.js';
import { createCertificate } from '../../src/protocol/ratls/certificate.js';
import { tinyHost } from './engine-helpers.js';
import {
  capturingLogger,
  devnetChain,
  dialProxy,
  measure,
  MODEL,
  post,
  startWorker,
  waitFor,
  type TestWorker,
} from './devnet-proxy-helpers.js';

const { log } = capturingLogger('cocoon');
const clientKey: ClientKey = {
  seed: createHash('sha256').update('devnet e2e client').digest(),
  receiverPublicKey: COCOON_TEST_KEY.publicKey,
};
let host: SandboxHost;
let engineDir: string;
let measurements: Measurements;
let devnet: DevnetChain;
const stops: Array<() => Promise<void>> = [];

beforeAll(async () => {
  ({ host, dir: engineDir } = await tinyHost());
  measurements = await measure(host);
  devnet = await devnetChain(log.child('chain'));
}, 180_000);

afterAll(async () => {
  for (const s of stops.reverse()) await s();
  await host.stop();
  await rm(engineDir, { recursive: true, force: true, maxRetries: 5 });
});

async function startProxy(
  o: { cocoonTest?: { signer?: PaymentSigner }; booksFile?: string } = {},
): Promise<DevnetProxy> {
  const proxy = await DevnetProxy.start({
    log: log.child('proxy'),
    signer: devnetSigner(devnet),
    powDifficulty: 8,
    policy: 'home',
    homePolicy: { codeHashes: [measurements.codeBundle], modelHashes: [measurements.model] },
    chainFloor: workerContractFloor(devnet.chain, (owner) => devnet.workerSc(owner)),
    ...o,
  });
  stops.push(() => proxy.stop());
  return proxy;
}

async function worker(
  proxy: DevnetProxy,
  seed: number,
  extra: Partial<Parameters<typeof startWorker>[0]> = {},
) {
  const w: TestWorker = await startWorker({
    port: proxy.port,
    backend: host,
    measurements,
    seed,
    log,
    ...extra,
  });
  stops.push(() => w.stop());
  await waitFor(
    'the worker to be ready',
    () => proxy.workers().some((v) => v.ready && v.owner === w.owner.toRawString()),
    60_000,
  );
  const view = proxy.workers().find((v) => v.owner === w.owner.toRawString());
  if (!view) throw new Error('no view');
  return { w, view };
}

describe('devnet proxy, Cocoon 9060ce5', () => {
  it('serves a client that encrypts end to end through a protocol-4 worker; refuses a key it does not hold', async () => {
    const proxy = await startProxy();
    const client = await ClientEndpoint.start({ proxy, log });
    stops.push(() => client.stop());
    const { view } = await worker(proxy, 41);
    expect(view).toMatchObject({ protoVersion: 4, tier: 'home', attested: true });
    const plain = {
      model: MODEL,
      messages: [{ role: 'user', content: 'Name a colour.' }],
      max_tokens: 6,
      temperature: 0,
    };
    const sealed = encryptRequest(plain, clientKey);
    expect(JSON.stringify(sealed)).not.toContain('Name a colour');
    const res = await post(client.url, '/v1/chat/completions', sealed);
    expect(res.status).toBe(200);
    expect(res.text).toContain('"is_encrypted":"v1"');
    const opened = answerDecryptor('json', clientKey);
    const text = Buffer.concat([opened.push(Buffer.from(res.text)), opened.finish()]).toString();
    const answer = JSON.parse(text) as {
      choices: Array<{ message: { content: string } }>;
      usage: { completion_tokens: number };
    };
    expect(typeof answer.choices[0]?.message.content).toBe('string');
    expect(answer.usage.completion_tokens).toBeGreaterThan(0);
    // The same request in clear gives the same greedy answer.
    const clear = await post(client.url, '/v1/chat/completions', plain);
    expect((JSON.parse(clear.text) as typeof answer).choices[0]?.message.content).toBe(
      answer.choices[0]?.message.content,
    );

    const stranger = encryptRequest(plain, { ...clientKey, receiverPublicKey: Buffer.alloc(32, 5) });
    const refused = await post(client.url, '/v1/chat/completions', stranger);
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('unknown public key');
  }, 180_000);

  it('asks a worker to change model: accepted, refused with its reason, and the link stays up', async () => {
    const proxy = await startProxy();
    const asked: string[] = [];
    const { view } = await worker(proxy, 42, {
      changeModel: (model) => {
        asked.push(model);
        return Promise.resolve(
          model === 'other-model' ? { ok: true } : { ok: false, reason: `model ${model} is not installed` },
        );
      },
    });
    await expect(proxy.changeWorkerModel(view.id, 'other-model')).resolves.toEqual({ ok: true });
    await expect(proxy.changeWorkerModel(view.id, 'missing')).resolves.toEqual({
      ok: false,
      code: 602,
      reason: 'model missing is not installed',
    });
    expect(asked).toEqual(['other-model', 'missing']);
    expect(proxy.workers().find((v) => v.id === view.id)?.ready).toBe(true);
    const { view: plainWorker } = await worker(proxy, 43); // no changeModel: Silkworm's default refusal
    const refusal = await proxy.changeWorkerModel(plainWorker.id, 'other-model');
    expect(refusal).toMatchObject({ ok: false, code: 602 });
    await expect(proxy.changeWorkerModel(9999, 'x')).rejects.toThrow(/no worker connection/);
  }, 180_000);

  it('admits a plain-certificate worker offering [3,4] only in the cocoon-test tier, labelled unattested', async () => {
    const plainIdentity = (() => {
      const c = createCertificate();
      return { certPem: c.certPem, keyPem: c.keyPem };
    })();
    const owner = new Address(0, Buffer.alloc(32, 44));
    const handshake = async (port: number) => {
      const conn = await dialProxy(port, plainIdentity, log);
      const connected = await conn.call({
        _: 'worker.connectToProxy',
        params: {
          _: 'worker.params',
          flags: 3, // no bit 2: the 9060ce5 C++ worker never sends a machine description
          worker_owner_address: owner.toString({ bounceable: false, testOnly: true }),
          model: MODEL,
          coefficient: 1000,
          is_test: true,
          proxy_cnt: 1,
          max_active_requests: 2,
          min_proto_version: 3,
          max_proto_version: 4,
        },
      });
      await conn.call({
        _: 'worker.compareBalanceWithProxy',
        tokens_committed_to_blockchain: 0n,
        tokens_committed_to_db: 0n,
        max_tokens: 0n,
      });
      await conn.call({ _: 'worker.proxyHandshakeComplete', is_disabled: false });
      return { conn, connected };
    };
    const strict = await startProxy();
    await expect(handshake(strict.port)).rejects.toThrow();
    expect(strict.workers()).toEqual([]);

    const view = cocoonView(devnet); // what a fake-TON runner derives (devnet serve --cocoon-config)
    const tiered = await startProxy({ cocoonTest: { signer: view.signer } });
    const { conn, connected } = await handshake(tiered.port);
    const form = { bounceable: false, testOnly: true };
    expect(connected).toMatchObject({
      params: { proto_version: 4, proxy_sc_address: view.proxySc.toString(form) },
      worker_sc_address: view.workerSc(owner).toString(form),
    });
    const shown = tiered.workers()[0];
    expect(shown).toMatchObject({
      tier: 'cocoon-test',
      attested: false,
      attestation: 'none',
      protoVersion: 4,
      ready: true,
    });
    expect(shown?.trust).toMatch(/unattested.*canary-checked/);
    conn.close('done');
  }, 120_000);

  it("starts a new owner's book at the tokens its worker contract already paid out", async () => {
    const seed = 45;
    const owner = new Address(0, Buffer.alloc(32, seed));
    const wallet = await NodeWallet.open({ chain: devnet.chain, secrets: memorySecretStore(), log });
    await devnet.chain.fund(wallet.address, toNano('3'));
    const payouts = new PayoutService({ chain: devnet.chain, wallet, store: new MemoryClaimStore(), log });
    const claim = await payouts.claimNow(devnet.payment(owner, devnet.signPayment(owner, 700n)), {
      force: true,
    });
    expect(claim.status).toBe('paid');
    const dir = await mkdtemp(join(tmpdir(), 'sw-books-'));
    stops.push(() => rm(dir, { recursive: true, force: true }));
    const proxy = await startProxy({ booksFile: join(dir, 'books.json') }); // no books file yet
    const { w } = await worker(proxy, seed);
    const book = proxy.books().find((b) => b.owner === owner.toRawString());
    expect(book).toMatchObject({ max_tokens: 700n, signed_tokens: 700n });
    await waitFor('the worker to hold the 700-token payment', () => w.ledger.signedTokens() >= 700n);
  }, 180_000);
});
