// The saved benchmark: prompt (pp) and generation (tg) tokens/s with their spread and cross-checks, the
// serving configuration it measured, and which of the served configuration's parts differ now.
// "pp"/"tg" are llama-bench's metric names in every language.
import { useTranslation } from 'react-i18next';
import type { StateSnapshot } from '../../../src/api/index.js';
import { formatDateTime } from '../format.js';

type Result = NonNullable<StateSnapshot['bench']['result']>;

/** Reasons meaning the numbers belong to another model, backend or load configuration than the served one. */
const MISMATCH = ['model-changed', 'backend-changed', 'config-changed'] as const;
type Mismatch = (typeof MISMATCH)[number];
const isMismatch = (r: string): r is Mismatch => (MISMATCH as readonly string[]).includes(r);

export function BenchResultCard({
  result,
  rerunReasons = [],
}: {
  result: Result;
  rerunReasons?: readonly string[];
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const n = (v: number, digits = 1): string => v.toLocaleString(lang, { maximumFractionDigits: digits });
  const tps = (v: number): string => t('units.tps', { value: n(v) });
  const c = result.config;
  const mismatch = rerunReasons.filter(isMismatch);
  return (
    <section className="card span-2" aria-labelledby="bench-result-title" data-testid="bench-result">
      <h2 id="bench-result-title">{t('bench.results')}</h2>
      {c && (
        <p className="muted small" data-testid="bench-config">
          {t('bench.config')}:{' '}
          <span translate="no">
            {t('bench.configLine', {
              model: c.modelName,
              backend: c.backend,
              layers: c.gpuLayers,
              total: c.totalLayers,
              context: n(c.contextSize, 0),
              sequences: c.sequences,
              threads: c.threads,
            })}
            {c.flashAttention && ` · ${t('bench.flashAttention')}`}
          </span>
        </p>
      )}
      {mismatch.length > 0 && (
        <div className="note" role="status" data-testid="bench-mismatch">
          <p>{t('bench.mismatch')}</p>
          <ul>
            {mismatch.map((r) => (
              <li key={r}>{t(`bench.staleReasons.${r}`)}</li>
            ))}
          </ul>
        </div>
      )}
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
