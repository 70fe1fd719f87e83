// What this machine serves with: GPU(s), CPU, memory and the model.
import { useTranslation } from 'react-i18next';
import type { StateSnapshot } from '../../../src/api/index.js';
import { numberText } from '../format.js';

export function HardwareCard({ state }: { state: StateSnapshot }) {
  const { t, i18n } = useTranslation();
  const { hardware, model, telemetry } = state;
  return (
    <section className="card" aria-labelledby="hw-title" data-testid="hardware">
      <h2 id="hw-title">{t('home.hardware')}</h2>
      {hardware === null ? (
        <p className="muted">{t('home.detecting')}</p>
      ) : (
        <dl>
          <dt>{t('home.gpu')}</dt>
          <dd data-testid="gpu">
            {hardware.gpus.length === 0
              ? t('home.noGpu')
              : hardware.gpus
                  .map(
                    (g) =>
                      `${g.model}${g.vramMb ? ` · ${t('units.gb', { value: Math.round(g.vramMb / 1024) })}` : ''}`,
                  )
                  .join(', ')}
          </dd>
          {/* Sensors a machine lacks are null and simply not shown (never a made-up zero). */}
          {telemetry.temperatureC !== null && (
            <>
              <dt>{t('home.gpuTemp')}</dt>
              <dd data-testid="gpu-temp">
                {t('units.celsius', { value: Math.round(telemetry.temperatureC) })}
              </dd>
            </>
          )}
          {telemetry.utilizationPct !== null && (
            <>
              <dt>{t('home.gpuUtil')}</dt>
              <dd data-testid="gpu-util">
                {t('units.percent', { value: Math.round(telemetry.utilizationPct) })}
              </dd>
            </>
          )}
          <dt>{t('home.cpu')}</dt>
          <dd translate="no">
            {hardware.cpu.brand} · {hardware.cpu.threads}×
          </dd>
          <dt>{t('home.ram')}</dt>
          <dd>{t('units.gb', { value: numberText(hardware.ramMb / 1024, i18n.language) })}</dd>
          {model && (
            <>
              <dt>{t('home.model')}</dt>
              <dd>
                <span translate="no">{model.name}</span>
                {model.demo && <> · {t('models.sources.tiny')}</>} ·{' '}
                {model.loaded ? t('home.modelLoaded') : t('home.modelUnloaded')}
              </dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}
