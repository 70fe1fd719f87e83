// Submits the best signed payment per proxy to its worker contract from the node wallet, when the policy
// says so or the owner presses "claim now", and records each claim as the chain shows it: who received
// the payout (the worker contract's owner), how much arrived there, and what the node wallet spent.
// The fee is known before sending (claim-quote.ts: emulated, or estimated from the chain), the automatic
// threshold follows it (policy.ts), and a claim the node wallet cannot pay waits for funding.
import type { Address, Transaction } from '@ton/core';
import type { Logger } from '../../logging/logger.js';
import { type Chain, computeExitCode } from '../chain.js';
import type { NodeWallet, OutgoingMessage } from '../node-wallet.js';
import { parseSignedPayment, verifySignedPayment, type SignedPayment } from '../contracts/signed-payment.js';
import { parseWorkerData } from '../contracts/worker-contract.js';
import type { ClaimRecord, ClaimStore } from './claim-store.js';
import { readClaimOutcome } from './claim-outcome.js';
import { ClaimQuoter, type FeeQuote, type FeeSource } from './claim-quote.js';
import { claimRecord } from './claim-record.js';
import { moneyTotals, type MoneyTotals } from './money-totals.js';
import { PayoutError } from './payout-error.js';
import {
  decidePayout,
  DEFAULT_PAYOUT_POLICY,
  exceedsFeeShare,
  type PayoutDecision,
  type PayoutPolicyConfig,
} from './policy.js';
import { accountOf, type ClaimResult } from './trace.js';

import { claimMessage, type ProxyPayment } from './proxy-payment.js';
import { waiting, type ClaimCheck, type ClaimWait } from './claim-check.js';

export type { ProxyPayment } from './proxy-payment.js';
export type { ClaimCheck } from './claim-check.js';

export interface PayoutServiceOptions {
  chain: Chain;
  wallet: NodeWallet;
  store: ClaimStore;
  log: Logger;
  policy?: PayoutPolicyConfig;
  /** Attached to each claim; Cocoon's worker sends 0.5 TON. The unused part comes back. */
  attachNano?: bigint;
  /** Fee assumed before any quote or claim (replaced by the chain's figures as soon as there are any). */
  initialFeeEstimateNano?: bigint;
  now?: () => number;
}

export interface ProxyPayoutState {
  proxySc: Address;
  workerSc: Address;
  signedTokens: bigint;
  processedTokens: bigint;
  pendingNano: bigint;
  /** Whether the worker contract exists on chain (the first claim deploys it). */
  deployed: boolean;
  nodeWalletBalanceNano: bigint;
  /** The fee the decision used, and where it came from. */
  feeNano: bigint;
  feeSource: FeeSource;
  decision: PayoutDecision;
}

/** What a claim would do, from the chain (emulated or estimated), before anything is sent. */
export interface ClaimQuote {
  pendingNano: bigint;
  feeNano: bigint;
  source: FeeSource;
  /** Who the payout would reach (null when unknown: no emulation, or it would not pay). */
  recipient: Address | null;
  result: ClaimResult;
}

export class PayoutService {
  readonly #o: Required<Omit<PayoutServiceOptions, 'policy'>>;
  readonly #quoter: ClaimQuoter;
  #policy: PayoutPolicyConfig;
  #inFlight = false;

