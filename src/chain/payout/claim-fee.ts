// A claim's fee where the chain cannot emulate the whole trace (a public TON HTTP API can estimate one
// account's transaction, not the messages it causes): the node wallet's own transaction, estimated by the
// chain, plus what the rest of the claim costs on the contracts, which depends only on their code.
//
// The rest is gas and forward fees of the worker contract (check the signature, record the tokens, ask
// the proxy contract), of the proxy contract (pay the owner, return the excess) and of the node wallet
// receiving the excess; all of it comes out of the attached value, so the node wallet gets that much less
// back. Measured on the TON emulator with our contracts (tests/integration/claim-fee-constants.test.ts
// measures it again and fails when it drifts): 7 456 001 nanotons when the payout goes to the owner,
// 7 767 201 when the node wallet owns the worker contract (receiving the payout costs it gas too), the
// same whether the claim deploys the worker contract or not: the StateInit travels in the node wallet's
// own message, so its cost is in the chain's estimate of that message. The constant is the larger, rounded
// up, so the estimate never falls short.
import type { Address, Transaction } from '@ton/core';
import { accountOf, claimFigures } from './trace.js';

export const CLAIM_CONTRACT_COST_NANO = 7_800_000n;

/** What an account paid for one transaction beyond the values it sent: fees plus outbound forward fees. */
export function ownTransactionCost(tx: Transaction): bigint {
  let cost = tx.totalFees.coins;
  for (const out of tx.outMessages.values())
    if (out.info.type === 'internal') cost += out.info.forwardFee + out.info.ihrFee;
  return cost;
}

/** The claim's fee less the node wallet's own external transaction: what the contracts' part cost. */
export function contractCosts(
  trace: Transaction[],
  ids: { nodeWallet: Address; proxySc: Address; workerSc: Address; qid: bigint },
): bigint {
  const own = trace.find(
    (t) => t.inMessage?.info.type === 'external-in' && (accountOf(t)?.equals(ids.nodeWallet) ?? false),
  );
  if (!own) throw new Error('the trace has no external transaction of the node wallet');
  return claimFigures(trace, ids).feeNano - ownTransactionCost(own);
}

/** The fee of a claim from the chain's estimate of the node wallet's own transaction (with any StateInit). */
export function estimatedClaimFee(ownFeeNano: bigint): bigint {
  return ownFeeNano + CLAIM_CONTRACT_COST_NANO;
}
