// One model the worker could serve: what it is, whether it fits, its state, and what the owner can do with it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DownloadProgressView, ModelEntry } from '../../../src/api/index.js';
import type { ModelsView } from '../hooks/useModels.js';
import { useUnits } from '../hooks/useUnits.js';
import { ConfirmBox } from './ConfirmBox.js';
import { DemoBadge } from './DemoBadge.js';
import { DownloadBar } from './DownloadBar.js';
import { ModelFit } from './ModelFit.js';
import { ModelSource } from './ModelSource.js';

interface Props {
  entry: ModelEntry;
  /** Pushed progress for this model's download (fresher than the list's copy). */
  progress: DownloadProgressView | null;
  served: boolean;
  selected: boolean;
  /** This model is the target of the switch in progress. */
  switching: boolean;
  /** Some switch is in progress (no second one starts meanwhile). */
  busy: boolean;
  actions: Pick<ModelsView, 'download' | 'pause' | 'cancel' | 'use' | 'remove'>;
}

type Asking = 'download' | 'remove' | null;

export function ModelRow({ entry, progress, served, selected, switching, busy, actions }: Props) {
  const { t } = useTranslation();
  const units = useUnits();
  const [asking, setAsking] = useState<Asking>(null);
  const download = progress ?? entry.download;
  const unverified = entry.sha256 === null && entry.url !== null;
  const size = entry.sizeBytes !== null ? units.bytes(entry.sizeBytes) : t('models.unknown');
  const stateText = served
    ? t('models.states.serving')
    : download?.paused === true
      ? t('models.states.paused')
      : entry.state === 'ready' && selected
        ? t('models.states.selected')
        : t(`models.states.${entry.state}`);
  // Imported and discovered files belong to the owner: removing only forgets them.
  const ownersFile = entry.source === 'imported' || entry.source === 'discovered';
  return (
    <li
      className={served ? 'model-row served' : 'model-row'}
      data-testid="model-row"
      data-model-id={entry.id}
      data-state={entry.state}
    >
      <div className="model-head">
        <p className="model-title">
          {entry.demo ? (
            <span>{t('models.demoTitle')}</span>
          ) : (
            <strong translate="no" data-testid="model-title">
              {entry.title}
            </strong>
          )}
          {entry.demo && <DemoBadge withNote={false} />}
        </p>
        <code translate="no" className="muted" data-testid="model-served-name">
          {entry.servedName}
        </code>
      </div>
      <dl className="model-facts">
        <dt>{t('models.source')}</dt>
        <dd data-testid="model-source">
          <ModelSource source={entry.source} path={entry.path} />
        </dd>
        <dt>{t('models.size')}</dt>
        <dd>{size}</dd>
        {entry.quantization !== null && (
          <>
            <dt>{t('models.quantization')}</dt>
            <dd translate="no">{entry.quantization}</dd>
          </>
        )}
        <dt>{t('models.fit')}</dt>
        <dd>
          <ModelFit fit={entry.fit} />
        </dd>
        <dt>{t('models.state')}</dt>
        <dd data-testid="model-state">{stateText}</dd>
      </dl>
      {unverified && <p className="muted small">{t('models.unverified')}</p>}
      {entry.state === 'downloading' && download && <DownloadBar progress={download} />}
      {asking === 'download' && (
        <ConfirmBox
          question={
            unverified ? t('models.unverifiedConfirm', { size }) : t('models.downloadConfirm', { size })
          }
          confirm={unverified ? t('models.downloadUnverified') : t('models.download')}
          onConfirm={() => {
            setAsking(null);
            actions.download(entry.id, unverified);
          }}
          onKeep={() => setAsking(null)}
          testId="confirm-download"
        />
      )}
      {asking === 'remove' && (
        <ConfirmBox
          question={ownersFile ? t('models.removeReference') : t('models.removeDownloaded', { size })}
          confirm={t('models.remove')}
          onConfirm={() => {
            setAsking(null);
            actions.remove(entry.id);
          }}
          onKeep={() => setAsking(null)}
          testId="confirm-remove"
        />
      )}
      {asking === null && (
        <div className="actions">
          {(entry.state === 'absent' || entry.state === 'corrupt') && entry.url !== null && (
            <button type="button" onClick={() => setAsking('download')} data-testid="model-download">
              {t('models.download')}
            </button>
          )}
          {entry.state === 'downloading' &&
            (download?.paused === false ? (
              <button type="button" onClick={() => actions.pause(entry.id)} data-testid="model-pause">
                {t('models.pause')}
              </button>
            ) : (
              <button
                type="button"
                onClick={() => actions.download(entry.id, unverified)}
                data-testid="model-resume"
              >
                {t('models.resume')}
              </button>
            ))}
          {entry.state === 'downloading' && (
            <button type="button" onClick={() => actions.cancel(entry.id)} data-testid="model-cancel">
              {t('models.cancel')}
            </button>
          )}
          {entry.state === 'ready' && !served && (
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => actions.use(entry.id)}
              data-testid="model-use"
            >
              {switching ? t('models.switching') : t('models.use')}
            </button>
          )}
          {(entry.state === 'ready' || entry.state === 'corrupt') && !entry.demo && !served && (
            <button type="button" onClick={() => setAsking('remove')} data-testid="model-remove">
              {t('models.remove')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
