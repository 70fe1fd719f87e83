// Where a model comes from, in words: the catalog, an import, LM Studio or Ollama (found on disk), the demo.
import { Trans, useTranslation } from 'react-i18next';
import type { ModelEntry, ModelSource as Source } from '../../../src/api/index.js';

/** The app a discovered file belongs to, told by the folder layout each app keeps its models in. */
export function discoveredFrom(path: string | null): 'LM Studio' | 'Ollama' | null {
  const p = (path ?? '').toLowerCase().replaceAll('\\', '/');
  if (p.includes('/.ollama/')) return 'Ollama';
  if (p.includes('/.lmstudio/') || p.includes('/lm-studio/')) return 'LM Studio';
  return null;
}

export function ModelSource({ source, path }: { source: Source; path: ModelEntry['path'] }) {
  const { t } = useTranslation();
  const app = source === 'discovered' ? discoveredFrom(path) : null;
  if (app === null) return <>{t(`models.sources.${source}`)}</>;
  return <Trans i18nKey="models.fromApp" values={{ app }} components={{ name: <span translate="no" /> }} />;
}
