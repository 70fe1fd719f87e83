// The embedded devnet of the default run: the devnet proxy on 127.0.0.1 (proof-of-work, RA-TLS with the
// home policy, Cocoon's handshake, routing, signed payments on the emulated chain), its OpenAI-compatible
// client endpoint (so anyone can curl it), and a trickle of client requests so earnings appear.
import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import { drop, type Logger } from '../logging/logger.js';
import type { DevnetChain } from '../devnet/chain/devnet-chain.js';
import type { BooksRecovery } from '../devnet/proxy/books-file.js';
import { CanaryRunner, DevnetProxy, devnetSigner, engineReference } from '../devnet/proxy/index.js';
import type { InferenceBackend } from '../net/query-runner.js';
import { ClientEndpoint } from '../devnet/client/index.js';
import { startTrickle, type Trickle } from '../devnet/load/index.js';
import { listenStable, readPorts, writePorts } from '../devnet/proxy/port-file.js';

export interface EmbeddedDevnet {
  proxy: DevnetProxy;
  client: ClientEndpoint;
  /** host:port of the proxy's worker port. */
  workerAddress: string;
  clientUrl: string;
  /** The worker now serves another model: the trickle and the canaries ask for it (canaries re-learn their answer). */
  setModel(model: string): void;
  close(): Promise<void>;
}

export interface EmbeddedDevnetOptions {
  log: Logger;
  chain: DevnetChain;
  dataDir: string;
  /** Proof-of-work demanded from workers; Cocoon's router uses 20 (≈0.6 s per connection). */
  powDifficulty?: number;
  model: string;
  requestsPerMinute: number;
  /** Computes the canaries' known greedy answer (the node's own engine on the same tiny model). */
  reference: InferenceBackend;
  /** How the proxy's books start again when their file is damaged. */
  booksRecovery?: BooksRecovery;
}

export async function startEmbeddedDevnet(o: EmbeddedDevnetOptions): Promise<EmbeddedDevnet> {
  await mkdir(o.dataDir, { recursive: true });
  // The trickle of client requests runs only while a worker can take them: a paused or stopped worker
  // means an idle daemon, not a stream of refused requests.
  let trickle: Trickle | null = null;
  let model = o.model;
  const stopTrickle = (): void => {
    if (!trickle) return;
    drop(trickle.stop(), o.log, 'stopping the trickle');
    trickle = null;
  };
  const onWorkers = (): void => {
    const serving = proxy.workers().some((w) => w.ready && w.enabled);
    if (serving && !trickle && o.requestsPerMinute > 0) {
      trickle = startTrickle({
        url: client.url,
        model,
        ratePerSecond: o.requestsPerMinute / 60,
        maxTokens: 48,
        log: o.log.child('trickle'),
      });
    } else if (!serving) stopTrickle();
  };
  // The same ports as last time when they are free, so copied URLs and curl commands keep working.
  const portsFile = path.join(o.dataDir, 'ports.json');
  const stored = await readPorts(portsFile, o.log);
  const proxy: DevnetProxy = await listenStable({
    name: 'proxy',
    stored: stored.proxy,
    log: o.log,
    start: (port) =>
      DevnetProxy.start({
        log: o.log.child('proxy'),
        port,
        signer: devnetSigner(o.chain),
        powDifficulty: o.powDifficulty ?? 20,
        policy: 'home',
        booksFile: path.join(o.dataDir, 'proxy-books.json'),
        ...(o.booksRecovery ? { booksRecovery: o.booksRecovery } : {}),
        onWorkersChanged: () => onWorkers(),
      }),
  });
  const client = await listenStable({
    name: 'client',
    stored: stored.client,
    log: o.log,
    start: (port) => ClientEndpoint.start({ proxy, port, log: o.log.child('client') }),
  });
  if (stored.proxy !== proxy.port || stored.client !== client.port)
    await writePorts(portsFile, { proxy: proxy.port, client: client.port });
  o.log.info(`devnet client endpoint: ${client.url} (OpenAI-compatible; try curl ${client.url}/models)`);
  // Canaries: a temperature-0 request whose answer is known; a worker that answers otherwise loses reputation.
  const startCanaries = (): CanaryRunner => {
    const runner = new CanaryRunner({
      proxy,
      model,
      intervalMs: 120_000,
      log: o.log.child('canary'),
      reference: engineReference(o.reference, model),
    });
    drop(runner.start(), o.log, 'starting the canaries');
    return runner;
  };
  let canaries = startCanaries();
  return {
    proxy,
    client,
    workerAddress: `127.0.0.1:${proxy.port}`,
    clientUrl: client.url,
    setModel(next) {
      if (next === model) return;
      model = next;
      stopTrickle();
      canaries.stop();
      canaries = startCanaries();
      onWorkers();
    },
    async close() {
      canaries.stop();
      const running: Trickle | null = trickle;
      trickle = null;
      await running?.stop();
      await client.stop();
      await proxy.stop();
    },
  };
}
