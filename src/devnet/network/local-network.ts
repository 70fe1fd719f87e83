// A whole local network in one process: an emulated TON chain served over TON's HTTP API on 127.0.0.1, a
// root contract that lists the network's proxy (its worker port, client port and TLS key), the proxy
// itself, an OpenAI-compatible client endpoint, a TON Connect bridge with a wallet app, client traffic and
// canaries. Nodes reach it exactly as they reach a real network: given the TON endpoint and the root
// address, they read the root, find the proxy, verify its key and dial it. `silkworm devnet serve` runs it
// standalone; the app's default runs it in-process.
import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import type { Logger } from '../../logging/logger.js';
import { SandboxChain } from '../chain/sandbox-chain.js';
import { createCertificate } from '../../protocol/ratls/certificate.js';
import type { NetworkDamage, NetworkTarget, ResolvedNetwork } from '../../discovery/network-target.js';
import { DevnetChain } from '../chain/devnet-chain.js';
import { DevnetProxy, devnetSigner } from '../proxy/index.js';
import { ClientEndpoint } from '../client/index.js';
import { BridgeServer } from '../bridge/bridge-server.js';
import { DevnetWallet } from '../wallet/devnet-wallet.js';
import { TonApiServer } from '../ton-api/index.js';
import { listenStable, readPorts, writePorts, type StoredPorts } from '../proxy/port-file.js';
import { NetworkDemand } from './demand.js';
import { devnetSecrets, stableSeed } from './devnet-secrets.js';
import { publishProxy } from './publish-proxy.js';
import { workerContractFloor } from '../proxy/chain-floor.js';
import { cocoonView, writeCocoonConfig } from '../cocoon-config/index.js';
import type { Verifier } from '../verify/verifier.js';
import { startNetworkVerification, type NetworkVerificationOptions } from '../verify/network-verification.js';

export interface LocalNetworkOptions {
  /** Where the chain, ports, books and keys persist; null: a throwaway network in memory. */
  dir: string | null;
  log: Logger;
  /** Proof-of-work demanded from workers (Cocoon's router uses 20). */
  powDifficulty?: number;
  /** Client requests per minute the network sends while a worker serves (0: none). */
  requestsPerMinute?: number;
  /** Approve wallet requests without the approval page (tests, scripted runs). */
  autoApproveWallet?: boolean;
  /**
   * Host a Cocoon C++ worker-runner in fake-TON test mode: the proxy's `cocoon-test` tier on, with the
   * contracts such a runner derives from Cocoon's fixed fake-TON params, and its config files written here.
   */
  cocoonConfigDir?: string;
  /**
   * Check the work of the demo model's workers (docs/verification.md): a reference engine on the generated
   * demo model, lanes, evaluation traffic from the corpus. Other models: "no reference", canaries as before.
   */
  verification?: NetworkVerificationOptions;
}

/** What `silkworm devnet serve --json` prints once ready. */
export interface LocalNetworkInfo {
  ton_endpoint: string;
  root_address: string;
  client_url: string;
  proxy_worker_address: string;
}

export interface LocalNetwork extends ResolvedNetwork {
  readonly info: LocalNetworkInfo;
  readonly chain: SandboxChain;
  readonly devnet: DevnetChain;
  readonly proxy: DevnetProxy;
  readonly wallet: DevnetWallet;
  /** The checks' verifier (standings by owner) when verification is on, else null. */
  readonly verifier: Verifier | null;
}

const PROXY_TLS_SEED = 'devnet-proxy-tls-seed';

