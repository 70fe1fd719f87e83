// The core's log, newest first, filtered by least level and by text. Lines never contain prompts.
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { logLevels, type LogLevel } from '../../../src/api/index.js';
import type { ApiClient } from '../api/client.js';
import { useLogs } from '../hooks/useLogs.js';

const SHOWN = 500;

export function Logs({ client }: { client: ApiClient }) {
  const { t, i18n } = useTranslation();
  const { lines, error } = useLogs(client);
  const [level, setLevel] = useState<LogLevel>('debug');
  const [text, setText] = useState('');
  const query = useDeferredValue(text.trim().toLowerCase());
  const matching = useMemo(() => {
    const least = logLevels.indexOf(level);
    return lines
      .filter(
        (l) =>
          logLevels.indexOf(l.level) >= least &&
          (query === '' || `${l.scope} ${l.message}`.toLowerCase().includes(query)),
      )
      .reverse();
  }, [lines, level, query]);
  const shown = matching.slice(0, SHOWN);
  return (
    <section className="card" aria-labelledby="screen-title" data-testid="logs-screen">
      <div className="filters">
        <span className="pill live">{t('logs.live')}</span>
        <label className="inline-field">
          <span>{t('logs.level')}</span>
          <select
            value={level}
            onChange={(e) => setLevel(e.target.value as LogLevel)}
            data-testid="log-level"
          >
            {logLevels.map((l) => (
              <option key={l} value={l}>
                {l === 'debug' ? t('logs.allLevels') : t(`logs.levels.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field grow">
          <span>{t('logs.search')}</span>
          <input
            type="search"
            value={text}
            placeholder={t('logs.searchPlaceholder')}
            onChange={(e) => setText(e.target.value)}
            data-testid="log-search"
          />
        </label>
      </div>
      {error && (
        <p className="note error" role="alert">
          {error}
        </p>
      )}
      <p className="muted small" aria-live="polite">
        {t('logs.count', { shown: shown.length, total: lines.length })}
      </p>
      {shown.length === 0 ? (
        <p className="empty">{t('logs.empty')}</p>
      ) : (
        <ol className="log" data-testid="log-lines">
          {shown.map((l, i) => (
            <li key={`${l.time}-${i}`} className={`log-${l.level}`}>
              <time dateTime={new Date(l.time).toISOString()}>
                {new Date(l.time).toLocaleTimeString(i18n.language)}
              </time>
              <span className="log-level">{t(`logs.levels.${l.level}`)}</span>
              <span className="log-scope" translate="no">
                {l.scope}
              </span>
              <span className="log-msg" translate="no">
                {l.message}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
