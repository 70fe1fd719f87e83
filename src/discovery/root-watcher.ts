// Reads a network's root contract through the Chain interface (any implementation: TON's HTTP API, the
// emulator), keeps the last good config with when it was read, caches it to a file, re-reads it every
// `refreshMs` and on demand, and tells listeners what changed (docs/discovery.md). An endpoint that cannot
// be reached, a missing root or one that does not decode is a state with a reason and a retry on backoff,
// never a crash; the last good config stays in use meanwhile.
import { Address } from '@ton/core';
import { backoffDelay, type Backoff } from '../async/backoff.js';
import type { Chain, ChainStatus } from '../chain/chain.js';
import { parseRootData, type RootConfig } from '../chain/contracts/root-config.js';
import { ChainError } from '../chain/errors.js';
import { drop, errorMessage, type Logger } from '../logging/logger.js';
import type { StateFileNotices } from '../state-files/notices.js';
import { readRootCache, writeRootCache } from './root-cache.js';
import { describeDiff, diffRoot, type RootDiff } from './root-diff.js';

export type RootStatus = 'reading' | 'ok' | 'unreachable' | 'no-root' | 'bad-config';

export interface RootSnapshot {
  /** The root as configured (any address form). */
  rootAddress: string;
  /** How the last attempt went; `ok` only when the chain answered with a config that decodes. */
  status: RootStatus;
  /** English, for the dashboard and the log. */
  detail: string;
  /** The last good config (from the chain, or the cache until the chain answers); null before any. */
  config: RootConfig | null;
  /** When `config` was read from the chain (epoch ms). */
  readAt: number | null;
  source: 'chain' | 'cache' | null;
  version: number | null;
  /** The last attempt (epoch ms), and when the next one is due. */
  checkedAt: number | null;
  nextAttemptAt: number | null;
  /** What the chain said about its endpoint after the last attempt. */
  endpoint: ChainStatus | null;
}

export interface RootWatcherOptions {
  chain: Chain;
  rootAddress: string;
  log: Logger;
  /** Where the last good config is kept; none: memory only. */
  cacheFile?: string;
  /** Told when the cache file was damaged and moved aside. */
  notices?: StateFileNotices;
  /** Re-read interval while all is well (default 60 s). */
  refreshMs?: number;
  /** Retries after a failed read (default 2 s doubling up to `refreshMs`, jittered). */
  retry?: Backoff;
  now?: () => number;
}

export type DiffListener = (diff: RootDiff, snapshot: RootSnapshot) => void;
export type SnapshotListener = (snapshot: RootSnapshot) => void;

export class RootWatcher {
  readonly #o: RootWatcherOptions;
  readonly #root: Address | null;
  readonly #refreshMs: number;
  readonly #now: () => number;
  readonly #diffs = new Set<DiffListener>();
  readonly #snapshots = new Set<SnapshotListener>();
  #snap: RootSnapshot;
  #failures = 0;
  #timer: NodeJS.Timeout | null = null;
  #reading: Promise<RootSnapshot> | null = null;
  #running = false;

