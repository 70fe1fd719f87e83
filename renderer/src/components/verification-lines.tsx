// The plain-words lines about a proxy's lane: where a new worker stands in its evaluation ("2 of 3 checks
// passed"), that its evaluation checks fail, or that failed checks took the paid lane away and the proxy's
// reason; shared by the verification card and the earnings area (which says why nothing is earned yet).
import { useTranslation } from 'react-i18next';
import type { StandingRow } from './verification-view.js';

type Words = Record<'demoted' | 'failed' | 'evaluating' | 'count', string>;

const CARD: Words = {
  demoted: 'verification.demoted',
  failed: 'verification.evaluatingFailed',
  evaluating: 'verification.evaluating',
  count: 'verification.evaluatingCount',
};
const EARNINGS: Words = {
  demoted: 'verification.earningsDemoted',
  failed: 'verification.earningsFailed',
  evaluating: 'verification.earningsEvaluating',
  count: 'verification.earningsEvaluatingCount',
};

/** The sentence for a row outside the paid lane, in the card's or the earnings area's words. */
function useSentence(row: StandingRow, words: Words): string {
  const { t } = useTranslation();
  if (row.status === 'demoted') return t(words.demoted);
  if (row.failures > 0) return t(words.failed, { failures: row.failures, checks: row.checks });
  if (row.needed !== null)
    return t(words.evaluating, { passed: Math.min(row.passed, row.needed), needed: row.needed });
  return t(words.count, { passed: row.passed });
}

/** The lane in one sentence and the newest failure's reason, for the verification card. */
export function LaneLine({ row }: { row: StandingRow }) {
  const { t } = useTranslation();
  const text = useSentence(row, CARD);
  if (row.status === 'paid' || row.note !== null) return null;
  return (
    <>
      <p
        data-testid="lane-line"
        data-status={row.status}
        className={row.status === 'demoted' || row.failures > 0 ? 'warn-text' : undefined}
      >
        <strong>{text}</strong>
      </p>
      {row.lastFailure !== null && (
        <p className="small" data-testid="lane-reason">
          {t('verification.lastFailure', { reason: row.lastFailure })}
        </p>
      )}
    </>
  );
}

/** Why nothing is earned yet, for the earnings area. */
function Note({ row }: { row: StandingRow }) {
  return (
    <p className="muted small" data-testid="unpaid-note" data-status={row.status}>
      {useSentence(row, EARNINGS)}
    </p>
  );
}

/** Nothing when no checked proxy holds pay back. */
export function UnpaidNote({ row }: { row: StandingRow | null }) {
  return row === null ? null : <Note row={row} />;
}
