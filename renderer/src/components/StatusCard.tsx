// The one big serve/pause switch, the status and its translated reason, and the pause choices.
import { useTranslation } from 'react-i18next';
import type { StateSnapshot } from '../../../src/api/index.js';
import { formatTime, reasonText } from '../format.js';
import { ServedModelLine } from './ServedModelLine.js';

const MIN_MS = 60_000;

export type PauseChoice = { forMs: number } | { until: 'tomorrow' } | Record<string, never>;

export function StatusCard(props: {
  state: StateSnapshot;
  onPause: (choice: PauseChoice) => void;
  onResume: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { worker } = props.state;
  const on = worker.status === 'serving' || worker.status === 'starting';
  const statusText = t(`status.${worker.status}`);
  const reason = reasonText(t, worker.reasonCode, worker.reason, i18n.language);
  const toggleText = on
    ? t('home.toggleOn')
    : worker.status === 'stopped'
      ? t('home.toggleStart')
      : t('home.toggleOff');
  return (
    <section className="card status span-2" aria-labelledby="status-title">
      <h2 id="status-title">{t('home.status')}</h2>
      <div className="status-row">
        <button
          type="button"
          role="switch"
          aria-checked={on}
          aria-label={toggleText}
          className={`toggle ${on ? 'on' : 'off'}`}
          data-testid={on ? 'serve-toggle' : 'resume'}
          onClick={() => (on ? props.onPause({}) : props.onResume())}
        >
          <span className="knob" aria-hidden="true" />
        </button>
        <div>
          <p className={`badge badge-${worker.status}`} data-testid="worker-status">
            {statusText}
          </p>
          {/* "Serving" twice says nothing: the reason shows only when it adds to the status. */}
          <p
            className={reason === statusText ? 'reason visually-hidden' : 'reason'}
            data-testid="worker-reason"
          >
            {reason}
          </p>
          <p className="muted small">
            {worker.pausedUntil !== null
              ? t('home.resumesAt', { time: formatTime(worker.pausedUntil, i18n.language) })
              : t('home.since', { time: formatTime(worker.since, i18n.language) })}
          </p>
        </div>
      </div>
      <ServedModelLine model={props.state.model} />
      {on && (
        <div className="actions" role="group" aria-label={t('actions.pauseFor')}>
          <span className="muted">{t('actions.pauseFor')}</span>
          <button type="button" onClick={() => props.onPause({ forMs: 15 * MIN_MS })} data-testid="pause-15m">
            {t('actions.pause15m')}
          </button>
          <button type="button" onClick={() => props.onPause({ forMs: 60 * MIN_MS })} data-testid="pause-1h">
            {t('actions.pause1h')}
          </button>
          <button
            type="button"
            onClick={() => props.onPause({ until: 'tomorrow' })}
            data-testid="pause-tomorrow"
          >
            {t('actions.pauseTomorrow')}
          </button>
          <button type="button" onClick={() => props.onPause({})} data-testid="pause">
            {t('actions.pauseForever')}
          </button>
        </div>
      )}
    </section>
  );
}
