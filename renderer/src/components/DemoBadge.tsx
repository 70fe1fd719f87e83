// The demo model's label: a badge and the sentence that says what it is, wherever the served model shows.
import { useTranslation } from 'react-i18next';

export function DemoBadge({ withNote = true }: { withNote?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <span className="pill demo" data-testid="demo-badge" title={t('models.demoNote')}>
        {t('models.demoBadge')}
      </span>
      {withNote && (
        <span className="demo-note muted small" data-testid="demo-note">
          {t('models.demoNote')}
        </span>
      )}
    </>
  );
}
