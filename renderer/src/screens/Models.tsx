// Models: the served model and the engine, the first-run proposal, every model this machine could serve
// (download, pause, use, remove) and the import form.
import { useTranslation } from 'react-i18next';
import type { Settings, SettingsPatch, StateSnapshot } from '../../../src/api/index.js';
import type { ApiClient } from '../api/client.js';
import type { ModelsView } from '../hooks/useModels.js';
import { ServedModelCard } from '../components/ServedModelCard.js';
import { FirstRunCard, dismissPatch, proposalToShow } from '../components/FirstRunCard.js';
import { ModelRow } from '../components/ModelRow.js';
import { ImportForm } from '../components/ImportForm.js';

interface Props {
  state: StateSnapshot;
  settings: Settings | null;
  client: ApiClient;
  models: ModelsView;
  update: (patch: SettingsPatch) => void;
}

export function Models({ state, settings, client, models, update }: Props) {
  const { t } = useTranslation();
  const proposal = proposalToShow(state, settings);
  const { list, listError } = models;
  return (
    <div className="grid" data-testid="models-screen">
      {proposal && settings && (
        <FirstRunCard
          state={state}
          proposal={proposal}
          client={client}
          models={models}
          onDismiss={() => update(dismissPatch(settings))}
        />
      )}
      <ServedModelCard state={state} />
      <section className="card span-all" aria-labelledby="models-list-title">
        <h2 id="models-list-title">{t('models.all')}</h2>
        {listError !== null && list === null && (
          <p className="note error" role="alert" data-testid="models-error">
            {t('models.listFailed', { message: listError })}
          </p>
        )}
        {listError === null && list === null && <p className="muted">{t('models.loading')}</p>}
        {list && (
          <ul className="model-list" data-testid="model-list">
            {list.models.map((m) => (
              <ModelRow
                key={m.id}
                entry={m}
                progress={state.models.downloads.find((d) => d.id === m.id) ?? null}
                served={state.model?.id === m.id}
                selected={list.selected === m.id}
                switching={state.models.switchingTo === m.id}
                busy={state.models.switchingTo !== null}
                actions={models}
              />
            ))}
          </ul>
        )}
      </section>
      <ImportForm models={models} />
    </div>
  );
}
