// Where the worker serves: the devnet (with a curl line to try it) or Cocoon proxies, and each proxy's link.
import { useTranslation } from 'react-i18next';
import type { StateSnapshot } from '../../../src/api/index.js';
import { CopyButton } from './CopyButton.js';

export function curlCommand(base: string, model: string): string {
  return `curl ${base}/v1/chat/completions -H 'content-type: application/json' -d '{"model":${JSON.stringify(model)},"messages":[{"role":"user","content":"Hello"}],"max_tokens":32}'`;
}

export function NetworkCard({ state }: { state: StateSnapshot }) {
  const { t } = useTranslation();
  const { network } = state;
  const url = network.devnetClientUrl;
  // The served model's network name, which the devnet routes by (the demo model until one is chosen).
  const model = state.model?.name ?? 'silkworm-tiny';
  return (
    <section className="card span-2" aria-labelledby="net-title" data-testid="network">
      <h2 id="net-title">{t('home.network')}</h2>
      <p>{network.mode === 'devnet' ? t('home.devnetLong') : t('home.remote')}</p>
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
        <ul className="plain">
          {network.proxies.map((p) => (
            <li key={p.address}>
              <span className={`dot dot-${p.status}`} aria-hidden="true" />{' '}
              <span translate="no">{p.address}</span> — {t(`proxy.${p.status}`)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
