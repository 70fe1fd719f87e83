// Money read from transactions, never from balance differences (a balance moves for many reasons at
// once: a payout landing on the node wallet made the old "fee = balance before − after" negative).
// Pure over a list of transactions, so a claim that happened and a claim emulated before sending are
// accounted by the same code.
import type { Address, Transaction } from '@ton/core';
import { OP_EXCESSES, OP_WORKER_PAYOUT } from '../contracts/proxy-contract.js';

/**
 * How one transaction changed its account's balance: the inbound value, minus every fee the account paid
 * (storage, gas, actions), minus each outbound message's value and the forward fee it carries.
 */
export function balanceChange(tx: Transaction): bigint {
  let change = -tx.totalFees.coins;
  const m = tx.inMessage;
  if (m?.info.type === 'internal') change += m.info.value.coins;
  for (const out of tx.outMessages.values()) {
    if (out.info.type === 'internal') change -= out.info.value.coins + out.info.forwardFee + out.info.ihrFee;
  }
  return change;
}

/** The account a transaction ran on: the destination of its inbound message. */
export function accountOf(tx: Transaction): Address | null {
  const m = tx.inMessage;
  if (m?.info.type === 'internal' || m?.info.type === 'external-in') return m.info.dest;
  return null;
}

/** An inbound internal message with body `op ‖ qid ‖ …`: its sender and value, or null. */
export function inboundWithQid(
  tx: Transaction,
  op: number,
  qid: bigint,
): { src: Address; value: bigint } | null {
  const m = tx.inMessage;
  if (m?.info.type !== 'internal') return null;
  const s = m.body.beginParse();
  if (s.remainingBits < 96 || s.loadUint(32) !== op || s.loadUintBig(64) !== qid) return null;
  return { src: m.info.src, value: m.info.value.coins };
}

export type ClaimResult = 'paid' | 'refused' | 'failed';

export interface ClaimFigures {
  result: ClaimResult;
  /** Where the payout went (null when no payout message arrived anywhere in the trace). */
  recipient: Address | null;
  /** The payout message's value as it arrived at `recipient`. */
  receivedNano: bigint;
  /** What the node wallet spent on the claim: gas, forward fees and rent, net of the returned excess. */
  feeNano: bigint;
}

/**
 * Figures of one claim from its transactions: the node wallet's own (the external-in that sent it, the
 * excess coming back, and the payout itself when the node wallet owns the worker contract) and the
 * recipient's. Transactions of other accounts and other claims are ignored.
 */
export function claimFigures(
  trace: Transaction[],
  ids: { nodeWallet: Address; proxySc: Address; workerSc: Address; qid: bigint },
): ClaimFigures {
  let recipient: Address | null = null;
  let receivedNano = 0n;
  let result: ClaimResult = 'failed';
  let spent = 0n;
  for (const tx of trace) {
    const at = accountOf(tx);
    const payout = inboundWithQid(tx, OP_WORKER_PAYOUT, ids.qid);
    if (payout?.src.equals(ids.proxySc) && at) {
      recipient = at;
      receivedNano = payout.value;
    }
    if (!at?.equals(ids.nodeWallet)) continue;
    spent -= balanceChange(tx);
    const excess = inboundWithQid(tx, OP_EXCESSES, ids.qid);
    if (excess?.src.equals(ids.proxySc)) result = 'paid';
    else if (excess?.src.equals(ids.workerSc) && result !== 'paid') result = 'refused';
  }
  // The payout credited to the node wallet is money received, not a negative fee.
  const feeNano = spent + (recipient?.equals(ids.nodeWallet) ? receivedNano : 0n);
  return { result, recipient, receivedNano, feeNano: feeNano > 0n ? feeNano : 0n };
}

/** What the node wallet spent on a plain transfer (a sweep): everything it paid beyond the value sent. */
export function transferFee(trace: Transaction[], nodeWallet: Address, valueNano: bigint): bigint {
  let spent = 0n;
  for (const tx of trace) if (accountOf(tx)?.equals(nodeWallet)) spent -= balanceChange(tx);
  const fee = spent - valueNano;
  return fee > 0n ? fee : 0n;
}

/** The value that arrived at `to` from `from` in a transaction of the trace (a sweep's arrival). */
export function arrivedFrom(trace: Transaction[], from: Address, to: Address): bigint {
  let sum = 0n;
  for (const tx of trace) {
    const m = tx.inMessage;
    if (m?.info.type === 'internal' && m.info.src.equals(from) && m.info.dest.equals(to))
      sum += m.info.value.coins;
  }
  return sum;
}
