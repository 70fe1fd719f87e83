// The owner's wallet (linked address and balance, or how to link one) and the node's own fee wallet: its
// balance, the address to top it up at, and a "needs funding" alert while a claim waits for its fee.
import { useTranslation } from 'react-i18next';
import type { StateSnapshot } from '../../../src/api/index.js';
import type { ApiClient } from '../api/client.js';
import { tonText } from '../format.js';
import { WalletConnect } from '../components/WalletConnect.js';
import { CopyButton } from '../components/CopyButton.js';
import { SweepOffer } from '../components/SweepOffer.js';

export function Wallet(props: {
  state: StateSnapshot;
  client: ApiClient;
  run: (a: () => Promise<unknown>) => void;
}) {
  const { t, i18n } = useTranslation();
  const { wallet } = props.state;
  const lang = i18n.language;
  const balance = (nano: string | null): string =>
    nano === null ? t('wallet.unknown') : `${tonText(nano, lang, 6)} ${t('units.ton')}`;
  const devnet = props.state.network.mode === 'devnet';
  const node = wallet.nodeWallet;
  const held = node?.heldForOwnerNano ?? '0';
  return (
    <div className="grid" data-testid="wallet-screen">
      <section className="card span-2" aria-labelledby="wallet-title">
        <h2 id="wallet-title">{wallet.linked ? t('wallet.linked') : t('wallet.title')}</h2>
        {wallet.pending && (
          <p className="note" role="status" data-testid="wallet-pending">
            {t('wallet.pending')}
          </p>
        )}
        {wallet.error && (
          <p className="note error" role="alert" data-testid="wallet-error">
            {t('wallet.error', {
              message: wallet.errorCode
                ? t(`walletErrors.${wallet.errorCode}`, { defaultValue: wallet.error })
                : wallet.error,
            })}
          </p>
        )}
        {wallet.linked && wallet.address ? (
          <>
            <dl>
              <dt>{t('wallet.address')}</dt>
              <dd className="address-row">
                <code translate="no" data-testid="wallet-address">
                  {wallet.address}
                </code>
                <CopyButton text={wallet.address} label={t('wallet.address')} />
              </dd>
              <dt>{t('wallet.balance')}</dt>
              <dd data-testid="wallet-balance">{balance(wallet.balanceNano)}</dd>
            </dl>
            <div className="actions">
              <button
                type="button"
                onClick={() => props.run(() => props.client.call('wallet:unlink', {}))}
                data-testid="wallet-disconnect"
              >
                {t('wallet.disconnect')}
              </button>
            </div>
          </>
        ) : (
          <>
            <p className="empty" data-testid="wallet-empty">
              {t('wallet.empty')}
            </p>
            <p className="muted">{t('wallet.emptyHelp')}</p>
            <WalletConnect client={props.client} />
          </>
        )}
      </section>
      <section className="card" aria-labelledby="node-wallet-title">
        <h2 id="node-wallet-title">{t('wallet.nodeWallet')}</h2>
        <p className="muted small">{t('wallet.nodeWalletHelp')}</p>
        {devnet && <p className="muted small">{t('earnings.playMoney')}</p>}
        {node ? (
          <>
            {node.needsFunding && (
              <p className="note error" role="alert" data-testid="node-wallet-needs-funding">
                <strong>{t('wallet.needsFunding')}.</strong>{' '}
                {t('wallet.needsFundingText', {
                  short: tonText(node.shortNano ?? node.requiredNano ?? '0', lang, 4),
                })}
              </p>
            )}
            <dl>
              <dt>{t('wallet.topUpAddress')}</dt>
              <dd className="address-row">
                <code translate="no" className="hash" data-testid="node-wallet-top-up">
                  {node.topUpAddress}
                </code>
                <CopyButton text={node.topUpAddress} label={t('wallet.topUpAddress')} />
              </dd>
              <dt>{t('wallet.balance')}</dt>
              <dd data-testid="node-wallet-balance">{balance(node.balanceNano)}</dd>
              {node.needsFunding && node.requiredNano !== null && (
                <>
                  <dt>{t('wallet.fundingRequired')}</dt>
                  <dd data-testid="node-wallet-required">{balance(node.requiredNano)}</dd>
                </>
              )}
              <dt>{t('earnings.heldForOwner')}</dt>
              <dd data-testid="node-wallet-held">{balance(held)}</dd>
            </dl>
          </>
        ) : (
          <p className="muted">{t('wallet.nodeWalletNone')}</p>
        )}
      </section>
      {wallet.linked && held !== '0' && <SweepOffer client={props.client} heldNano={held} devnet={devnet} />}
    </div>
  );
}
