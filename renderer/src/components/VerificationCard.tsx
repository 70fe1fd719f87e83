// What the home tier's checks say about this worker (docs/verification.md): per proxy, its lane, the last
// checks and why one failed, as the proxy reported them, led by one plain sentence (evaluation progress, or
// the paid lane lost and why); and, always, what is verified and what is not.
import { useTranslation } from 'react-i18next';
import type { StateSnapshot } from '../../../src/api/index.js';
import { formatTime } from '../format.js';
import { verificationView, type StandingRow } from './verification-view.js';
import { LaneLine } from './verification-lines.js';

function Standing({ row }: { row: StandingRow }) {
  const { t, i18n } = useTranslation();
  return (
    <li data-testid="standing" data-lane={row.lane} data-status={row.status}>
      <LaneLine row={row} />
      <p>
        <span translate="no">{row.address}</span> — <strong>{t(`verification.lane.${row.lane}`)}</strong> ·{' '}
        {t('verification.window', { failures: row.failures, checks: row.checks })}
      </p>
      {row.note && <p className="muted small">{t('verification.noReference', { note: row.note })}</p>}
      {row.withheld && <p className="muted small">{t('verification.withheld', { tokens: row.withheld })}</p>}
      {row.status === 'evaluating' && row.note === null && (
        <p className="muted small">{t('verification.evaluationHelp')}</p>
      )}
      <ul className="plain small">
        {row.recent.map((c, i) => (
          <li key={`${c.at}-${i}`} data-ok={c.ok}>
            {formatTime(c.at, i18n.language)} · {c.ok ? t('verification.passed') : t('verification.failed')}
            {!c.ok && <span className="muted"> — {c.reason}</span>}
          </li>
        ))}
      </ul>
    </li>
  );
}

export function VerificationCard({ state }: { state: StateSnapshot }) {
  const { t } = useTranslation();
  const view = verificationView(state);
  if (!view.show) return null;
  return (
    <section className="card span-2" aria-labelledby="verify-title" data-testid="verification">
      <h2 id="verify-title">{t('verification.title')}</h2>
      {view.rows.length === 0 ? (
        <p className="muted">{t('verification.none')}</p>
      ) : (
        <ul className="plain">
          {view.rows.map((r) => (
            <Standing key={r.address} row={r} />
          ))}
        </ul>
      )}
      <p className="muted small">{t('verification.verifies')}</p>
      <p className="muted small">{t('verification.notVerified')}</p>
    </section>
  );
}
