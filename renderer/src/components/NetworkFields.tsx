// The advanced network form: devnet on/off, the root contract, the TON network, endpoint and API key, and
// the expert's manual (unverified) proxies.
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../src/api/index.js';
import { NumberField } from './NumberField.js';

type Network = Settings['network'];

function orNull(s: string): string | null {
  return s.trim() === '' ? null : s.trim();
}

export function NetworkFields({ value, onChange }: { value: Network; onChange: (n: Network) => void }) {
  const { t } = useTranslation();
  const set = (patch: Partial<Network>): void => onChange({ ...value, ...patch });
  return (
    <details className="advanced" open={value.mode === 'remote'}>
      <summary>{t('settings.advanced')}</summary>
      <label className="check">
        <input
          type="checkbox"
          checked={value.mode === 'devnet'}
          data-testid="devnet-on"
          onChange={(e) => set({ mode: e.target.checked ? 'devnet' : 'remote' })}
        />
        <span>{t('settings.devnetOn')}</span>
      </label>
      {value.mode === 'devnet' && (
        <NumberField
          label={t('settings.devnetRate')}
          value={value.devnetRequestsPerMinute}
          min={0}
          max={600}
          onChange={(v) => set({ devnetRequestsPerMinute: v ?? 0 })}
          testId="devnet-rate"
        />
      )}
      <label className="field">
        <span>{t('settings.rootAddress')}</span>
        <input
          data-testid="root-address"
          value={value.rootAddress ?? ''}
          translate="no"
          onChange={(e) => set({ rootAddress: orNull(e.target.value) })}
        />
      </label>
      <label className="field">
        <span>{t('settings.proxies')}</span>
        <textarea
          rows={3}
          value={value.proxies.join('\n')}
          placeholder="proxy.example.org:8888"
          translate="no"
          onChange={(e) =>
            set({
              proxies: e.target.value
                .split('\n')
                .map((l) => l.trim())
                .filter(Boolean),
            })
          }
        />
      </label>
      <label className="field">
        <span>{t('settings.tonNetwork')}</span>
        <select
          value={value.tonNetwork}
          onChange={(e) => set({ tonNetwork: e.target.value === 'mainnet' ? 'mainnet' : 'testnet' })}
        >
          <option value="testnet">{t('settings.testnet')}</option>
          <option value="mainnet">{t('settings.mainnet')}</option>
        </select>
      </label>
      <label className="field">
        <span>{t('settings.tonEndpoint')}</span>
        <input
          type="url"
          value={value.tonEndpoint ?? ''}
          placeholder="https://toncenter.com/api/v2/jsonRPC"
          onChange={(e) => set({ tonEndpoint: orNull(e.target.value) })}
        />
      </label>
      <label className="field">
        <span>{t('settings.tonApiKey')}</span>
        <input
          type="password"
          autoComplete="off"
          value={value.tonApiKey ?? ''}
          onChange={(e) => set({ tonApiKey: orNull(e.target.value) })}
        />
      </label>
    </details>
  );
}