  constructor(o: RootWatcherOptions) {
    this.#o = o;
    this.#refreshMs = o.refreshMs ?? 60_000;
    this.#now = o.now ?? Date.now;
    let root: Address | null = null;
    let problem = '';
    try {
      root = Address.parse(o.rootAddress.trim());
    } catch (err) {
      problem = `"${o.rootAddress}" is not a TON address (${errorMessage(err)})`;
    }
    this.#root = root;
    this.#snap = {
      rootAddress: o.rootAddress,
      status: root ? 'reading' : 'no-root',
      detail: root ? 'not read yet' : problem,
      config: null,
      readAt: null,
      source: null,
      version: null,
      checkedAt: null,
      nextAttemptAt: null,
      endpoint: null,
    };
  }

  snapshot(): RootSnapshot {
    return this.#snap;
  }

  /** The last good config, or null. */
  get config(): RootConfig | null {
    return this.#snap.config;
  }

  onDiff(listener: DiffListener): () => void {
    this.#diffs.add(listener);
    return () => this.#diffs.delete(listener);
  }

  onSnapshot(listener: SnapshotListener): () => void {
    this.#snapshots.add(listener);
    return () => this.#snapshots.delete(listener);
  }

  /** Loads the cache, reads the chain once, then keeps re-reading; resolves after the first chain read. */
  async start(): Promise<RootSnapshot> {
    if (this.#running) return this.#snap;
    this.#running = true;
    await this.#loadCache();
    return this.refresh();
  }

  stop(): void {
    this.#running = false;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }

  /** Reads the root now (one read at a time: a call during a read gets that read's result). */
  refresh(): Promise<RootSnapshot> {
    this.#reading ??= this.#read().finally(() => {
      this.#reading = null;
    });
    return this.#reading;
  }

  async #loadCache(): Promise<void> {
    const file = this.#o.cacheFile;
    if (!file || !this.#root) return;
    const r = await readRootCache(file, this.#root).catch((err: unknown) => {
      this.#o.log.warn(`root cache ${file} could not be read: ${errorMessage(err)}`);
      return { kind: 'missing' as const };
    });
    if (r.kind === 'damaged') {
      const recovered = 'The network configuration is read again from the root contract.';
      if (this.#o.notices) this.#o.notices.damaged(r.damage, recovered);
      else this.#o.log.warn(`root cache ${file} was damaged (${r.damage.detail}); ${recovered}`);
      return;
    }
    if (r.kind !== 'ok') return;
    this.#accept(r.cached.config, r.cached.readAt, 'cache', {
      status: 'reading',
      detail: `using the configuration cached at ${new Date(r.cached.readAt).toISOString()}`,
    });
  }

  async #read(): Promise<RootSnapshot> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    const root = this.#root;
    if (!root) return this.#snap;
    const checkedAt = this.#now();
    try {
      const account = await this.#o.chain.getAccount(root);
      if (account.status !== 'active' || !account.data) {
        this.#fail(
          'no-root',
          `no root contract at ${root.toString()} (account ${account.status})`,
          checkedAt,
        );
      } else {
        const config = parseRootData(account.data);
        this.#accept(config, checkedAt, 'chain', { status: 'ok', detail: `read version ${config.version}` });
        this.#failures = 0;
        this.#update({ checkedAt, endpoint: reachable(this.#o.chain, checkedAt) });
        if (this.#o.cacheFile) {
          const file = this.#o.cacheFile;
          drop(
            writeRootCache(file, root, account.data, checkedAt),
            this.#o.log,
            `writing the root cache ${file}`,
          );
        }
      }
    } catch (err) {
      const badConfig = err instanceof ChainError && err.code === 'bad-config';
      this.#fail(badConfig ? 'bad-config' : 'unreachable', errorMessage(err), checkedAt);
      if (!badConfig) this.#update({ endpoint: await this.#o.chain.status() });
    }
    this.#schedule();
    return this.#snap;
  }

  #accept(
    config: RootConfig,
    readAt: number,
    source: 'chain' | 'cache',
    state: { status: RootStatus; detail: string },
  ): void {
    const before = this.#snap.config;
    this.#update({ ...state, config, readAt, source, version: config.version });
    const diff = diffRoot(before, config);
    if (diff.empty) return;
    this.#o.log.info(`root ${this.#snap.rootAddress}: ${describeDiff(diff)}`);
    for (const l of this.#diffs) l(diff, this.#snap);
  }

  #fail(status: RootStatus, detail: string, checkedAt: number): void {
    this.#failures += 1;
    const kept = this.#snap.config ? `; keeping version ${this.#snap.config.version}` : '';
    this.#o.log.warn(`root ${this.#snap.rootAddress}: ${status}: ${detail}${kept}`);
    this.#update({ status, detail: `${detail}${kept}`, checkedAt });
  }

  #schedule(): void {
    if (!this.#running) return this.#update({ nextAttemptAt: null });
    const retry = this.#o.retry ?? { initialMs: 2000, maxMs: this.#refreshMs, jitter: 'equal' };
    const delay = this.#failures === 0 ? this.#refreshMs : backoffDelay(this.#failures - 1, retry);
    this.#update({ nextAttemptAt: this.#now() + delay });
    this.#timer = setTimeout(() => drop(this.refresh(), this.#o.log, 'reading the root contract'), delay);
    this.#timer.unref();
  }

  #update(patch: Partial<RootSnapshot>): void {
    this.#snap = { ...this.#snap, ...patch };
    for (const l of this.#snapshots) l(this.#snap);
  }
}

function reachable(chain: Chain, at: number): ChainStatus {
  return { network: chain.network, reachable: true, detail: 'answered', checkedAt: at };
}
