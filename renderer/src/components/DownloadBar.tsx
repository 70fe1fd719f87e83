// A download's pushed progress: the bar, bytes received of the total, speed and time left, or why it stopped.
import { useTranslation } from 'react-i18next';
import type { DownloadProgressView } from '../../../src/api/index.js';
import { useUnits } from '../hooks/useUnits.js';

export function DownloadBar({ progress }: { progress: DownloadProgressView }) {
  const { t } = useTranslation();
  const units = useUnits();
  const { receivedBytes, totalBytes, bytesPerSecond, etaSeconds, paused, error, errorCode } = progress;
  const percent = totalBytes ? Math.min(100, Math.floor((receivedBytes / totalBytes) * 100)) : null;
  const received =
    totalBytes !== null
      ? t('models.received', { received: units.bytes(receivedBytes), total: units.bytes(totalBytes) })
      : t('models.receivedNoTotal', { received: units.bytes(receivedBytes) });
  const parts = [received];
  if (!paused && error === null) {
    parts.push(units.speed(bytesPerSecond));
    if (etaSeconds !== null) parts.push(t('models.eta', { time: units.duration(etaSeconds) }));
  }
  return (
    <div className="progress-block" data-testid="download-progress">
      <progress
        max={100}
        value={percent ?? undefined}
        aria-label={t('models.progress')}
        aria-valuetext={percent !== null ? t('units.percent', { value: percent }) : received}
      />
      <p className="small" data-testid="download-text">
        {percent !== null && `${t('units.percent', { value: percent })} · `}
        {parts.join(' · ')}
      </p>
      {paused && error === null && <p className="muted small">{t('models.pausedNote')}</p>}
      {error !== null && (
        <p className="note error" role="alert" data-testid="download-error">
          {t('models.downloadFailed', {
            message: errorCode ? t(`models.downloadErrors.${errorCode}`, { defaultValue: error }) : error,
          })}
        </p>
      )}
    </div>
  );
}
