// Submits the best signed payment per proxy to its worker contract from the node wallet, when the policy
// says so or the owner presses "claim now", and records each claim as the chain shows it: who received
// the payout (the worker contract's owner), how much arrived there, and what the node wallet spent.
// The fee is known before sending (the claim is emulated first) and a claim that costs more than the
// allowed share of what it collects is refused unless the owner insists.
import { randomUUID } from 'node:crypto';
import type { Address, StateInit, Transaction } from '@ton/core';
import type { Logger } from '../../logging/logger.js';
import { type Chain, computeExitCode } from '../chain.js';
import { ChainError } from '../errors.js';
import type { NodeWallet, OutgoingMessage } from '../node-wallet.js';
import {
  parseSignedPayment,
  repackPayment,
  verifySignedPayment,
  type SignedPayment,
} from '../contracts/signed-payment.js';
import { parseWorkerData } from '../contracts/worker-contract.js';
import type { ClaimRecord, ClaimStore } from './claim-store.js';
import { readClaimOutcome } from './claim-outcome.js';
import { moneyTotals, type MoneyTotals } from './money-totals.js';
import { PayoutError } from './payout-error.js';
import {
  decidePayout,
  DEFAULT_PAYOUT_POLICY,
  exceedsFeeShare,
  type PayoutDecision,
  type PayoutPolicyConfig,
} from './policy.js';
import { accountOf, claimFigures, type ClaimResult } from './trace.js';

/** The best signed payment the worker holds for one proxy, as the network layer keeps it. */
export interface ProxyPayment {
  proxySc: Address;
  workerSc: Address;
  proxyPublicKey: Buffer;
  /** proxy.signedPayment.data: BOC of the wrapper cell of docs/protocol.md §5.2. */
  data: Buffer;
  workerFeePerToken: bigint;
  /** Attached on the first claim when the worker contract is not deployed yet. */
  workerStateInit?: StateInit;
}

export interface PayoutServiceOptions {
  chain: Chain;
  wallet: NodeWallet;
  store: ClaimStore;
  log: Logger;
  policy?: PayoutPolicyConfig;
  /** Attached to each claim; Cocoon's worker sends 0.5 TON. The unused part comes back. */
  attachNano?: bigint;
  /** Fee estimate before any claim was measured. */
  initialFeeEstimateNano?: bigint;
  now?: () => number;
}

export interface ProxyPayoutState {
  proxySc: Address;
  workerSc: Address;
  signedTokens: bigint;
  processedTokens: bigint;
  pendingNano: bigint;
  decision: PayoutDecision;
}

/** What a claim would do, from an emulation of the current chain (or the last measured fee where none). */
export interface ClaimQuote {
  pendingNano: bigint;
  feeNano: bigint;
  source: 'emulated' | 'estimated';
  /** Who the payout would reach (null when unknown: no emulation, or it would not pay). */
  recipient: Address | null;
  result: ClaimResult;
}

export const ERROR_TEXT: Record<number, string> = {
  2501: 'not enough value attached',
  2502: 'payload qid differs from the wrapper',
  2503: 'not a signed payout',
  2504: 'already claimed (tokens did not grow)',
  2505: 'payment is for another worker contract',
  2506: 'bad proxy signature',
  2507: 'worker contract is closed',
};

export class PayoutService {
  readonly #o: Required<Omit<PayoutServiceOptions, 'policy'>>;
  #policy: PayoutPolicyConfig;
  #inFlight = false;
  #feeEstimate: bigint;

  constructor(opts: PayoutServiceOptions) {
    this.#o = { attachNano: 500_000_000n, initialFeeEstimateNano: 15_000_000n, now: Date.now, ...opts };
    this.#policy = opts.policy ?? DEFAULT_PAYOUT_POLICY;
    this.#feeEstimate = this.#o.initialFeeEstimateNano;
  }

  get policy(): PayoutPolicyConfig {
    return this.#policy;
  }

  /** The owner changed the allowed fee share (a setting). */
  setPolicy(policy: PayoutPolicyConfig): void {
    this.#policy = policy;
  }

