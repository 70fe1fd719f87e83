import { useTranslation } from 'react-i18next';
import type { Hardware } from '../../../src/api/index.js';

export function HardwareCard({ hardware }: { hardware: Hardware | null }) {
  const { t } = useTranslation();
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
                  .map((g) => `${g.model}${g.vramMb ? ` · ${t('units.gb', { value: Math.round(g.vramMb / 1024) })}` : ''}`)
                  .join(', ')}
          </dd>
          <dt>{t('home.cpu')}</dt>
          <dd>
            {hardware.cpu.brand} · {hardware.cpu.threads}×
          </dd>
          <dt>{t('home.ram')}</dt>
          <dd>{t('units.gb', { value: (hardware.ramMb / 1024).toFixed(1) })}</dd>
        </dl>
      )}
    </section>
  );
}
