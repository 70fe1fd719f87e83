// The price of quiet before choosing: tokens/s and TON a day at every level, from the owner's benchmark.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandResponse } from '../../../src/api/index.js';
import type { ApiClient } from '../api/client.js';
import { levelText, numberText, tonText } from '../format.js';

type LevelEstimates = CommandResponse<'bench:level-estimates'>['levels'];

export function LevelEstimatesCard({ client, resultAt }: { client: ApiClient; resultAt: number | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [levels, setLevels] = useState<LevelEstimates | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (resultAt === null) return;
    let live = true;
    client
      .call('bench:level-estimates', {})
      .then((r) => live && (setLevels(r.levels), setError(null)))
      .catch((err: unknown) => live && setError(err instanceof Error ? err.message : String(err)));
    return () => {
      live = false;
    };
  }, [client, resultAt]);
  return (
    <section className="card span-all" aria-labelledby="level-estimates-title" data-testid="level-estimates">
      <h2 id="level-estimates-title">{t('levels.estimate.title')}</h2>
      {resultAt === null ? (
        <p className="empty">{t('levels.estimate.none')}</p>
      ) : error ? (
        <p className="note error" role="alert">
          {error}
        </p>
      ) : (
        levels && (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('levels.estimate.level')}</th>
                <th scope="col" className="num">
                  {t('levels.estimate.speed')}
                </th>
                <th scope="col" className="num">
                  {t('levels.estimate.perDay')}
                </th>
                <th scope="col" className="num">
                  {t('levels.estimate.watts')}
                </th>
              </tr>
            </thead>
            <tbody>
              {levels.map((l) => (
                <tr key={l.id} data-testid={`level-estimate-${l.id}`}>
                  <th scope="row">
                    <span className="swatch" style={{ backgroundColor: l.color }} aria-hidden="true" />
                    {levelText(l.id, l.name, lang)}
                  </th>
                  <td className="num">{numberText(l.tokensPerSecond, lang)}</td>
                  <td className="num">
                    {tonText(l.grossNanoPerDay, lang, 4)} {t('units.ton')}
                  </td>
                  <td className="num">{Math.round(l.watts)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      )}
      <p className="muted small">{t('levels.estimate.help')}</p>
    </section>
  );
}