  /** Tokens already paid out by the worker contract (0 when it is not deployed yet). */
  async processedTokens(workerSc: Address): Promise<bigint> {
    const acc = await this.#o.chain.getAccount(workerSc);
    if (acc.status !== 'active' || !acc.data) return 0n;
    return parseWorkerData(acc.data).tokensProcessed;
  }

  async state(p: ProxyPayment, manual = false): Promise<ProxyPayoutState> {
    const signed = parseSignedPayment(p.data);
    verifySignedPayment(signed, { proxyPublicKey: p.proxyPublicKey, workerSc: p.workerSc });
    const processedTokens = await this.processedTokens(p.workerSc);
    const decision = decidePayout(
      {
        pendingTokens: signed.tokens - processedTokens,
        workerFeePerToken: p.workerFeePerToken,
        estimatedFeeNano: this.#feeEstimate,
        attachNano: this.#o.attachNano,
        nodeWalletBalanceNano: await this.#o.wallet.balance(),
        claimInFlight: this.#inFlight,
        manual,
      },
      this.#policy,
    );
    return {
      proxySc: p.proxySc,
      workerSc: p.workerSc,
      signedTokens: signed.tokens,
      processedTokens,
      pendingNano: decision.pendingNano,
      decision,
    };
  }

  /** The fee and the recipient of claiming `p` now, before anything is sent. */
  async quote(p: ProxyPayment): Promise<ClaimQuote> {
    const s = await this.state(p, true);
    const signed = parseSignedPayment(p.data);
    try {
      const trace = await this.#o.wallet.emulate([this.#message(p, signed, await this.#deployed(p))]);
      const f = claimFigures(trace, {
        nodeWallet: this.#o.wallet.address,
        proxySc: p.proxySc,
        workerSc: p.workerSc,
        qid: signed.qid,
      });
      return {
        pendingNano: s.pendingNano,
        feeNano: f.feeNano,
        source: 'emulated',
        recipient: f.recipient,
        result: f.result,
      };
    } catch (err) {
      if (!(err instanceof ChainError && err.code === 'unsupported')) throw err;
      return {
        pendingNano: s.pendingNano,
        feeNano: this.#feeEstimate,
        source: 'estimated',
        recipient: null,
        result: 'paid',
      };
    }
  }

