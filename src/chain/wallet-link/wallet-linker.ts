// Links the owner's wallet with TON Connect: a universal link (for the QR code) and per-wallet links,
// ton_proof requested with a fresh single-use nonce and verified here; the verified address becomes the
// owner address and is kept across restarts. The app never sees the owner's private key.
import { Address } from '@ton/core';
import { z } from 'zod';
import type { TonConnect, Wallet } from '@tonconnect/sdk';
import type { Logger } from '../../logging/logger.js';
import { errorMessage } from '../../logging/logger.js';
import { ProofNonces } from './nonces.js';
import { TonProofError, verifyTonProof, type VerifiedProof } from './ton-proof.js';
import { COMMON_WALLETS, walletLink, type WalletEntry } from './wallet-list.js';

export interface KeyValueStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface WalletLinkerOptions {
  store: KeyValueStore;
  log: Logger;
  /** The app's TON Connect manifest; its host is the domain wallets sign in ton_proof. */
  manifestUrl: string;
  wallets?: readonly WalletEntry[];
  /**
   * Wallets list the SDK consults when it restores or completes a connection (devnet: its own). Default:
   * the configured `wallets`, handed to the SDK inline, so it never fetches the public list from the internet.
   */
  walletsListSource?: string;
  proofMaxAgeSec?: number;
  now?: () => number;
}

export interface LinkOffer {
  /** tc:// link for a QR code (any wallet). */
  universalLink: string;
  wallets: { appName: string; name: string; link: string }[];
  expiresAt: number;
}

export type LinkState =
  | { status: 'unlinked' }
  | { status: 'pending'; offer: LinkOffer }
  | { status: 'linked'; owner: Address; publicKey: string; wallet: string; linkedAt: number }
  | { status: 'failed'; error: TonProofError };

const OWNER_KEY = 'silkworm:owner';

const ownerRecordSchema = z.object({
  address: z.string().regex(/^-?\d+:[0-9a-fA-F]{64}$/),
  publicKey: z.string(),
  wallet: z.string(),
  linkedAt: z.number(),
});

