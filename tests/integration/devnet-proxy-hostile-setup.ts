// Shared setup of the devnet proxy's hostile-peer tests (devnet-proxy-hostile-links.test.ts and
// devnet-proxy-hostile-requests.test.ts): on loopback with real TLS and the real engine, a proxy with a
// test-modified payment signer, a client endpoint, an honest worker and a cheating one. Each test file calls
// useHostileDevnet() once and reads the live bindings below.
import { rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { afterAll, beforeAll } from 'vitest';
import { ClientEndpoint } from '../../src/devnet/client/index.js';
import {
  DevnetProxy,
  devnetSigner,
  paymentSigner,
  type PaymentSigner,
  type RequestEnd,
} from '../../src/devnet/proxy/index.js';
import { keyPairFromSeed } from '@ton/crypto';
import type { DevnetChain } from '../../src/devnet/chain/devnet-chain.js';
import type { SandboxHost } from '../../src/engine/sandbox/host.js';
import type { Measurements } from '../../src/attestation/measure.js';
import type { InferenceBackend } from '../../src/net/query-runner.js';
import { tinyHost } from './engine-helpers.js';
import {
  capturingLogger,
  devnetChain,
  measure,
  MODEL,
  startWorker,
  waitFor,
  type TestWorker,
} from './devnet-proxy-helpers.js';

export let host: SandboxHost;
let dir: string;
export let devnet: DevnetChain;
export let measurements: Measurements;
export let proxy: DevnetProxy;
export let client: ClientEndpoint;
export let honest: TestWorker;
export let cheater: TestWorker;
export const ends: RequestEnd[] = [];
let signing: 'honest' | 'forged' | 'lower' = 'honest';
export const { log, lines } = capturingLogger('devnet');

/** How the test-modified proxy signs its next payments. */
export function setSigning(mode: 'honest' | 'forged' | 'lower'): void {
  signing = mode;
}

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

/** Starts the devnet before the file's tests and stops it after them. */
export function useHostileDevnet(): void {
  beforeAll(async () => {
    ({ host, dir } = await tinyHost({ maxActiveRequests: 4 }));
    measurements = await measure(host);
    devnet = await devnetChain(log.child('chain'));
    proxy = await DevnetProxy.start({
      log: log.child('proxy'),
      signer: switchableSigner(devnet),
      powDifficulty: 6,
      policy: 'home',
      onRequestEnd: (e: RequestEnd) => ends.push(e),
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
    await waitFor(
      'two ready workers',
      () => proxy.workers().filter((w) => w.ready && w.enabled).length === 2,
    );
  }, 120_000);

  afterAll(async () => {
    for (const w of [honest, cheater]) await w?.stop();
    await client?.stop();
    await proxy?.stop();
    await host?.stop();
    await rm(dir, { recursive: true, force: true });
  });
}

export const chat = (content: string) => ({
  model: MODEL,
  messages: [{ role: 'user', content }],
  max_tokens: 6,
  temperature: 0,
});
export const ownerOf = (w: TestWorker) => w.owner.toRawString();
