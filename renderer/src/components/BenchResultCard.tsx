// The saved benchmark: prompt (pp) and generation (tg) tokens/s with their spread and cross-checks.
// "pp"/"tg" are llama-bench's metric names in every language.
import { useTranslation } from 'react-i18next';
import type { StateSnapshot } from '../../../src/api/index.js';
import { formatDateTime } from '../format.js';

type Result = NonNullable<StateSnapshot['bench']['result']>;

export function BenchResultCard({ result }: { result: Result }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const n = (v: number, digits = 1): string => v.toLocaleString(lang, { maximumFractionDigits: digits });
  const tps = (v: number): string => t('units.tps', { value: n(v) });
  return (
    <section className="card span-2" aria-labelledby="bench-result-title" data-testid="bench-result">
      <h2 id="bench-result-title">{t('bench.results')}</h2>
      <dl className="stack">
        <dt>{t('bench.pp', { tokens: result.settings.promptTokens })}</dt>
        <dd data-testid="bench-pp">{tps(result.pp.median)}</dd>
        <dt>{t('bench.tg', { tokens: result.settings.genTokens })}</dt>
        <dd data-testid="bench-tg">{tps(result.tg.median)}</dd>
      </dl>
      <dl>
        <dt translate="no">pp</dt>
        <dd className="muted small">{t('bench.range', { min: n(result.pp.min), max: n(result.pp.max) })}</dd>
        <dt translate="no">tg</dt>
        <dd className="muted small">{t('bench.range', { min: n(result.tg.min), max: n(result.tg.max) })}</dd>
        <dt>{t('bench.reference')}</dt>
        <dd translate="no">
          pp {n(result.reference.ppTps)} · tg {n(result.reference.tgTps)}
        </dd>
        {result.engine && (
          <>
            <dt>{t('bench.engine')}</dt>
            <dd translate="no">
              pp {n(result.engine.ppTps)} · tg {n(result.engine.tgTps)}
            </dd>
          </>
        )}
        <dt>{t('bench.agreement')}</dt>
        <dd>{t('units.percent', { value: n(result.agreementPct) })}</dd>
        <dt>{t('bench.backend')}</dt>
        <dd translate="no">{result.backend}</dd>
        <dt>{t('bench.model')}</dt>
        <dd translate="no">{result.model.name}</dd>
        <dt>{t('bench.measuredAt')}</dt>
        <dd>{formatDateTime(result.at, lang)}</dd>
        <dt>{t('bench.duration')}</dt>
        <dd>{t('units.ms', { value: n(result.durationMs, 0) })}</dd>
      </dl>
    </section>
  );
}
