// Save / undo for a form draft, with its state ("unsaved", "saved", or the core's error) announced.
import { useTranslation } from 'react-i18next';
import type { Draft } from '../hooks/useDraft.js';

export function SaveBar<T>({
  draft,
  savedText,
  testId,
}: {
  draft: Draft<T>;
  savedText: string;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="save-bar">
      <button
        type="button"
        className="primary"
        disabled={!draft.dirty || draft.saving}
        onClick={draft.save}
        data-testid={`${testId}-save`}
      >
        {draft.saving ? t('actions.saving') : t('actions.save')}
      </button>
      {draft.dirty && (
        <button type="button" onClick={draft.revert}>
          {t('actions.revert')}
        </button>
      )}
      <span role="status" className="muted" data-testid={`${testId}-status`}>
        {draft.error ? '' : draft.dirty ? t('schedule.unsaved') : draft.saved ? savedText : ''}
      </span>
      {draft.error && (
        <p className="note error" role="alert">
          {t('settings.invalid', { message: draft.error })}
        </p>
      )}
    </div>
  );
}
