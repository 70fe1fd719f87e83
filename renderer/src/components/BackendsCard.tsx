// Which llama.cpp backends load here, and why serving runs on the CPU when it does.
import { useTranslation } from 'react-i18next';
import type { HardwareDetails } from '../hooks/useHardwareDetails.js';

export function BackendsCard({ details }: { details: HardwareDetails }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="backends-title" data-testid="bench-backends">
      <h2 id="backends-title">{t('bench.backends')}</h2>
      <ul className="plain">
        {details.backends.map((b) => (
          <li key={b.backend}>
            <span className={`dot ${b.usable ? 'dot-ready' : 'dot-down'}`} aria-hidden="true" />{' '}
            <strong translate="no">{b.backend}</strong> — {b.usable ? t('bench.usable') : t('bench.unusable')}{' '}
            <span className="muted small" title={b.detail}>
              ({t(`bench.probe.${b.code}`, { names: b.gpuNames.join(', ') })})
            </span>
          </li>
        ))}
      </ul>
      {details.cpuOnlyReason && (
        <p className="note" title={details.cpuOnlyReason}>
          {details.gpus.length === 0
            ? t('bench.cpuOnlyNoGpu')
            : t('bench.cpuOnlyUnusable', { names: details.gpus.map((g) => g.model).join(', ') })}
        </p>
      )}
    </section>
  );
}
