// The network a node serves, as its entry point resolves it from the settings: where TON's HTTP API is,
// which root contract describes the network, and what that network offers besides (a faucet, a wallet of
// its own). The node reads everything else — proxies, their keys and image hashes, prices — from the root
// contract on that chain, the same way for every network; it never knows which network it is.
import type { Address } from '@ton/core';
import type { WalletEntry } from '../chain/wallet-link/wallet-list.js';
import type { Damage } from '../state-files/state-file.js';

export type NetworkKind = 'mainnet' | 'testnet' | 'local';

export interface NetworkTarget {
  /** What the dashboard calls it, e.g. "TON testnet", "Local demo network". */
  label: string;
  /** Address flags follow it: test-only addresses on testnet and local networks. */
  kind: NetworkKind;
  /** TON HTTP API (toncenter v2 JSON-RPC) endpoints, tried in order; the next one takes over on failure. */
  endpoints: readonly string[];
  apiKey: string | null;
  /** The root contract (any address form); null: not configured yet (the node says so and serves nothing). */
  rootAddress: string | null;
  /** Expert override: proxies dialled as typed, with no verification (tier `manual`, never `verified`). */
  manualProxies: readonly string[];
  /** The demo model may be served here (a local demo network); real networks need a real model. */
  demoModel: boolean;
  /** TON Connect: the app manifest and wallets offered besides the common ones (a local network's wallet). */
  walletLink?: { manifestUrl: string; wallets: readonly WalletEntry[]; walletsListSource?: string };
  /** The network's OpenAI-compatible client endpoint, when it has a public one (the dashboard's curl hint). */
  clientUrl?: string | null;
  /** A faucet, on networks that have one: tops up the node wallet so it can pay claim fees. */
  faucet?: (address: Address, nano: bigint) => Promise<void>;
}

/** A state file of the network's own (e.g. a local network's chain) that was found damaged, and what came back. */
export interface NetworkDamage {
  damage: Damage;
  recovered: string;
}

/** A resolved target and what must be closed when the node stops (e.g. an in-process local network). */
export interface ResolvedNetwork {
  target: NetworkTarget;
  /** Reports damaged state files of the network's own, past ones first, so the dashboard can say so. */
  onDamage?(listener: (d: NetworkDamage) => void): void;
  close(): Promise<void>;
}
