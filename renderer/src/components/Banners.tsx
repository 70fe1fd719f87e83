// Connection loss, the last failed action (dismissible) and the core's notices.
import { useTranslation } from 'react-i18next';
import type { SilkwormView } from '../hooks/useSilkworm.js';

export function Banners({ view }: { view: SilkwormView }) {
  const { t } = useTranslation();
  return (
    <>
      {!view.connected && (
        <p className="banner warn" role="status">
          {t('app.offline')}
        </p>
      )}
      {view.error && (
        <div className="banner error" role="alert" data-testid="error">
          <span>{view.error}</span>
          <button type="button" className="small-button" onClick={view.dismissError}>
            {t('app.dismiss')}
          </button>
        </div>
      )}
      {view.state?.notices.map((n) => (
        <p key={n.id} className={`banner ${n.level}`} role="status">
          {t(`notices.${n.id}`, { ...n.params, defaultValue: n.message })}
        </p>
      ))}
    </>
  );
}