export async function startLocalNetwork(o: LocalNetworkOptions): Promise<LocalNetwork> {
  const log = o.log;
  if (o.dir) await mkdir(o.dir, { recursive: true });
  const file = (name: string): string | undefined => (o.dir ? path.join(o.dir, name) : undefined);
  const portsFile = file('ports.json');
  const stored: StoredPorts = portsFile ? await readPorts(portsFile, log) : {};
  const closers: Array<() => Promise<void>> = [];
  const damaged: NetworkDamage[] = [];
  const damageListeners: Array<(d: NetworkDamage) => void> = [];
  const reportDamage = (d: NetworkDamage): void => {
    damaged.push(d);
    for (const l of damageListeners) l(d);
  };
  const close = async (): Promise<void> => {
    for (const c of closers.reverse()) await c().catch(() => undefined);
  };
  try {
    const snapshotFile = file('chain.json');
    const chain = await SandboxChain.open({
      log: log.child('chain'),
      ...(snapshotFile ? { snapshotFile } : {}),
    });
    closers.push(() => chain.close());
    if (chain.damage)
      reportDamage({
        damage: chain.damage,
        recovered: chain.restoreProblem?.includes('copy was restored')
          ? 'The emulated chain was restored from its intact copy; nothing was lost.'
          : 'No copy could be read: a new emulated chain was started (local demo money only).',
      });
    const devnet = await DevnetChain.start({ chain, log: log.child('devnet-chain') });
    const cocoon = o.cocoonConfigDir ? cocoonView(devnet) : null;
    const secrets = devnetSecrets(o.dir);
    const cert = createCertificate({ seed: await stableSeed(secrets, PROXY_TLS_SEED) });
    const demand: { current: NetworkDemand | null } = { current: null };
    const booksFile = file('proxy-books.json');
    const checks = o.verification
      ? await startNetworkVerification({ ...o.verification, dir: o.dir, log: log.child('verify') })
      : null;
    if (checks) closers.push(() => checks.close());
    const proxy = await listenStable({
      name: 'proxy',
      stored: stored.proxy,
      log,
      start: (port) =>
        DevnetProxy.start({
          log: log.child('proxy'),
          port,
          tls: { certPem: cert.certPem, keyPem: cert.keyPem },
          signer: devnetSigner(devnet),
          powDifficulty: o.powDifficulty ?? 20,
          policy: 'home',
          ...(cocoon ? { cocoonTest: { signer: cocoon.signer } } : {}),
          chainFloor: workerContractFloor(chain, (owner) => devnet.workerSc(owner)),
          ...(booksFile ? { booksFile } : {}),
          booksRecovery: {
            // The proxy's own books are its truth; the signed payments workers hold stay valid on chain.
            floor: () => 0n,
            onDamage: (damage) =>
              reportDamage({
                damage,
                recovered:
                  "The local network's proxy started its books again; payments your worker already holds stay claimable.",
              }),
          },
          onWorkersChanged: () => demand.current?.update(),
          ...(checks ? { verification: checks.verification } : {}),
        }),
    });
    closers.push(() => proxy.stop());
    const client = await listenStable({
      name: 'client',
      stored: stored.client,
      log,
      start: (port) =>
        ClientEndpoint.start({
          proxy,
          port,
          log: log.child('client'),
          checked: (model) => checks?.verifier.referenceFor(model) != null,
        }),
    });
    closers.push(() => client.stop());
    const api = await listenStable({
      name: 'ton',
      stored: stored.ton,
      log,
      start: (port) => TonApiServer.start({ chain, port, log: log.child('ton-api') }),
    });
    closers.push(() => api.close());
    const bridge = new BridgeServer({ log: log.child('bridge') });
    await bridge.listen();
    closers.push(() => bridge.close());
    const wallet = await DevnetWallet.create({
      chain,
      bridge,
      secrets,
      log: log.child('wallet'),
      autoApprove: o.autoApproveWallet ?? false,
    });
    if (
      portsFile &&
      (stored.proxy !== proxy.port || stored.client !== client.port || stored.ton !== api.port)
    )
      await writePorts(portsFile, { proxy: proxy.port, client: client.port, ton: api.port });
    // The root lists this proxy where it listens now, and the key it presents (the home-tier rule).
    await publishProxy(devnet, {
      workers: `127.0.0.1:${proxy.port}`,
      clients: `127.0.0.1:${client.port}`,
      tlsKey: cert.rawPublicKey,
    });
    if (o.cocoonConfigDir && cocoon) {
      const files = await writeCocoonConfig({
        dir: o.cocoonConfigDir,
        devnet,
        view: cocoon,
        proxyEntry: `127.0.0.1:${proxy.port} 127.0.0.1:${client.port}`,
        publicKeys: proxy.requestKeys.published(),
      });
      log.info(`Cocoon worker-runner files: ${files.rootConfig}, ${files.workerConfig}`);
    }
    demand.current = new NetworkDemand({
      proxy,
      clientUrl: client.url,
      requestsPerMinute: o.requestsPerMinute ?? 0,
      log,
      ...(checks ? { verification: checks } : {}),
    });
    closers.push(() => demand.current?.stop() ?? Promise.resolve());
    const info: LocalNetworkInfo = {
      ton_endpoint: api.url,
      root_address: devnet.rootSc.toString({ testOnly: true }),
      client_url: client.url,
      proxy_worker_address: `127.0.0.1:${proxy.port}`,
    };
    const target: NetworkTarget = {
      label: 'Local demo network',
      kind: 'local',
      endpoints: [api.url],
      apiKey: null,
      rootAddress: info.root_address,
      manualProxies: [],
      demoModel: true,
      walletLink: {
        manifestUrl: bridge.manifestUrl,
        wallets: [
          {
            appName: 'silkworm-devnet-wallet',
            name: 'Silkworm devnet wallet',
            universalLink: wallet.universalLink,
            bridgeUrl: bridge.bridgeUrl,
          },
        ],
        walletsListSource: `${bridge.origin}/wallet/wallets.json`,
      },
      clientUrl: client.url,
      faucet: (address, nano) => chain.fund(address, nano),
    };
    log.info(`local network: TON API ${api.url}, root ${info.root_address}, client ${client.url}`);
    return {
      info,
      target,
      chain,
      devnet,
      proxy,
      wallet,
      verifier: checks?.verifier ?? null,
      onDamage(listener) {
        for (const d of damaged) listener(d);
        damageListeners.push(listener);
      },
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}
