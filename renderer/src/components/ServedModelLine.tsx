// One line under the status: which model the worker serves, with the demo label when it is the demo model.
import { useTranslation } from 'react-i18next';
import type { ServedModel } from '../../../src/api/index.js';
import { DemoBadge } from './DemoBadge.js';

export function ServedModelLine({ model }: { model: ServedModel | null }) {
  const { t } = useTranslation();
  if (model === null) return null;
  return (
    <p className="served-line" data-testid="served-model">
      {model.demo ? (
        <>
          <span>{t('models.servingDemo')}</span> <DemoBadge />
        </>
      ) : (
        <>
          <span>{t('home.model')}:</span> <strong translate="no">{model.title}</strong>{' '}
          <code translate="no">{model.name}</code>
        </>
      )}
    </p>
  );
}
