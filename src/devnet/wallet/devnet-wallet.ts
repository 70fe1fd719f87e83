// The devnet's wallet app: its own keys, a V5R1 wallet deployed and funded on the emulated chain, and the
// wallet half of TON Connect over the local bridge (SessionCrypto from @tonconnect/protocol, real
// ton_proof). Requests wait for Approve/Reject on the approval page, or are approved at once in
// auto-approve mode (tests, `--auto-approve`).
import { randomBytes, randomUUID } from 'node:crypto';
import { type Address, toNano } from '@ton/core';
import { keyPairFromSeed, type KeyPair } from '@ton/crypto';
import { WalletContractV5R1 } from '@ton/ton';
import { SessionCrypto, hexToByteArray } from '@tonconnect/protocol';
import type { Logger } from '../../logging/logger.js';
import { errorMessage } from '../../logging/logger.js';
import type { SandboxChain } from '../chain/sandbox-chain.js';
import type { SecretStore } from '../../chain/node-wallet.js';
import type { BridgeServer } from '../bridge/bridge-server.js';
import { openSse } from '../bridge/sse-client.js';
import { connectReply, parseConnectLink, type ConnectRequestItems } from './connect-reply.js';
import { registerApprovalPage } from './approval-page.js';

export const DEVNET_WALLET_SECRET = 'devnet-wallet-seed';

export interface PendingConnect {
  id: string;
  appId: string;
  request: ConnectRequestItems;
  domain: string;
  receivedAt: number;
}

export interface DevnetWalletOptions {
  chain: SandboxChain;
  bridge: BridgeServer;
  secrets: SecretStore;
  log: Logger;
  autoApprove?: boolean;
  fundNano?: bigint;
  now?: () => number;
}

export class DevnetWallet {
  readonly #o: DevnetWalletOptions;
  readonly #keys: KeyPair;
  readonly #wallet: WalletContractV5R1;
  readonly #pending = new Map<string, PendingConnect>();
  readonly #sessions = new Map<string, { crypto: SessionCrypto; appId: string; abort: AbortController }>();
  autoApprove: boolean;

  private constructor(o: DevnetWalletOptions, keys: KeyPair) {
    this.#o = o;
    this.#keys = keys;
    this.#wallet = WalletContractV5R1.create({ workchain: 0, publicKey: keys.publicKey });
    this.autoApprove = o.autoApprove ?? false;
  }

  static async create(o: DevnetWalletOptions): Promise<DevnetWallet> {
    let seed = await o.secrets.get(DEVNET_WALLET_SECRET);
    if (!seed) {
      seed = randomBytes(32);
      await o.secrets.set(DEVNET_WALLET_SECRET, seed);
    }
    const w = new DevnetWallet(o, keyPairFromSeed(Buffer.from(seed)));
    if ((await o.chain.getAccount(w.address)).status !== 'active') {
      await o.chain.fund(w.address, o.fundNano ?? toNano('10'), { init: w.#wallet.init });
      o.log.info(`devnet wallet ${w.address.toString()} deployed and funded`);
    }
    registerApprovalPage(o.bridge, w);
    return w;
  }

  get address(): Address {
    return this.#wallet.address;
  }

  /** The link a wallet list entry points at: opening it in a browser shows the approval page. */
  get universalLink(): string {
    return `${this.#o.bridge.origin}/wallet/connect`;
  }

  pending(): PendingConnect[] {
    return [...this.#pending.values()];
  }

  /** Receives a TON Connect link (from the QR code or a click). Approves at once in auto-approve mode. */
  async openLink(link: string): Promise<PendingConnect> {
    const { appId, request } = parseConnectLink(link);
    const p: PendingConnect = {
      id: randomUUID(),
      appId,
      request,
      domain: new URL(request.manifestUrl).host,
      receivedAt: this.#now(),
    };
    this.#pending.set(p.id, p);
    this.#o.log.info(`connect request from ${p.domain}`);
    if (this.autoApprove) await this.approve(p.id);
    return p;
  }

  async approve(id: string): Promise<void> {
    const p = this.#take(id);
    const session = new SessionCrypto();
    const reply = connectReply({
      request: p.request,
      address: this.address,
      init: this.#wallet.init,
      publicKey: this.#keys.publicKey,
      secretKey: this.#keys.secretKey,
      nowSec: Math.floor(this.#now() / 1000),
      domain: p.domain,
      id: Date.now(),
    });
    await this.#listen(session, p.appId);
    await this.#post(session, p.appId, reply, 'connect');
  }

  async reject(id: string): Promise<void> {
    const p = this.#take(id);
    const session = new SessionCrypto();
    await this.#post(
      session,
      p.appId,
      {
        event: 'connect_error',
        id: Date.now(),
        payload: { code: 300, message: 'User declined the connection' },
      },
      'connect',
    );
  }

  async close(): Promise<void> {
    for (const s of this.#sessions.values()) s.abort.abort();
    this.#sessions.clear();
    return Promise.resolve();
  }

  #take(id: string): PendingConnect {
    const p = this.#pending.get(id);
    if (!p) throw new Error(`no pending connect request ${id}`);
    this.#pending.delete(id);
    return p;
  }

  async #post(session: SessionCrypto, to: string, message: unknown, topic: string): Promise<void> {
    const body = Buffer.from(session.encrypt(JSON.stringify(message), hexToByteArray(to))).toString('base64');
    const url = `${this.#o.bridge.bridgeUrl}/message?client_id=${session.sessionId}&to=${to}&ttl=300&topic=${topic}`;
    const res = await fetch(url, { method: 'POST', body });
    if (!res.ok) throw new Error(`bridge refused the message: HTTP ${res.status}`);
  }

  /** Answers the app's requests in this session: disconnect; other methods are declined. */
  async #listen(crypto: SessionCrypto, appId: string): Promise<void> {
    const abort = new AbortController();
    this.#sessions.set(crypto.sessionId, { crypto, appId, abort });
    await openSse(
      `${this.#o.bridge.bridgeUrl}/events?client_id=${crypto.sessionId}`,
      (e) => {
        void this.#onAppMessage(crypto, appId, e.data).catch((err: unknown) =>
          this.#o.log.warn(`devnet wallet: ${errorMessage(err)}`),
        );
      },
      abort.signal,
    );
  }

  async #onAppMessage(crypto: SessionCrypto, appId: string, data: string): Promise<void> {
    const { from, message } = JSON.parse(data) as { from: string; message: string };
    if (from !== appId) return;
    const req = JSON.parse(crypto.decrypt(Buffer.from(message, 'base64'), hexToByteArray(appId))) as {
      method: string;
      id: string;
    };
    if (req.method === 'disconnect') {
      await this.#post(crypto, appId, { id: req.id, result: {} }, 'disconnect');
      this.#sessions.get(crypto.sessionId)?.abort.abort();
      this.#sessions.delete(crypto.sessionId);
      this.#o.log.info('app disconnected');
      return;
    }
    await this.#post(
      crypto,
      appId,
      { id: req.id, error: { code: 400, message: `${req.method} is not supported by the devnet wallet` } },
      req.method,
    );
  }

  #now(): number {
    return (this.#o.now ?? Date.now)();
  }
}
