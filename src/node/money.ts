// The money side of one node: chain access, the node's own wallet (pays claim fees), the payout service,
// and wallet linking. In the embedded default everything runs on the devnet's emulated chain with a local
// TON Connect bridge and a devnet wallet; with remote settings it uses real TON through @ton/ton.
import path from 'node:path';
import { toNano, type Address } from '@ton/core';
import { errorMessage, type Logger } from '../logging/logger.js';
import type { SecretStore as DeviceSecrets } from '../attestation/secret-store.js';
import {
  COMMON_WALLETS,
  JsonFileClaimStore,
  NodeWallet,
  PayoutService,
  SandboxChain,
  Sweeper,
  TonClientChain,
  WalletLinker,
  parseRootData,
  type Chain,
  type RootParams,
  type ClaimStore,
} from '../chain/index.js';
import { DevnetChain } from '../devnet/chain/devnet-chain.js';
import { BridgeServer } from '../devnet/bridge/bridge-server.js';
import { DevnetWallet } from '../devnet/wallet/devnet-wallet.js';
import type { Multipliers } from '../net/token-counter.js';
import { chainSecrets, JsonKeyValueStore } from './stores.js';
import type { StateFileNotices } from '../state-files/notices.js';
import { recoveredText } from './state-file-recovery.js';

export interface DevnetMoney {
  chain: DevnetChain;
  bridge: BridgeServer;
  wallet: DevnetWallet;
}

export interface Money {
  chain: Chain;
  nodeWallet: NodeWallet;
  payouts: PayoutService;
  /** Sends the owner what the node wallet received for them (quote first, then the confirmed sweep). */
  sweeper: Sweeper;
  claims: ClaimStore;
  linker: WalletLinker;
  devnet: DevnetMoney | null;
  params(): RootParams | null;
  /** The worker's owner: the linked wallet, or the node wallet until one is linked. */
  owner(): Address;
  close(): Promise<void>;
}

export interface RemoteChainSettings {
  network: 'mainnet' | 'testnet';
  endpoint: string | null;
  apiKey: string | null;
  rootAddress: string | null;
}

export function multipliersOf(p: RootParams | null): Multipliers {
  return p
    ? { prompt: p.promptMult, cached: p.cachedMult, completion: p.completionMult, reasoning: p.reasoningMult }
    : { prompt: 10_000, cached: 10_000, completion: 10_000, reasoning: 10_000 };
}

export async function createMoney(o: {
  dataDir: string;
  log: Logger;
  secrets: DeviceSecrets;
  remote: RemoteChainSettings | null;
  notices?: StateFileNotices;
}): Promise<Money> {
  const log = o.log;
  const secrets = chainSecrets(o.secrets);
  let chain: Chain;
  let sandbox: SandboxChain | null = null;
  let devnet: DevnetMoney | null = null;
  let params: RootParams | null = null;
  if (o.remote === null) {
    sandbox = await SandboxChain.open({
      log: log.child('chain'),
      snapshotFile: path.join(o.dataDir, 'devnet', 'chain.json'),
    });
    const devnetChain = await DevnetChain.start({ chain: sandbox, log: log.child('devnet-chain') });
    const bridge = new BridgeServer({ log: log.child('bridge') });
    await bridge.listen();
    const wallet = await DevnetWallet.create({
      chain: sandbox,
      bridge,
      secrets,
      log: log.child('devnet-wallet'),
      autoApprove: false,
    });
    devnet = { chain: devnetChain, bridge, wallet };
    chain = sandbox;
    params = devnetChain.params;
  } else {
    chain = new TonClientChain({
      network: o.remote.network,
      log: log.child('chain'),
      ...(o.remote.endpoint ? { endpoint: o.remote.endpoint } : {}),
      ...(o.remote.apiKey ? { apiKey: o.remote.apiKey } : {}),
    });
    params = await readRootParams(chain, o.remote.rootAddress, log);
  }
  const nodeWallet = await NodeWallet.open({ chain, secrets, log: log.child('node-wallet') });
  if (sandbox && (await nodeWallet.balance()) < toNano(1)) {
    // The devnet faucet funds the node wallet so it can pay claim fees (simulated money).
    await sandbox.fund(nodeWallet.address, toNano(5));
  }
  const claims = new JsonFileClaimStore(path.join(o.dataDir, 'claims.json'));
  const payouts = new PayoutService({ chain, wallet: nodeWallet, store: claims, log: log.child('payouts') });
  const sweeper = new Sweeper({ chain, wallet: nodeWallet, store: claims, log: log.child('sweep') });
  const wallets = devnet
    ? [
        {
          appName: 'silkworm-devnet-wallet',
          name: 'Silkworm devnet wallet',
          universalLink: devnet.wallet.universalLink,
          bridgeUrl: devnet.bridge.bridgeUrl,
        },
        ...COMMON_WALLETS,
      ]
    : COMMON_WALLETS;
  const linker = new WalletLinker({
    store: new JsonKeyValueStore(path.join(o.dataDir, 'wallet-link.json'), (d) =>
      o.notices?.damaged(d, recoveredText.walletLink),
    ),
    log: log.child('wallet'),
    manifestUrl: devnet ? devnet.bridge.manifestUrl : 'https://silkworm.invalid/tonconnect-manifest.json',
    wallets,
    ...(devnet ? { walletsListSource: `${devnet.bridge.origin}/wallet/wallets.json` } : {}),
  });
  await linker.start();
  return {
    chain,
    nodeWallet,
    payouts,
    sweeper,
    claims,
    linker,
    devnet,
    params: () => params,
    owner: () => linker.owner ?? nodeWallet.address,
    async close() {
      linker.close();
      await devnet?.bridge.close();
      await chain.close();
    },
  };
}

async function readRootParams(chain: Chain, root: string | null, log: Logger): Promise<RootParams | null> {
  if (!root) return null;
  try {
    const { Address } = await import('@ton/core');
    const account = await chain.getAccount(Address.parse(root));
    return account.data ? parseRootData(account.data).params : null;
  } catch (err) {
    log.warn(`could not read the root contract ${root}: ${errorMessage(err)}`);
    return null;
  }
}
