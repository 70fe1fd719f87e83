// Submits the best signed payment per proxy to its worker contract from the node wallet, when the policy
// says so or the owner presses "claim now", and records each claim with its transaction hashes.
// The node wallet pays every fee; the proxy contract sends the owner exactly Δtokens × worker_fee_per_token.
import { randomUUID } from 'node:crypto';
import { type Address, type StateInit, type Transaction } from '@ton/core';
import type { Logger } from '../../logging/logger.js';
import { type Chain, computeExitCode } from '../chain.js';
import { ChainError } from '../errors.js';
import type { NodeWallet } from '../node-wallet.js';
import { OP_EXCESSES } from '../contracts/proxy-contract.js';
import { parseSignedPayment, repackPayment, verifySignedPayment } from '../contracts/signed-payment.js';
import { parseWorkerData } from '../contracts/worker-contract.js';
import type { ClaimRecord, ClaimStore } from './claim-store.js';
import { decidePayout, DEFAULT_PAYOUT_POLICY, type PayoutDecision, type PayoutPolicyConfig } from './policy.js';

/** The best signed payment the worker holds for one proxy, as the network layer keeps it. */
export interface ProxyPayment {
  proxySc: Address;
  workerSc: Address;
  proxyPublicKey: Buffer;
  /** proxy.signedPayment.data: BOC of the §5.2 wrapper cell. */
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
  readonly #o: Required<Omit<PayoutServiceOptions, 'policy'>> & { policy: PayoutPolicyConfig };
  #inFlight = false;
  #feeEstimate: bigint;

  constructor(opts: PayoutServiceOptions) {
    this.#o = {
      policy: DEFAULT_PAYOUT_POLICY,
      attachNano: 500_000_000n,
      initialFeeEstimateNano: 15_000_000n,
      now: Date.now,
      ...opts,
    };
    this.#feeEstimate = this.#o.initialFeeEstimateNano;
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
      this.#o.policy,
    );
    return { proxySc: p.proxySc, workerSc: p.workerSc, signedTokens: signed.tokens, processedTokens, pendingNano: decision.pendingNano, decision };
  }

  /** Claims if the policy says so; returns the record, or null when it decided to wait. */
  async maybeClaim(p: ProxyPayment): Promise<ClaimRecord | null> {
    const s = await this.state(p);
    return s.decision.claim ? this.#claim(p, s) : null;
  }

  /** "Claim now": claims whatever is signed and unclaimed; throws when there is nothing or no funds. */
  async claimNow(p: ProxyPayment): Promise<ClaimRecord> {
    const s = await this.state(p, true);
    if (!s.decision.claim) throw new ChainError('rejected', `cannot claim now: ${s.decision.reason}`);
    return this.#claim(p, s);
  }

  /** Sum of what claims paid to the owner, and of their fees. */
  async totals(): Promise<{ claims: number; claimedNano: bigint; feesNano: bigint }> {
    const paid = (await this.#o.store.list()).filter((r) => r.status === 'paid');
    return {
      claims: paid.length,
      claimedNano: paid.reduce((a, r) => a + r.amountNano, 0n),
      feesNano: (await this.#o.store.list()).reduce((a, r) => a + r.feesNano, 0n),
    };
  }

  async #claim(p: ProxyPayment, s: ProxyPayoutState): Promise<ClaimRecord> {
    this.#inFlight = true;
    try {
      return await this.#submit(p, s);
    } finally {
      this.#inFlight = false;
    }
  }

  async #submit(p: ProxyPayment, s: ProxyPayoutState): Promise<ClaimRecord> {
    const { chain, wallet, log } = this.#o;
    const signed = parseSignedPayment(p.data);
    const body = repackPayment(signed, wallet.address); // excess comes back to the node wallet
    const deployed = (await chain.getAccount(p.workerSc)).status === 'active';
    const before = await wallet.balance();
    const [lastOwnLt] = (await chain.transactions(wallet.address, 1)).map((t) => t.lt);
    const tx = await wallet.send([{ to: p.workerSc, value: this.#o.attachNano, body, bounce: true, init: deployed ? undefined : p.workerStateInit }]);
    // The excess tells how it ended: from the proxy contract = paid, from the worker contract = refused.
    const excess = await chain
      .waitForTransaction(wallet.address, (t) => isExcessFor(t, signed.qid), { afterLt: lastOwnLt, timeoutMs: 120_000 })
      .catch(() => null);
    const workerTx = await chain
      .waitForTransaction(p.workerSc, (t) => t.inMessage?.info.type === 'internal' && t.inMessage.info.src.equals(wallet.address), { afterLt: tx.lt, timeoutMs: 60_000 })
      .catch(() => null);
    const fees = before - (await wallet.balance());
    const exit = workerTx ? computeExitCode(workerTx) : undefined;
    const from = excess?.inMessage?.info.type === 'internal' ? excess.inMessage.info.src : null;
    const status = from?.equals(p.proxySc) ? 'paid' : from?.equals(p.workerSc) ? 'refused' : 'failed';
    const delta = signed.tokens - s.processedTokens;
    const record: ClaimRecord = {
      id: randomUUID(),
      at: this.#o.now(),
      proxySc: p.proxySc.toRawString(),
      workerSc: p.workerSc.toRawString(),
      qid: signed.qid,
      tokensFrom: s.processedTokens,
      tokensTo: signed.tokens,
      amountNano: status === 'paid' ? delta * p.workerFeePerToken : 0n,
      feesNano: fees,
      status,
      txHash: tx.hash().toString('hex'),
      workerTxHash: workerTx ? workerTx.hash().toString('hex') : null,
      detail:
        status === 'paid' ? 'paid to the owner'
        : status === 'refused' ? 'the proxy contract lacks funds; the tokens stay claimable'
        : exit !== undefined && exit !== 0 ? `worker contract refused: ${ERROR_TEXT[exit] ?? `exit code ${exit}`}`
        : 'no confirmation seen',
    };
    await this.#o.store.add(record);
    if (status === 'paid') this.#feeEstimate = fees > 0n ? fees : this.#feeEstimate;
    log.info(`claim ${record.status}: tokens ${record.tokensFrom}→${record.tokensTo}, ${record.amountNano} nano to owner, fees ${fees} nano, tx ${record.txHash.slice(0, 16)}`);
    return record;
  }
}

function isExcessFor(t: Transaction, qid: bigint): boolean {
  const m = t.inMessage;
  if (m?.info.type !== 'internal') return false;
  const s = m.body.beginParse();
  if (s.remainingBits < 96 || s.loadUint(32) !== OP_EXCESSES) return false;
  return s.loadUintBig(64) === qid;
}

