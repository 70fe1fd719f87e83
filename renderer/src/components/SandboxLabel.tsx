// The engine's trust label: which OS confinement applied and what it refuses, said plainly (a home GPU has
// no confidential computing: the owner can always read prompts; what is confined is the engine's reach).
import { useTranslation } from 'react-i18next';
import type { EngineState } from '../../../src/api/index.js';

export function SandboxLabel({ sandbox }: { sandbox: EngineState['sandbox'] }) {
  const { t } = useTranslation();
  const refused = (['network', 'processes', 'filesystem'] as const).filter((k) => sandbox[k]);
  const open = (['network', 'processes', 'filesystem'] as const).filter((k) => !sandbox[k]);
  return (
    <span title={t('models.sandboxHint')}>
      <span translate="no">{t(`models.sandboxKind.${sandbox.kind}`)}</span>
      {refused.length > 0 && (
        <>
          {' '}
          —{' '}
          {t('models.sandboxRefuses', { list: refused.map((k) => t(`models.sandboxWhat.${k}`)).join(', ') })}
        </>
      )}
      {open.length > 0 && (
        <span className="warn-text">
          {' '}
          ({t('models.sandboxOpen', { list: open.map((k) => t(`models.sandboxWhat.${k}`)).join(', ') })})
        </span>
      )}
    </span>
  );
}
