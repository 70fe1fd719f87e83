import { useTranslation } from 'react-i18next';
import type { StateSnapshot } from '../../../src/api/index.js';
import { formatTime, reasonText } from '../format.js';

const HOUR_MS = 3_600_000;

export function StatusCard(props: { state: StateSnapshot; onPause: (forMs?: number) => void; onResume: () => void }) {
  const { t, i18n } = useTranslation();
  const { worker } = props.state;
  const paused = worker.status === 'paused' || worker.status === 'stopped' || worker.status === 'error';
  return (
    <section className="card status" aria-labelledby="status-title">
      <h2 id="status-title">{t('home.status')}</h2>
      <p className={`badge badge-${worker.status}`} data-testid="worker-status">
        {t(`status.${worker.status}`)}
      </p>
      <p className="reason" data-testid="worker-reason">
        {reasonText(t, worker.reasonCode, worker.reason, i18n.language)}
      </p>
      <p className="muted">{t('home.since', { time: formatTime(worker.since, i18n.language) })}</p>
      <div className="actions">
        {paused ? (
          <button type="button" className="primary" onClick={props.onResume} data-testid="resume">
            {worker.status === 'stopped' ? t('actions.start') : t('actions.resume')}
          </button>
        ) : (
          <>
            <button type="button" className="primary" onClick={() => props.onPause()} data-testid="pause">
              {t('actions.pause')}
            </button>
            <button type="button" onClick={() => props.onPause(HOUR_MS)} data-testid="pause-1h">
              {t('actions.pause1h')}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