function parseOwnerRecord(text: string): z.infer<typeof ownerRecordSchema> | null {
  try {
    const parsed = ownerRecordSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
const SDK_PREFIX = 'silkworm:tonconnect:';

/** The wallets as the SDK's wallets-v2.json entries, in a data: URL (Node's fetch reads it without a network). */
export function inlineWalletsList(wallets: readonly WalletEntry[]): string {
  const list = wallets.map((w) => ({
    app_name: w.appName,
    name: w.name,
    image: '',
    about_url: new URL(w.universalLink).origin,
    universal_url: w.universalLink,
    bridge: [{ type: 'sse', url: w.bridgeUrl }],
    platforms: ['ios', 'android', 'macos', 'windows', 'linux'],
  }));
  return `data:application/json;base64,${Buffer.from(JSON.stringify(list)).toString('base64')}`;
}

export class WalletLinker {
  readonly #o: WalletLinkerOptions;
  readonly #nonces: ProofNonces;
  #connector: TonConnect | undefined;
  #state: LinkState = { status: 'unlinked' };
  #abort: AbortController | undefined;
  readonly #listeners = new Set<(s: LinkState) => void>();

  constructor(opts: WalletLinkerOptions) {
    this.#o = opts;
    this.#nonces = new ProofNonces({ now: opts.now });
  }

  /** Restores a previous link (the owner record and the SDK session). */
  async start(): Promise<void> {
    const saved = await this.#o.store.get(OWNER_KEY);
    const r = saved ? parseOwnerRecord(saved) : null;
    if (saved && !r) this.#o.log.warn('the saved wallet link does not parse; link the wallet again');
    if (r)
      this.#set({
        status: 'linked',
        owner: Address.parseRaw(r.address),
        publicKey: r.publicKey,
        wallet: r.wallet,
        linkedAt: r.linkedAt,
      });
    const c = await this.#sdk();
    await c
      .restoreConnection()
      .catch((err: unknown) => this.#o.log.warn(`restoring the wallet session: ${errorMessage(err)}`));
  }

  state(): LinkState {
    return this.#state;
  }

  get owner(): Address | null {
    return this.#state.status === 'linked' ? this.#state.owner : null;
  }

  onChange(listener: (s: LinkState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Starts a link: fresh nonce, universal link and one link per wallet. */
  async beginLink(): Promise<LinkOffer> {
    const c = await this.#sdk();
    if (c.connected) await c.disconnect().catch(() => undefined);
    this.#abort?.abort();
    this.#abort = new AbortController();
    const { nonce, expiresAt } = this.#nonces.issue();
    const wallets = this.#o.wallets ?? COMMON_WALLETS;
    const bridges = [...new Set(wallets.map((w) => w.bridgeUrl))].map((bridgeUrl) => ({ bridgeUrl }));
    const universalLink = c.connect(bridges, { request: { tonProof: nonce }, signal: this.#abort.signal });
    const offer: LinkOffer = {
      universalLink,
      wallets: wallets.map((w) => ({ appName: w.appName, name: w.name, link: walletLink(w, universalLink) })),
      expiresAt,
    };
    this.#set({ status: 'pending', offer });
    return offer;
  }

  /** Resolves when the link completes (or fails verification), rejects after `timeoutMs`. */
  waitForLink(timeoutMs = 120_000): Promise<LinkState> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new Error('wallet link timed out'));
      }, timeoutMs);
      const off = this.onChange((s) => {
        if (s.status === 'linked' || s.status === 'failed') {
          clearTimeout(timer);
          off();
          resolve(s);
        }
      });
    });
  }

  async unlink(): Promise<void> {
    this.#abort?.abort();
    await this.#o.store.remove(OWNER_KEY);
    const c = this.#connector;
    if (c?.connected)
      await c.disconnect().catch((err: unknown) => this.#o.log.warn(`disconnect: ${errorMessage(err)}`));
    this.#set({ status: 'unlinked' });
  }

  /** Stops the SDK's bridge connections and timers (it otherwise keeps the process alive for ~10 s). */
  close(): void {
    this.#abort?.abort();
    this.#connector?.pauseConnection();
  }

  async #sdk(): Promise<TonConnect> {
    if (this.#connector) return this.#connector;
    const { TonConnect } = await import('@tonconnect/sdk');
    const store = this.#o.store;
    const c = new TonConnect({
      manifestUrl: this.#o.manifestUrl,
      analytics: { mode: 'off' },
      // The SDK's own option, so no request leaves for config.ton.org: a host the owner did not configure.
      walletsListSource: this.#o.walletsListSource ?? inlineWalletsList(this.#o.wallets ?? COMMON_WALLETS),
      storage: {
        getItem: (k) => store.get(SDK_PREFIX + k),
        setItem: (k, v) => store.set(SDK_PREFIX + k, v),
        removeItem: (k) => store.remove(SDK_PREFIX + k),
      },
    });
    c.onStatusChange(
      (wallet) =>
        void this.#onWallet(wallet).catch((err: unknown) =>
          this.#o.log.error(`wallet link: ${errorMessage(err)}`),
        ),
      (err) => {
        // The wallet answered connect_error (the owner pressed Reject): the link is over, say so.
        this.#o.log.warn(`wallet link: ${err.message}`);
        if (this.#state.status === 'pending')
          this.#set({ status: 'failed', error: new TonProofError('declined', err.message) });
      },
    );
    this.#connector = c;
    return c;
  }

  async #onWallet(wallet: Wallet | null): Promise<void> {
    if (!wallet) return; // a wallet-side disconnect keeps the owner address: payouts still go there
    const reply = wallet.connectItems?.tonProof;
    if (!reply) return; // a restored session: the owner was verified when linked
    try {
      if (!('proof' in reply))
        throw new TonProofError(
          'malformed',
          `wallet answered ton_proof with error: ${reply.error.message ?? reply.error.code}`,
        );
      const verified = verifyTonProof(wallet.account, reply.proof, {
        domain: new URL(this.#o.manifestUrl).host,
        nowSec: Math.floor(this.#now() / 1000),
        maxAgeSec: this.#o.proofMaxAgeSec ?? 900,
        consumePayload: (p) => this.#nonces.consume(p),
      });
      await this.#saveOwner(verified);
    } catch (err) {
      const error = err instanceof TonProofError ? err : new TonProofError('malformed', errorMessage(err));
      this.#o.log.warn(`wallet link refused: ${error.message}`);
      await this.#connector?.disconnect().catch(() => undefined);
      this.#set({ status: 'failed', error });
    }
  }

  async #saveOwner(v: VerifiedProof): Promise<void> {
    const record = {
      address: v.address.toRawString(),
      publicKey: v.publicKey.toString('hex'),
      wallet: v.wallet,
      linkedAt: this.#now(),
    };
    await this.#o.store.set(OWNER_KEY, JSON.stringify(record));
    this.#o.log.info(`owner wallet linked: ${v.address.toString()} (${v.wallet})`);
    this.#set({
      status: 'linked',
      owner: v.address,
      publicKey: record.publicKey,
      wallet: v.wallet,
      linkedAt: record.linkedAt,
    });
  }

  #set(s: LinkState): void {
    this.#state = s;
    for (const l of this.#listeners) l(s);
  }

  #now(): number {
    return (this.#o.now ?? Date.now)();
  }
}
