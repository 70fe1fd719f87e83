// First run: the best model for this machine, what it costs to get (size, time at the measured speed) and
// what it may earn; the owner decides. Without a GPU it says so and offers a small model on the CPU.
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { ModelProposal, Settings, SettingsPatch, StateSnapshot } from '../../../src/api/index.js';
import type { ApiClient } from '../api/client.js';
import type { ModelsView } from '../hooks/useModels.js';
import { useUnits } from '../hooks/useUnits.js';
import { tonText } from '../format.js';

interface Props {
  state: StateSnapshot;
  proposal: ModelProposal;
  client: ApiClient;
  models: ModelsView;
  onDismiss: () => void;
}

const name = <strong translate="no" />;

export function FirstRunCard({ state, proposal, client, models, onDismiss }: Props) {
  const { t, i18n } = useTranslation();
  const units = useUnits();
  const [measured, setMeasured] = useState<ModelProposal | null>(null);
  const [measuring, setMeasuring] = useState(false);
  const [measureError, setMeasureError] = useState<string | null>(null);
  // A fresh measurement wins until the pushed proposal carries one of its own.
  const p = proposal.bytesPerSecond === null && measured?.modelId === proposal.modelId ? measured : proposal;
  const entry = models.list?.models.find((m) => m.id === p.modelId) ?? null;
  const unverified = entry !== null && entry.sha256 === null && entry.url !== null;
  const pending = p.modelId !== null && models.pendingUse === p.modelId;

  const measure = (): void => {
    setMeasuring(true);
    setMeasureError(null);
    client
      .call('models:proposal', { probeSpeed: true })
      .then(setMeasured)
      .catch((err: unknown) => setMeasureError(err instanceof Error ? err.message : String(err)))
      .finally(() => setMeasuring(false));
  };
  const go = (): void => {
    if (p.modelId === null) return;
    if (entry?.state === 'ready') models.use(p.modelId);
    else models.downloadAndServe(p.modelId, unverified);
  };

  const heading =
    p.gpu && p.modelId !== null ? (
      <Trans
        i18nKey="models.firstRun.titleGpu"
        values={{ gpu: p.gpuName ?? 'GPU', model: p.title ?? p.modelId }}
        components={{ name }}
      />
    ) : p.gpu ? (
      <Trans
        i18nKey="models.firstRun.titleNoFit"
        values={{ gpu: p.gpuName ?? 'GPU' }}
        components={{ name }}
      />
    ) : (
      t('models.firstRun.titleCpu')
    );
  return (
    <section className="card hint span-all" aria-labelledby="first-run-title" data-testid="first-run">
      <h2 id="first-run-title">{heading}</h2>
      {!p.gpu && p.modelId !== null && (
        <p>
          <Trans
            i18nKey="models.firstRun.cpuOffer"
            values={{ model: p.title ?? p.modelId }}
            components={{ name }}
          />
        </p>
      )}
      {p.modelId !== null && (
        <dl>
          <dt>{t('models.firstRun.size')}</dt>
          <dd data-testid="first-run-size">
            {p.sizeBytes !== null ? units.bytes(p.sizeBytes) : t('models.unknown')}
          </dd>
          <dt>{t('models.firstRun.time')}</dt>
          <dd data-testid="first-run-time">
            {p.bytesPerSecond !== null && p.downloadSeconds !== null
              ? t('models.firstRun.timeValue', {
                  time: units.duration(p.downloadSeconds),
                  speed: units.speed(p.bytesPerSecond),
                })
              : t('models.firstRun.notMeasured')}
          </dd>
          <dt>{t('models.firstRun.earnings')}</dt>
          <dd data-testid="first-run-earnings">
            {p.estimateNanoPerDay !== null
              ? t('models.firstRun.perDay', { amount: tonText(p.estimateNanoPerDay, i18n.language, 3) })
              : t('models.firstRun.noEstimate')}
          </dd>
        </dl>
      )}
      {state.network.mode === 'devnet' && p.estimateNanoPerDay !== null && (
        <p className="muted small">{t('models.firstRun.playMoney')}</p>
      )}
      {measureError !== null && (
        <p className="note error" role="alert">
          {measureError}
        </p>
      )}
      {pending && (
        <p className="note" role="status" data-testid="first-run-pending">
          {t('models.firstRun.pending')}
        </p>
      )}
      <div className="actions">
        {p.modelId !== null && !pending && (
          <button type="button" className="primary" onClick={go} data-testid="first-run-go">
            {unverified ? t('models.firstRun.goUnverified') : t('models.firstRun.go')}
          </button>
        )}
        {p.modelId !== null && p.bytesPerSecond === null && (
          <button type="button" onClick={measure} disabled={measuring} data-testid="first-run-measure">
            {measuring ? t('models.firstRun.measuring') : t('models.firstRun.measure')}
          </button>
        )}
        <button type="button" onClick={onDismiss} data-testid="first-run-later">
          {t('models.firstRun.later')}
        </button>
      </div>
    </section>
  );
}

/** The proposal to show: there is one, and the owner has not dismissed it. */
export function proposalToShow(state: StateSnapshot, settings: Settings | null): ModelProposal | null {
  if (!settings || settings.model.proposalDismissed) return null;
  return state.models.proposal;
}

/** "Not now" is remembered in settings, so the card does not come back on the next start. */
export function dismissPatch(settings: Settings): SettingsPatch {
  return { model: { ...settings.model, proposalDismissed: true } };
}
