// What the node does after a state file was found damaged at start: say what was recovered, and rebuild
// the money records from their other sources — signed payments from the proxies (they hand the latest one
// back at every handshake), the claims history from the chain. Where a rebuild is impossible the node refuses to claim and says why.
import { JsonFileClaimStore } from '../chain/index.js';
import { rebuildClaimsFromChain } from '../chain/payout/claims-rebuild.js';
import type { EarningsLedger } from '../earnings/ledger.js';
import type { StateFileNotices } from '../state-files/notices.js';
import type { Money } from './money.js';

export const recoveredText = {
  payments:
    'The signed payments are restored from the proxies as they reconnect; earnings totals come from the receipts log meanwhile.',
  receipts:
    'Every readable receipt was kept; earned totals never show less than what was claimed and is pending.',
  secrets:
    'A new device key and node wallet were created. If the old node wallet held TON, its key is in the file kept aside.',
  walletLink:
    'Your wallet is no longer linked: link it again on the Wallet screen. Until then new earnings go to the node wallet.',
} as const;

export function reportLedgerDamage(ledger: EarningsLedger, notices: StateFileNotices): void {
  if (ledger.payments.damage) notices.damaged(ledger.payments.damage, recoveredText.payments);
  if (ledger.receipts.damage)
    notices.damaged(
      ledger.receipts.damage,
      `${ledger.receipts.count()} receipts were kept. ${recoveredText.receipts}`,
    );
}

/** Rebuilds a damaged claims history from the chain, or blocks claiming with the reason. */
export async function recoverClaims(o: {
  ledger: EarningsLedger;
  money: Money;
  notices: StateFileNotices;
}): Promise<void> {
  const store = o.money.claims;
  if (!(store instanceof JsonFileClaimStore)) return;
  await store.list();
  const damage = store.damage;
  if (!damage) return;
  const known = new Set(o.ledger.payments.all().map((p) => p.workerSc));
  const result = await rebuildClaimsFromChain({
    chain: o.money.chain,
    nodeWallet: o.money.nodeWallet.address,
    knownWorkers: [...known],
    workerFeePerToken: o.money.params()?.workerFeePerToken ?? null,
  });
  if (result.ok) {
    await store.restore(result.records);
    o.notices.damaged(
      damage,
      `The claims history was rebuilt from the chain: ${result.records.length} worker contract(s), every nanoton they paid out.`,
    );
    return;
  }
  const reason = `Claims are paused: ${damage.file} was damaged and could not be rebuilt because ${result.reason}. Nothing will be claimed until it can be; the signed payments are safe.`;
  store.refuse(reason);
  o.notices.damaged(damage, 'The claims history could not be rebuilt yet.');
  o.notices.refused(damage.file, reason);
}
