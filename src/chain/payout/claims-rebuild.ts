// Rebuilds a damaged claims history from the chain. The node wallet's transactions name every worker
// contract it ever claimed on (an outgoing signed payout); each worker contract's own state says how many
// tokens it has paid out in total and to which owner. One record per worker contract carries that total:
// the claimed amount is exact, per-claim fees and dates before the damage are not recoverable and the
// record says so. Sweeps of the node wallet are not rebuilt.
import { Address, type Transaction } from '@ton/core';
import type { Chain } from '../chain.js';
import { OP_PAYOUT_SIGNED } from '../contracts/signed-payment.js';
import { parseWorkerData } from '../contracts/worker-contract.js';
import type { ClaimRecord } from './claim-store.js';
import { errorMessage } from '../../logging/logger.js';

export interface ClaimsRebuildInput {
  chain: Chain;
  nodeWallet: Address;
  /** Worker contracts known from elsewhere (the payments book), raw form. */
  knownWorkers: readonly string[];
  workerFeePerToken: bigint | null;
  now?: () => number;
}

export type ClaimsRebuildResult = { ok: true; records: ClaimRecord[] } | { ok: false; reason: string };

/** How many of the node wallet's latest transactions are searched for claims. */
const SCAN_LIMIT = 1000;

export async function rebuildClaimsFromChain(input: ClaimsRebuildInput): Promise<ClaimsRebuildResult> {
  if (input.workerFeePerToken === null)
    return {
      ok: false,
      reason: 'the network’s worker fee per token is unknown, so claimed amounts cannot be computed',
    };
  const fee = input.workerFeePerToken;
  try {
    const workers = new Set(input.knownWorkers);
    for (const tx of await input.chain.transactions(input.nodeWallet, SCAN_LIMIT)) {
      for (const dest of payoutDestinations(tx)) workers.add(dest);
    }
    const records: ClaimRecord[] = [];
    for (const raw of workers) {
      const workerSc = Address.parseRaw(raw);
      const account = await input.chain.getAccount(workerSc);
      if (account.status !== 'active' || !account.data) continue;
      const w = parseWorkerData(account.data);
      if (w.tokensProcessed === 0n) continue;
      const [last] = await input.chain.transactions(workerSc, 1);
      const amount = w.tokensProcessed * fee;
      records.push({
        id: `rebuilt:${raw}`,
        kind: 'claim',
        at: (input.now ?? Date.now)(),
        proxySc: w.proxySc.toRawString(),
        workerSc: raw,
        qid: 0n,
        tokensFrom: 0n,
        tokensTo: w.tokensProcessed,
        amountNano: amount,
        recipient: w.owner.toRawString(),
        recipientKind: w.owner.equals(input.nodeWallet) ? 'node-wallet' : 'owner',
        receivedNano: amount,
        feesNano: 0n,
        status: 'paid',
        txHash: last ? last.hash().toString('hex') : '',
        workerTxHash: last ? last.hash().toString('hex') : null,
        detail:
          'rebuilt from the chain after the claims file was damaged: everything this worker contract paid out; the fees of earlier claims are not known',
      });
    }
    return { ok: true, records };
  } catch (err) {
    return { ok: false, reason: `the chain could not be read (${errorMessage(err)})` };
  }
}

/** Raw addresses a transaction sent a signed payout to. */
function payoutDestinations(tx: Transaction): string[] {
  const out: string[] = [];
  for (const m of tx.outMessages.values()) {
    if (m.info.type !== 'internal') continue;
    const s = m.body.beginParse();
    if (s.remainingBits >= 32 && s.preloadUint(32) === OP_PAYOUT_SIGNED) out.push(m.info.dest.toRawString());
  }
  return out;
}
