// Reads what a sent claim did from the chain's transactions: the node wallet's (its own, the excess, the
// payout when it owns the worker contract) and the recipient's (the worker contract's owner). Used right
// after a claim and for records written before payouts were read from the chain.
import type { Address, Transaction } from '@ton/core';
import type { Chain } from '../chain.js';
import { OP_EXCESSES, OP_WORKER_PAYOUT } from '../contracts/proxy-contract.js';
import { parseWorkerData } from '../contracts/worker-contract.js';
import { claimFigures, inboundWithQid, type ClaimFigures } from './trace.js';

export interface ClaimIds {
  nodeWallet: Address;
  proxySc: Address;
  workerSc: Address;
  qid: bigint;
}

/** The worker contract's owner: where the proxy contract sends its payouts. */
export async function workerOwner(chain: Chain, workerSc: Address): Promise<Address | null> {
  const acc = await chain.getAccount(workerSc);
  return acc.status === 'active' && acc.data ? parseWorkerData(acc.data).owner : null;
}

/** The node wallet's transactions that belong to this claim (its own, excesses, payouts, bounces), after `claimTx`. */
function ownsToClaim(t: Transaction, ids: ClaimIds): boolean {
  const m = t.inMessage;
  if (m?.info.type !== 'internal') return false;
  const from = m.info.src;
  if (!from.equals(ids.proxySc) && !from.equals(ids.workerSc)) return false;
  return (
    m.info.bounced ||
    inboundWithQid(t, OP_EXCESSES, ids.qid) !== null ||
    inboundWithQid(t, OP_WORKER_PAYOUT, ids.qid) !== null
  );
}

export async function readClaimOutcome(
  chain: Chain,
  ids: ClaimIds,
  claimTx: Transaction,
  waitMs: number,
): Promise<ClaimFigures & { trace: Transaction[] }> {
  const isExcess = (t: Transaction): boolean =>
    inboundWithQid(t, OP_EXCESSES, ids.qid) !== null ||
    (t.inMessage?.info.type === 'internal' &&
      t.inMessage.info.bounced &&
      t.inMessage.info.src.equals(ids.workerSc));
  // The excess (or a bounce) tells how it ended; wait for it, then take every transaction of this claim.
  await chain
    .waitForTransaction(ids.nodeWallet, isExcess, { afterLt: claimTx.lt, timeoutMs: waitMs })
    .catch(() => null);
  const own = (await chain.transactions(ids.nodeWallet, 50)).filter(
    (t) => t.lt > claimTx.lt && ownsToClaim(t, ids),
  );
  const trace = [claimTx, ...own];
  const first = claimFigures(trace, ids);
  if (first.result === 'paid' && first.recipient === null) {
    // Paid, but the payout's own transaction is not in hand yet: it runs on the worker contract's owner.
    const recipient = await workerOwner(chain, ids.workerSc);
    const payout = recipient
      ? await chain
          .waitForTransaction(
            recipient,
            (t) => inboundWithQid(t, OP_WORKER_PAYOUT, ids.qid)?.src.equals(ids.proxySc) ?? false,
            {
              timeoutMs: waitMs,
              ...(recipient.equals(ids.nodeWallet) ? { afterLt: claimTx.lt } : {}),
            },
          )
          .catch(() => null)
      : null;
    if (payout) trace.push(payout);
  }
  return { ...claimFigures(trace, ids), trace };
}
