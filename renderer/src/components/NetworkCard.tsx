// Where the worker serves: the network as its root contract describes it (when it was read, its prices,
// its registered proxies), a curl line when the network has a public client endpoint, and each proxy's
// link with its tier and whether it was verified against the root.
import { useTranslation } from 'react-i18next';
import type { StateSnapshot } from '../../../src/api/index.js';
import { CopyButton } from './CopyButton.js';
import { formatTime } from '../format.js';

export function curlCommand(base: string, model: string): string {
  return `curl ${base}/v1/chat/completions -H 'content-type: application/json' -d '{"model":${JSON.stringify(model)},"messages":[{"role":"user","content":"Hello"}],"max_tokens":32}'`;
}

type NetworkState = StateSnapshot['network'];

function RootLine({ root }: { root: NetworkState['root'] }) {
  const { t, i18n } = useTranslation();
  if (root.status === 'not-configured') return <p className="muted">{t('network.rootMissing')}</p>;
  return (
    <div data-testid="network-root">
      <p>
        {t('network.root')}: <code translate="no">{root.address}</code> — {t(`network.status.${root.status}`)}
        {root.readAt !== null && (
          <> · {t('network.readAt', { time: formatTime(root.readAt, i18n.language) })}</>
        )}
        {root.version !== null && <> · {t('network.version', { version: root.version })}</>}
        {root.isTest && <> · {t('network.test')}</>}
      </p>
      {root.status !== 'ok' && root.detail && <p className="muted small">{root.detail}</p>}
      {root.pricePerToken !== null && root.workerFeePerToken !== null && (
        <p className="muted small">
          {t('network.price', { price: root.pricePerToken, fee: root.workerFeePerToken })} ·{' '}
          {t('network.registered', { count: root.registeredProxies })}
        </p>
      )}
    </div>
  );
}

export function NetworkCard({ state }: { state: StateSnapshot }) {
  const { t } = useTranslation();
  const { network } = state;
  const url = network.clientUrl;
  // The served model's network name, which the network routes by (the demo model until one is chosen).
  const model = state.model?.name ?? 'silkworm-tiny';
  return (
    <section className="card span-2" aria-labelledby="net-title" data-testid="network">
      <h2 id="net-title">{t('home.network')}</h2>
      <p>{t(`network.kind.${network.kind}`)}</p>
      <RootLine root={network.root} />
      {url && (
        <>
          <p className="muted">{t('home.devnetHelp')}</p>
          <div className="code-row">
            <code translate="no" data-testid="devnet-curl">
              {curlCommand(url, model)}
            </code>
            <CopyButton text={curlCommand(url, model)} />
          </div>
        </>
      )}
      {network.proxies.length === 0 ? (
        <p className="muted">{t('home.noProxies')}</p>
      ) : (
        <ul className="plain" data-testid="proxies">
          {network.proxies.map((p) => (
            <li key={p.address} data-verified={p.verified} data-tier={p.tier}>
              <span className={`dot dot-${p.status}`} aria-hidden="true" />{' '}
              <span translate="no">{p.address}</span> — {t(`proxy.${p.status}`)} ·{' '}
              {t(`network.tier.${p.tier}`)}
              {' · '}
              {p.verified ? t('network.verified') : t('network.unverified')}
              {p.status !== 'ready' && p.detail && <span className="muted small"> — {p.detail}</span>}
            </li>
          ))}
        </ul>
      )}
      {network.proxies.some((p) => p.tier === 'tee') && (
        <p className="muted small">{t('network.teeCaveat')}</p>
      )}
    </section>
  );
}
