// The plain-words lines about a proxy's lane: where a new worker stands in its evaluation ("2 of 3 checks
// passed"), or that failed checks took the paid lane away and the proxy's reason; shared by the
// verification card and the earnings area (which says why nothing is earned yet).
import { useTranslation } from 'react-i18next';
import type { StandingRow } from './verification-view.js';

/** The lane in one sentence, for the verification card; null in the paid lane. */
export function LaneLine({ row }: { row: StandingRow }) {
  const { t } = useTranslation();
  if (row.status === 'paid' || row.note !== null) return null;
  return (
    <>
      <p
        data-testid="lane-line"
        data-status={row.status}
        className={row.status === 'demoted' ? 'warn-text' : undefined}
      >
        <strong>
          {row.status === 'demoted'
            ? t('verification.demoted')
            : row.needed !== null
              ? t('verification.evaluating', { passed: Math.min(row.passed, row.needed), needed: row.needed })
              : t('verification.evaluatingCount', { passed: row.passed })}
        </strong>
      </p>
      {row.lastFailure !== null && (
        <p className="small" data-testid="lane-reason">
          {t('verification.lastFailure', { reason: row.lastFailure })}
        </p>
      )}
    </>
  );
}

/** Why nothing is earned yet, for the earnings area; null when no checked proxy holds pay back. */
export function UnpaidNote({ row }: { row: StandingRow | null }) {
  const { t } = useTranslation();
  if (row === null) return null;
  return (
    <p className="muted small" data-testid="unpaid-note" data-status={row.status}>
      {row.status === 'demoted'
        ? t('verification.earningsDemoted')
        : row.needed !== null
          ? t('verification.earningsEvaluating', {
              passed: Math.min(row.passed, row.needed),
              needed: row.needed,
            })
          : t('verification.earningsEvaluatingCount', { passed: row.passed })}
    </p>
  );
}
