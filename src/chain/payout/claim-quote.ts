// The fee of a claim, known before it is sent, from the chain itself: an emulation of the whole trace where
// the chain has one (the devnet's emulator, Chain.emulateExternal), else the chain's estimate of the node
// wallet's own transaction plus the contracts' measured part (claim-fee.ts), else the fee the last claim
// really cost. Quotes are kept a minute per worker contract, so deciding every few seconds stays cheap.
import type { Address } from '@ton/core';
import { ChainError } from '../errors.js';
import type { NodeWallet, OutgoingMessage } from '../node-wallet.js';
import { estimatedClaimFee } from './claim-fee.js';
import { claimFigures, type ClaimResult } from './trace.js';

export type FeeSource = 'emulated' | 'estimated' | 'measured';

export interface FeeQuote {
  feeNano: bigint;
  source: FeeSource;
  /** Who the payout would reach (null when unknown: no emulation, or it would not pay). */
  recipient: Address | null;
  /** How the claim would end ('paid' where it could not be emulated). */
  result: ClaimResult;
  at: number;
}

export interface ClaimIds {
  proxySc: Address;
  workerSc: Address;
  qid: bigint;
}

export class ClaimQuoter {
  readonly #wallet: NodeWallet;
  readonly #now: () => number;
  readonly #maxAgeMs: number;
  readonly #cache = new Map<string, FeeQuote>();
  #measured: bigint;

  constructor(o: { wallet: NodeWallet; now: () => number; initialFeeNano: bigint; maxAgeMs?: number }) {
    this.#wallet = o.wallet;
    this.#now = o.now;
    this.#measured = o.initialFeeNano;
    this.#maxAgeMs = o.maxAgeMs ?? 60_000;
  }

  /** The freshest fee known for this claim without asking the chain: a recent quote, or the last claim's. */
  known(workerSc: Address, deployed: boolean): { feeNano: bigint; source: FeeSource } {
    const q = this.recent(workerSc, deployed);
    return q ?? { feeNano: this.#measured, source: 'measured' };
  }

  recent(workerSc: Address, deployed: boolean): FeeQuote | null {
    const q = this.#cache.get(key(workerSc, deployed));
    return q && this.#now() - q.at < this.#maxAgeMs ? q : null;
  }

  /** Asks the chain now (emulation, else estimate, else the last measured fee) and keeps the answer. */
  async quote(message: OutgoingMessage, ids: ClaimIds, deployed: boolean): Promise<FeeQuote> {
    const q = await this.#ask(message, ids);
    this.#cache.set(key(ids.workerSc, deployed), q);
    return q;
  }

  /** A claim was sent: its real fee is the fallback from now on, and every quote is stale (seqno, deploy). */
  measured(feeNano: bigint | null): void {
    if (feeNano !== null && feeNano > 0n) this.#measured = feeNano;
    this.#cache.clear();
  }

  async #ask(message: OutgoingMessage, ids: ClaimIds): Promise<FeeQuote> {
    const at = this.#now();
    try {
      const trace = await this.#wallet.emulate([message]);
      const f = claimFigures(trace, { nodeWallet: this.#wallet.address, ...ids });
      return { feeNano: f.feeNano, source: 'emulated', recipient: f.recipient, result: f.result, at };
    } catch (err) {
      if (!unsupported(err)) throw err;
    }
    try {
      const own = await this.#wallet.estimateOwnFee([message]);
      const feeNano = estimatedClaimFee(own);
      return { feeNano, source: 'estimated', recipient: null, result: 'paid', at };
    } catch (err) {
      if (!unsupported(err)) throw err;
    }
    return { feeNano: this.#measured, source: 'measured', recipient: null, result: 'paid', at };
  }
}

const key = (workerSc: Address, deployed: boolean): string =>
  `${workerSc.toRawString()}:${deployed ? 'deployed' : 'fresh'}`;

const unsupported = (err: unknown): boolean => err instanceof ChainError && err.code === 'unsupported';
