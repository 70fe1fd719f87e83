// The fit planner's answer in words: fits fully, partial offload x/y, CPU only, or does not fit and why.
import { useTranslation } from 'react-i18next';
import type { ModelFit as Fit } from '../../../src/api/index.js';
import { useUnits } from '../hooks/useUnits.js';

export type FitKind = 'full' | 'partial' | 'cpu' | 'none' | 'unknown';

export function fitKind(fit: Fit | null): FitKind {
  if (fit === null) return 'unknown';
  if (!fit.fits) return 'none';
  if (fit.gpuLayers === 0) return 'cpu';
  return fit.gpuLayers >= fit.totalLayers ? 'full' : 'partial';
}

export function ModelFit({ fit }: { fit: Fit | null }) {
  const { t } = useTranslation();
  const units = useUnits();
  const kind = fitKind(fit);
  // The core's English reason stays available on hover; the visible words are built from the numbers.
  const text = (() => {
    switch (kind) {
      case 'full':
        return t('models.fitFull');
      case 'partial':
        return t('models.fitPartial', { gpu: fit?.gpuLayers ?? 0, total: fit?.totalLayers ?? 0 });
      case 'cpu':
        return t('models.fitCpu');
      case 'none':
        return t('models.fitNone', { ram: units.bytes(fit?.ramBytes ?? 0) });
      case 'unknown':
        return t('models.fitUnknown');
    }
  })();
  return (
    <span className={`fit fit-${kind}`} data-testid="model-fit" data-fit={kind} title={fit?.reason}>
      {text}
    </span>
  );
}
