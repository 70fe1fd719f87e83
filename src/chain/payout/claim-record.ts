// The record of one sent claim, written from what the chain's transactions show (claim-outcome.ts): who
// received the payout, how much arrived there, what the node wallet spent, and why it did not pay.
import { randomUUID } from 'node:crypto';
import type { Address, Transaction } from '@ton/core';
import type { ClaimRecord } from './claim-store.js';
import type { ClaimFigures } from './trace.js';

const ERROR_TEXT: Record<number, string> = {
  2501: 'not enough value attached',
  2502: 'payload qid differs from the wrapper',
  2503: 'not a signed payout',
  2504: 'already claimed (tokens did not grow)',
  2505: 'payment is for another worker contract',
  2506: 'bad proxy signature',
  2507: 'worker contract is closed',
};

export function claimRecord(o: {
  at: number;
  nodeWallet: Address;
  proxySc: Address;
  workerSc: Address;
  qid: bigint;
  tokensFrom: bigint;
  tokensTo: bigint;
  workerFeePerToken: bigint;
  outcome: ClaimFigures;
  tx: Transaction;
  workerTx: Transaction | null;
  workerExit: number | undefined;
}): ClaimRecord {
  const out = o.outcome;
  const status = out.result;
  const exit = o.workerExit;
  return {
    id: randomUUID(),
    kind: 'claim',
    at: o.at,
    proxySc: o.proxySc.toRawString(),
    workerSc: o.workerSc.toRawString(),
    qid: o.qid,
    tokensFrom: o.tokensFrom,
    tokensTo: o.tokensTo,
    amountNano: status === 'paid' ? (o.tokensTo - o.tokensFrom) * o.workerFeePerToken : 0n,
    recipient: out.recipient?.toRawString() ?? null,
    recipientKind:
      out.recipient === null ? null : out.recipient.equals(o.nodeWallet) ? 'node-wallet' : 'owner',
    receivedNano: out.receivedNano,
    feesNano: out.feeNano,
    status,
    txHash: o.tx.hash().toString('hex'),
    workerTxHash: o.workerTx ? o.workerTx.hash().toString('hex') : null,
    detail:
      status === 'paid'
        ? out.recipient?.equals(o.nodeWallet)
          ? 'paid to the node wallet (it owned this worker contract)'
          : 'paid to the owner'
        : status === 'refused'
          ? 'the proxy contract lacks funds; the tokens stay claimable'
          : exit !== undefined && exit !== 0
            ? `worker contract refused: ${ERROR_TEXT[exit] ?? `exit code ${exit}`}`
            : 'no confirmation seen',
  };
}
