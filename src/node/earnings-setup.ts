// The earnings side of the node once the wallet is open: the claims history checked against the ledger,
// the payouts (claims) and the state sync that keeps the dashboard's balances and earnings current.
import type { EarningsLedger } from '../earnings/ledger.js';
import type { Logger } from '../logging/logger.js';
import type { SettingsService } from '../settings/settings-service.js';
import type { StateFileNotices } from '../state-files/notices.js';
import type { Money } from './money.js';
import type { NetworkRoot } from './network-chain.js';
import { Payouts } from './payouts.js';
import { step } from './startup-step.js';
import { recoverClaims } from './state-file-recovery.js';
import { StateSync } from './state-sync.js';
import type { StateStore } from './state-store.js';

export async function setUpEarnings(o: {
  ledger: EarningsLedger;
  money: Money;
  settings: SettingsService;
  state: StateStore;
  root: NetworkRoot;
  notices: StateFileNotices;
  testOnly: boolean;
  log: Logger;
}): Promise<{ payouts: Payouts; stateSync: StateSync }> {
  const { ledger, money } = o;
  await step('checking the claims history', () => recoverClaims({ ledger, money, notices: o.notices }));
  const sync: { current: StateSync | null } = { current: null };
  const payouts = new Payouts({
    ledger,
    money,
    log: o.log.child('payouts'),
    maxFeeShare: () => o.settings.get().payouts.maxFeeShare,
    rootParams: () => o.root.params(),
    onClaim: () => {
      sync.current?.earningsSoon();
      sync.current?.refreshBalances();
    },
  });
  const stateSync = new StateSync({
    state: o.state,
    ledger,
    money,
    payouts,
    log: o.log.child('sync'),
    testOnly: o.testOnly,
  });
  sync.current = stateSync;
  // A payment restored at a handshake (e.g. after a damaged payments file) shows as pending at once.
  ledger.payments.onChange(() => stateSync.earningsSoon());
  return { payouts, stateSync };
}
