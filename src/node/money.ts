// The money side of one node: chain access, the node's own wallet (pays claim fees), the payout service,
// and wallet linking. Every network is reached the same way: TON's HTTP API through @ton/ton; the network's
// prices come from its root contract (read by the root watcher), and a network with a faucet tops the
// node wallet up so it can pay its claim fees.
import path from 'node:path';
import { toNano, type Address } from '@ton/core';
import { errorMessage, type Logger } from '../logging/logger.js';
import type { SecretStore as DeviceSecrets } from '../attestation/secret-store.js';
import {
  COMMON_WALLETS,
  JsonFileClaimStore,
  NodeWallet,
  PayoutService,
  Sweeper,
  WalletLinker,
  type Chain,
  type RootParams,
  type ClaimStore,
} from '../chain/index.js';
import type { NetworkTarget } from '../discovery/network-target.js';
import type { Multipliers } from '../net/token-counter.js';
import { chainSecrets, JsonKeyValueStore } from './stores.js';
import type { StateFileNotices } from '../state-files/notices.js';
import { recoveredText } from './state-file-recovery.js';

export interface Money {
  chain: Chain;
  nodeWallet: NodeWallet;
  payouts: PayoutService;
  /** Sends the owner what the node wallet received for them (quote first, then the confirmed sweep). */
  sweeper: Sweeper;
  claims: ClaimStore;
  linker: WalletLinker;
  /** The network's prices and contract code, from its root contract (null until read). */
  params(): RootParams | null;
  /** The worker's owner: a fixed owner (headless workers), the linked wallet, or the node wallet. */
  owner(): Address;
  close(): Promise<void>;
}

export function multipliersOf(p: RootParams | null): Multipliers {
  return p
    ? { prompt: p.promptMult, cached: p.cachedMult, completion: p.completionMult, reasoning: p.reasoningMult }
    : { prompt: 10_000, cached: 10_000, completion: 10_000, reasoning: 10_000 };
}

/** The node wallet is topped up to this on networks with a faucet. */
const FAUCET_FLOOR = toNano(1);
const FAUCET_AMOUNT = toNano(5);

export async function createMoney(o: {
  dataDir: string;
  log: Logger;
  secrets: DeviceSecrets;
  chain: Chain;
  target: NetworkTarget;
  params: () => RootParams | null;
  /** A fixed owner instead of wallet linking (headless workers). */
  owner?: Address;
  notices?: StateFileNotices;
}): Promise<Money> {
  const { log, chain, target } = o;
  const secrets = chainSecrets(o.secrets);
  const nodeWallet = await NodeWallet.open({ chain, secrets, log: log.child('node-wallet') });
  if (target.faucet) {
    try {
      if ((await nodeWallet.balance()) < FAUCET_FLOOR) await target.faucet(nodeWallet.address, FAUCET_AMOUNT);
    } catch (err) {
      log.warn(`the network's faucet did not top up the node wallet: ${errorMessage(err)}`);
    }
  }
  const claims = new JsonFileClaimStore(path.join(o.dataDir, 'claims.json'));
  const payouts = new PayoutService({ chain, wallet: nodeWallet, store: claims, log: log.child('payouts') });
  const sweeper = new Sweeper({ chain, wallet: nodeWallet, store: claims, log: log.child('sweep') });
  const link = target.walletLink;
  const linker = new WalletLinker({
    store: new JsonKeyValueStore(path.join(o.dataDir, 'wallet-link.json'), (d) =>
      o.notices?.damaged(d, recoveredText.walletLink),
    ),
    log: log.child('wallet'),
    manifestUrl: link?.manifestUrl ?? 'https://silkworm.invalid/tonconnect-manifest.json',
    wallets: [...(link?.wallets ?? []), ...COMMON_WALLETS],
    ...(link?.walletsListSource ? { walletsListSource: link.walletsListSource } : {}),
  });
  await linker.start();
  return {
    chain,
    nodeWallet,
    payouts,
    sweeper,
    claims,
    linker,
    params: o.params,
    owner: () => o.owner ?? linker.owner ?? nodeWallet.address,
    async close() {
      linker.close();
      await chain.close();
    },
  };
}