  /** Claims if the policy says so and the quoted fee agrees; returns the record, or null when it waits. */
  async maybeClaim(p: ProxyPayment): Promise<ClaimRecord | null> {
    if (this.#o.store.blocked() !== null) return null;
    const s = await this.state(p);
    if (!s.decision.claim) return null;
    const q = await this.quote(p);
    if (q.result !== 'paid' || exceedsFeeShare(q.feeNano, s.pendingNano, this.#policy.maxFeeShare)) {
      this.#o.log.info(
        `claim waits: it would ${q.result === 'paid' ? `cost ${q.feeNano} nano to collect ${s.pendingNano}` : `end ${q.result}`}`,
      );
      return null;
    }
    return this.#claim(p, s);
  }

  /** "Claim now": claims what is signed and unclaimed; a fee above the allowed share needs `force`. */
  async claimNow(p: ProxyPayment, opts: { force?: boolean } = {}): Promise<ClaimRecord> {
    const blocked = this.#o.store.blocked();
    if (blocked !== null) throw new PayoutError('claims-blocked', blocked);
    const s = await this.state(p, true);
    if (!s.decision.claim) {
      const r = s.decision.reason;
      const code = r === 'node-wallet-low' || r === 'claim-in-flight' ? r : 'nothing-pending';
      throw new PayoutError(code, `cannot claim now: ${r}`);
    }
    const q = await this.quote(p);
    const share = this.#policy.maxFeeShare;
    if (opts.force !== true && exceedsFeeShare(q.feeNano, s.pendingNano, share)) {
      throw new PayoutError(
        'fee-too-high',
        `this claim would cost ${q.feeNano} nanotons to collect ${s.pendingNano}`,
        { amountNano: s.pendingNano, feeNano: q.feeNano, maxFeeShare: share },
      );
    }
    return this.#claim(p, s);
  }

  /** Totals by where the money went. */
  async totals(): Promise<MoneyTotals> {
    return moneyTotals(await this.#o.store.list());
  }

  async #claim(p: ProxyPayment, s: ProxyPayoutState): Promise<ClaimRecord> {
    this.#inFlight = true;
    try {
      return await this.#submit(p, s);
    } finally {
      this.#inFlight = false;
    }
  }

  async #deployed(p: ProxyPayment): Promise<boolean> {
    return (await this.#o.chain.getAccount(p.workerSc)).status === 'active';
  }

  #message(p: ProxyPayment, signed: SignedPayment, deployed: boolean): OutgoingMessage {
    const body = repackPayment(signed, this.#o.wallet.address); // excess comes back to the node wallet
    return {
      to: p.workerSc,
      value: this.#o.attachNano,
      body,
      bounce: true,
      ...(deployed || !p.workerStateInit ? {} : { init: p.workerStateInit }),
    };
  }

  async #submit(p: ProxyPayment, s: ProxyPayoutState): Promise<ClaimRecord> {
    const { chain, wallet, log } = this.#o;
    const signed = parseSignedPayment(p.data);
    const tx = await wallet.send([this.#message(p, signed, await this.#deployed(p))]);
    const ids = { nodeWallet: wallet.address, proxySc: p.proxySc, workerSc: p.workerSc, qid: signed.qid };
    const out = await readClaimOutcome(chain, ids, tx, 120_000);
    const workerTx =
      out.trace.find((t) => accountOf(t)?.equals(p.workerSc)) ?? (await this.#workerTx(p.workerSc, tx));
    const exit = workerTx ? computeExitCode(workerTx) : undefined;
    const delta = signed.tokens - s.processedTokens;
    const status = out.result;
    const record: ClaimRecord = {
      id: randomUUID(),
      kind: 'claim',
      at: this.#o.now(),
      proxySc: p.proxySc.toRawString(),
      workerSc: p.workerSc.toRawString(),
      qid: signed.qid,
      tokensFrom: s.processedTokens,
      tokensTo: signed.tokens,
      amountNano: status === 'paid' ? delta * p.workerFeePerToken : 0n,
      recipient: out.recipient?.toRawString() ?? null,
      recipientKind:
        out.recipient === null ? null : out.recipient.equals(wallet.address) ? 'node-wallet' : 'owner',
      receivedNano: out.receivedNano,
      feesNano: out.feeNano,
      status,
      txHash: tx.hash().toString('hex'),
      workerTxHash: workerTx ? workerTx.hash().toString('hex') : null,
      detail:
        status === 'paid'
          ? out.recipient?.equals(wallet.address)
            ? 'paid to the node wallet (it owned this worker contract)'
            : 'paid to the owner'
          : status === 'refused'
            ? 'the proxy contract lacks funds; the tokens stay claimable'
            : exit !== undefined && exit !== 0
              ? `worker contract refused: ${ERROR_TEXT[exit] ?? `exit code ${exit}`}`
              : 'no confirmation seen',
    };
    await this.#o.store.add(record);
    if (status === 'paid' && out.feeNano > 0n) this.#feeEstimate = out.feeNano;
    if (status === 'paid' && out.receivedNano !== record.amountNano)
      log.warn(
        `claim paid ${record.amountNano} nano but ${out.receivedNano} arrived at ${record.recipient ?? 'no one'}`,
      );
    log.info(
      `claim ${status}: tokens ${record.tokensFrom}→${record.tokensTo}, ${out.receivedNano} nano to ${record.recipientKind ?? 'no one'}, fees ${out.feeNano} nano, tx ${record.txHash.slice(0, 16)}`,
    );
    return record;
  }

  async #workerTx(workerSc: Address, after: Transaction): Promise<Transaction | null> {
    return this.#o.chain
      .waitForTransaction(
        workerSc,
        (t) => t.inMessage?.info.type === 'internal' && t.inMessage.info.src.equals(this.#o.wallet.address),
        { afterLt: after.lt, timeoutMs: 5_000 },
      )
      .catch(() => null);
  }
}
