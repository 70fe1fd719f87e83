// Home's throttling card: the level serving now and why ("Quiet until 23:00 (schedule)"), and the owner's
// overrides: any level for 2 h or until tomorrow, or back to the schedule.
import { useTranslation } from 'react-i18next';
import type { Settings, StateSnapshot } from '../../../src/api/index.js';
import { levelText, reasonText } from '../format.js';

export type ThrottleChoice =
  { level: string; forMs: number } | { level: string; until: 'tomorrow' } | { level: null };

const TWO_HOURS = 2 * 3_600_000;

export function LevelCard(props: {
  state: StateSnapshot;
  settings: Settings;
  onThrottle: (choice: ThrottleChoice) => void;
}) {
  const { t, i18n } = useTranslation();
  const { availability } = props.state;
  const level = availability.level ?? null;
  const reason = reasonText(t, availability.reasonCode, availability.reason, i18n.language);
  return (
    <section className="card span-2" aria-labelledby="level-title" data-testid="level-card">
      <h2 id="level-title">{t('levels.now')}</h2>
      <p data-testid="level-now">
        {level && <span className="swatch" style={{ backgroundColor: level.color }} aria-hidden="true" />}
        <strong>{level ? levelText(level.id, level.name, i18n.language) : t('levels.nowNone')}</strong>
        {' — '}
        <span data-testid="level-reason">{reason}</span>
      </p>
      <div className="level-actions">
        {props.settings.availability.levels.map((l) => {
          const name = levelText(l.id, l.name, i18n.language);
          return (
            <div key={l.id} role="group" aria-label={name}>
              <button
                type="button"
                data-testid={`level-2h-${l.id}`}
                onClick={() => props.onThrottle({ level: l.id, forMs: TWO_HOURS })}
              >
                {t('levels.forTwoHours', { level: name })}
              </button>
              <button
                type="button"
                data-testid={`level-tomorrow-${l.id}`}
                onClick={() => props.onThrottle({ level: l.id, until: 'tomorrow' })}
              >
                {t('levels.untilTomorrow', { level: name })}
              </button>
            </div>
          );
        })}
        {level?.source === 'override' && (
          <button type="button" data-testid="level-follow" onClick={() => props.onThrottle({ level: null })}>
            {t('levels.followSchedule')}
          </button>
        )}
      </div>
    </section>
  );
}
