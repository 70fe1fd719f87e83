// Run / cancel the benchmark, its pushed progress as a progress bar, and why a saved result may be stale.
import { useTranslation } from 'react-i18next';
import type { StateSnapshot } from '../../../src/api/index.js';

export function BenchRunCard(props: {
  bench: StateSnapshot['bench'];
  onRun: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { running, progress, error, result, rerunReasons } = props.bench;
  const percent = Math.round((progress?.fraction ?? 0) * 100);
  return (
    <section className="card span-2" aria-labelledby="bench-run-title">
      <h2 id="bench-run-title">{t('bench.title')}</h2>
      <p className="muted">{t('bench.intro')}</p>
      <div className="actions">
        {running ? (
          <button type="button" onClick={props.onCancel} data-testid="bench-cancel">
            {t('bench.cancel')}
          </button>
        ) : (
          <button type="button" className="primary" onClick={props.onRun} data-testid="bench-run">
            {result ? t('bench.rerun') : t('bench.run')}
          </button>
        )}
      </div>
      {running && progress && (
        <div className="progress-block" data-testid="bench-progress">
          <progress
            max={100}
            value={percent}
            aria-label={t('bench.progress')}
            aria-valuetext={`${percent} %`}
          />
          <p role="status">
            {t(`bench.phase.${progress.phase}`, { rep: progress.repetition, reps: progress.repetitions })} ·{' '}
            {t('units.percent', { value: percent })}
          </p>
        </div>
      )}
      {error && (
        <p className="note error" role="alert" data-testid="bench-error">
          {t('bench.failed', { message: error })}
        </p>
      )}
      {!running && !result && !error && <p className="empty">{t('bench.none')}</p>}
      {rerunReasons.length > 0 && (
        <div className="note" role="status">
          <p>{t('bench.stale')}</p>
          <ul>
            {rerunReasons.map((r) => (
              <li key={r}>{t(`benchRerun.${r}`, { defaultValue: r })}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
