// The model the worker serves now (title, network name, source, the demo label) and what the engine loaded.
import { useTranslation } from 'react-i18next';
import { SandboxLabel } from './SandboxLabel.js';
import type { StateSnapshot } from '../../../src/api/index.js';
import { useUnits } from '../hooks/useUnits.js';
import { DemoBadge } from './DemoBadge.js';
import { ModelSource } from './ModelSource.js';

const backendNames = { cuda: 'CUDA', vulkan: 'Vulkan', metal: 'Metal', cpu: 'CPU' } as const;

export function ServedModelCard({ state }: { state: StateSnapshot }) {
  const { t } = useTranslation();
  const units = useUnits();
  const { model, engine } = state;
  return (
    <section
      className="card span-all served-card"
      aria-labelledby="served-title"
      data-testid="served-model-card"
    >
      <div>
        <h2 id="served-title">{t('models.served')}</h2>
        {model === null ? (
          <p className="empty">{t('models.noModel')}</p>
        ) : (
          <>
            <p className="model-title">
              {model.demo ? (
                <span>{t('models.demoTitle')}</span>
              ) : (
                <strong translate="no">{model.title}</strong>
              )}
              {model.demo && <DemoBadge />}
            </p>
            <dl>
              <dt>{t('models.networkName')}</dt>
              <dd>
                <code translate="no" data-testid="served-name">
                  {model.name}
                </code>
              </dd>
              <dt>{t('models.source')}</dt>
              <dd>
                <ModelSource source={model.source} path={model.file} />
              </dd>
              {model.sizeBytes !== null && (
                <>
                  <dt>{t('models.size')}</dt>
                  <dd>{units.bytes(model.sizeBytes)}</dd>
                </>
              )}
              <dt>{t('models.state')}</dt>
              <dd data-testid="served-state">{model.loaded ? t('models.loaded') : t('models.notLoaded')}</dd>
            </dl>
          </>
        )}
        {state.models.needsChoice && (
          <p className="note" role="status">
            {t('models.needsChoice')}
          </p>
        )}
      </div>
      <div>
        <h2>{t('models.engine')}</h2>
        {engine === null ? (
          <p className="muted" data-testid="engine-none">
            {t('models.engineNone')}
          </p>
        ) : (
          <dl data-testid="engine">
            <dt>{t('models.backend')}</dt>
            <dd translate="no" data-testid="engine-backend">
              {backendNames[engine.backend]}
            </dd>
            {engine.device !== null && (
              <>
                <dt>{t('models.device')}</dt>
                <dd translate="no">{engine.device}</dd>
              </>
            )}
            <dt>{t('models.layers')}</dt>
            <dd data-testid="engine-layers">
              {t('models.layersValue', { gpu: engine.gpuLayers, total: engine.totalLayers })}
            </dd>
            <dt>{t('models.context')}</dt>
            <dd>{t('models.contextValue', { value: units.count(engine.contextSize) })}</dd>
            <dt>{t('models.threads')}</dt>
            <dd>{engine.threads}</dd>
            {engine.vramUsedBytes !== null && (
              <>
                <dt>{t('models.vram')}</dt>
                <dd>{units.bytes(engine.vramUsedBytes)}</dd>
              </>
            )}
            <dt>{t('models.sandbox')}</dt>
            <dd data-testid="engine-sandbox">
              <SandboxLabel sandbox={engine.sandbox} />
            </dd>
          </dl>
        )}
      </div>
    </section>
  );
}
