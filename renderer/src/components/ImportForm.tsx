// Import a GGUF the owner already has: a path and an optional network name. The core validates the header
// and hashes the file; its error message is shown as it came.
import { useState, type SyntheticEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { ModelsView } from '../hooks/useModels.js';

type Outcome = { ok: true; id: string } | { ok: false; message: string } | null;

export function ImportForm({ models }: { models: Pick<ModelsView, 'importFile' | 'list'> }) {
  const { t } = useTranslation();
  const [path, setPath] = useState('');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const submit = (e: SyntheticEvent): void => {
    e.preventDefault();
    if (path.trim() === '' || busy) return;
    setBusy(true);
    setOutcome(null);
    models
      .importFile(path.trim(), name.trim() === '' ? undefined : name.trim())
      .then(({ id }) => {
        setOutcome({ ok: true, id });
        setPath('');
        setName('');
      })
      .catch((err: unknown) =>
        setOutcome({ ok: false, message: err instanceof Error ? err.message : String(err) }),
      )
      .finally(() => setBusy(false));
  };

  return (
    <section className="card span-all" aria-labelledby="import-title" data-testid="import-form">
      <h2 id="import-title">{t('models.import.title')}</h2>
      <p className="muted small">{t('models.import.help')}</p>
      <form className="import-form" onSubmit={submit}>
        <label className="field grow">
          <span>{t('models.import.path')}</span>
          <input
            value={path}
            onChange={(e) => setPath(e.target.value)}
            placeholder="~/models/model.gguf"
            translate="no"
            spellCheck={false}
            data-testid="import-path"
            required
          />
        </label>
        <label className="field">
          <span>{t('models.import.name')}</span>
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder={t('models.import.namePlaceholder')}
            translate="no"
            spellCheck={false}
            data-testid="import-name"
          />
        </label>
        <button
          type="submit"
          className="primary"
          disabled={busy || path.trim() === ''}
          data-testid="import-submit"
        >
          {busy ? t('models.import.importing') : t('models.import.submit')}
        </button>
      </form>
      {outcome?.ok === true && (
        <p className="note ok" role="status" data-testid="import-done">
          <Trans
            i18nKey="models.import.done"
            values={{ title: models.list?.models.find((m) => m.id === outcome.id)?.title ?? outcome.id }}
            components={{ name: <strong translate="no" /> }}
          />
        </p>
      )}
      {outcome?.ok === false && (
        <p className="note error" role="alert" data-testid="import-error">
          {t('models.import.failed', { message: outcome.message })}
        </p>
      )}
    </section>
  );
}