  constructor(opts: PayoutServiceOptions) {
    this.#o = { attachNano: 500_000_000n, initialFeeEstimateNano: 15_000_000n, now: Date.now, ...opts };
    this.#policy = opts.policy ?? DEFAULT_PAYOUT_POLICY;
    this.#quoter = new ClaimQuoter({
      wallet: opts.wallet,
      now: this.#o.now,
      initialFeeNano: this.#o.initialFeeEstimateNano,
    });
  }

  get policy(): PayoutPolicyConfig {
    return this.#policy;
  }

  /** What each claim attaches (and the node wallet must hold besides the fee). */
  get attachNano(): bigint {
    return this.#o.attachNano;
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

  /** Where the claim stands, from the chain's state and the freshest fee known (asks nothing new). */
  async state(p: ProxyPayment, manual = false): Promise<ProxyPayoutState> {
    const signed = parseSignedPayment(p.data);
    verifySignedPayment(signed, { proxyPublicKey: p.proxyPublicKey, workerSc: p.workerSc });
    const acc = await this.#o.chain.getAccount(p.workerSc);
    const deployed = acc.status === 'active';
    const processedTokens = deployed && acc.data ? parseWorkerData(acc.data).tokensProcessed : 0n;
    const balance = await this.#o.wallet.balance();
    const fee = this.#quoter.known(p.workerSc, deployed);
    const decision = decidePayout(
      {
        pendingTokens: signed.tokens - processedTokens,
        workerFeePerToken: p.workerFeePerToken,
        estimatedFeeNano: fee.feeNano,
        attachNano: this.#o.attachNano,
        nodeWalletBalanceNano: balance,
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
      deployed,
      nodeWalletBalanceNano: balance,
      feeNano: fee.feeNano,
      feeSource: fee.source,
      decision,
    };
  }

  /** The fee and the recipient of claiming `p` now, asked of the chain before anything is sent. */
  async quote(p: ProxyPayment): Promise<ClaimQuote> {
    const s = await this.state(p, true);
    const q = await this.#quote(p, s.deployed);
    return { pendingNano: s.pendingNano, ...q };
  }

  /** Claims if the policy says so with the chain's current fee; otherwise says why it waits. */
  async check(p: ProxyPayment): Promise<ClaimCheck> {
    const blocked = this.#o.store.blocked();
    if (blocked !== null) return { record: null, wait: 'claims-blocked', state: null, detail: blocked };
    let s = await this.state(p);
    const r = s.decision.reason;
    if (r === 'nothing-pending' || r === 'claim-in-flight') return waiting(s, r);
    // A fresh fee from the chain, unless the node wallet cannot even attach the value (nothing to ask).
    if (
      s.nodeWalletBalanceNano >= this.#o.attachNano &&
      this.#quoter.recent(p.workerSc, s.deployed) === null
    ) {
      await this.#quote(p, s.deployed);
      s = await this.state(p);
    }
    if (!s.decision.claim) return waiting(s, s.decision.reason as ClaimWait);
    const q = this.#quoter.recent(p.workerSc, s.deployed);
    if (q && q.result !== 'paid')
      return waiting(s, 'would-fail', `the chain says this claim would end ${q.result} now`);
    const record = await this.#claim(p, s);
    return { record, wait: null, state: s, detail: record.detail };
  }

  /** `check` for callers that only want the claim it sent. */
  async maybeClaim(p: ProxyPayment): Promise<ClaimRecord | null> {
    return (await this.check(p)).record;
  }

  /** "Claim now": claims what is signed and unclaimed; a fee above the allowed share needs `force`. */
  async claimNow(p: ProxyPayment, opts: { force?: boolean } = {}): Promise<ClaimRecord> {
    const blocked = this.#o.store.blocked();
    if (blocked !== null) throw new PayoutError('claims-blocked', blocked);
    let s = await this.state(p, true);
    if (s.decision.reason === 'nothing-pending' || s.decision.reason === 'claim-in-flight')
      throw new PayoutError(s.decision.reason, `cannot claim now: ${s.decision.reason}`);
    const q = s.nodeWalletBalanceNano >= this.#o.attachNano ? await this.#quote(p, s.deployed) : null;
    if (q) s = await this.state(p, true);
    const fee = q?.feeNano ?? s.feeNano;
    if (s.decision.reason === 'nothing-pending' || s.decision.reason === 'claim-in-flight')
      throw new PayoutError(s.decision.reason, `cannot claim now: ${s.decision.reason}`);
    if (!s.decision.claim) {
      const d = s.decision;
      throw new PayoutError(
        'node-wallet-low',
        `the node wallet holds ${s.nodeWalletBalanceNano} nanotons and needs ${d.requiredBalanceNano} (${this.#o.attachNano} attached + the fee); top it up to ${d.topUpToNano}`,
        { amountNano: s.pendingNano, feeNano: fee, topUpToNano: d.topUpToNano },
      );
    }
    const share = this.#policy.maxFeeShare;
    if (opts.force !== true && exceedsFeeShare(fee, s.pendingNano, share)) {
      throw new PayoutError(
        'fee-too-high',
        `this claim would cost ${fee} nanotons to collect ${s.pendingNano}`,
        { amountNano: s.pendingNano, feeNano: fee, maxFeeShare: share },
      );
    }
    return this.#claim(p, s);
  }

  /** Totals by where the money went. */
  async totals(): Promise<MoneyTotals> {
    return moneyTotals(await this.#o.store.list());
  }

  #quote(p: ProxyPayment, deployed: boolean): Promise<FeeQuote> {
    const signed = parseSignedPayment(p.data);
    const ids = { proxySc: p.proxySc, workerSc: p.workerSc, qid: signed.qid };
    return this.#quoter.quote(this.#message(p, signed, deployed), ids, deployed);
  }

  async #claim(p: ProxyPayment, s: ProxyPayoutState): Promise<ClaimRecord> {
    this.#inFlight = true;
    try {
      return await this.#submit(p, s);
    } finally {
      this.#inFlight = false;
    }
  }

  #message(p: ProxyPayment, signed: SignedPayment, deployed: boolean): OutgoingMessage {
    return claimMessage(p, signed, {
      deployed,
      nodeWallet: this.#o.wallet.address,
      attachNano: this.#o.attachNano,
    });
  }

  async #submit(p: ProxyPayment, s: ProxyPayoutState): Promise<ClaimRecord> {
    const { chain, wallet, log } = this.#o;
    const signed = parseSignedPayment(p.data);
    const deployed = (await chain.getAccount(p.workerSc)).status === 'active';
    const tx = await wallet.send([this.#message(p, signed, deployed)]);
    const ids = { nodeWallet: wallet.address, proxySc: p.proxySc, workerSc: p.workerSc, qid: signed.qid };
    const out = await readClaimOutcome(chain, ids, tx, 120_000);
    const workerTx =
      out.trace.find((t) => accountOf(t)?.equals(p.workerSc)) ?? (await this.#workerTx(p.workerSc, tx));
    const record = claimRecord({
      ...ids,
      at: this.#o.now(),
      tokensFrom: s.processedTokens,
      tokensTo: signed.tokens,
      workerFeePerToken: p.workerFeePerToken,
      outcome: out,
      tx,
      workerTx,
      workerExit: workerTx ? computeExitCode(workerTx) : undefined,
    });
    await this.#o.store.add(record);
    this.#quoter.measured(record.status === 'paid' ? out.feeNano : null);
    if (record.status === 'paid' && out.receivedNano !== record.amountNano)
      log.warn(
        `claim paid ${record.amountNano} nano but ${out.receivedNano} arrived at ${record.recipient ?? 'no one'}`,
      );
    log.info(
      `claim ${record.status}: tokens ${record.tokensFrom}→${record.tokensTo}, ${out.receivedNano} nano to ${record.recipientKind ?? 'no one'}, fees ${out.feeNano} nano (quoted ${s.feeNano}, ${s.feeSource}), tx ${record.txHash.slice(0, 16)}`,
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
