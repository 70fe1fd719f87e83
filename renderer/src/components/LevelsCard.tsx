// The throttling levels, renamed and tuned in place: requests at once, GPU memory, duty cap, price share
// and an optional power limit per level; the level while the owner is at the PC. Part of the Schedule
// screen's one availability draft (the brush the grid paints with sits by the grid: LevelBrush).
import { useTranslation } from 'react-i18next';
import type { AvailabilitySettings } from '../schedule/presets.js';
import { levelText } from '../format.js';

type Level = AvailabilitySettings['levels'][number];

const pct = (share: number): number => Math.round(share * 100);

export function LevelsCard({
  value,
  onChange,
}: {
  value: AvailabilitySettings;
  onChange: (v: AvailabilitySettings) => void;
}) {
  const { t, i18n } = useTranslation();
  const setLevel = (id: string, patch: Partial<Level>): void =>
    onChange({ ...value, levels: value.levels.map((l) => (l.id === id ? { ...l, ...patch } : l)) });
  const num = (raw: string, min: number, max: number): number =>
    Math.min(max, Math.max(min, Math.round(Number(raw) || min)));
  return (
    <section className="card span-all" aria-labelledby="levels-title" data-testid="levels">
      <h2 id="levels-title">{t('levels.title')}</h2>
      <p className="muted small">{t('levels.intro')}</p>
      <table className="levels">
        <thead>
          <tr>
            <th scope="col">{t('levels.name')}</th>
            <th scope="col">{t('levels.maxConcurrency')}</th>
            <th scope="col">{t('levels.vramShare')}</th>
            <th scope="col">{t('levels.dutyCap')}</th>
            <th scope="col">{t('levels.pricePct')}</th>
            <th scope="col">{t('levels.powerLimit')}</th>
          </tr>
        </thead>
        <tbody>
          {value.levels.map((l) => (
            <tr key={l.id} data-testid={`level-${l.id}`}>
              <td>
                <span className="swatch" style={{ backgroundColor: l.color }} aria-hidden="true" />
                <input
                  value={levelText(l.id, l.name, i18n.language)}
                  maxLength={40}
                  onChange={(e) => setLevel(l.id, { name: e.target.value.trimStart() || l.name })}
                  aria-label={t('levels.name')}
                  data-testid={`level-name-${l.id}`}
                />
              </td>
              <td>
                <input
                  type="number"
                  min={0}
                  max={64}
                  value={l.maxConcurrency}
                  onChange={(e) => setLevel(l.id, { maxConcurrency: num(e.target.value, 0, 64) })}
                  aria-label={t('levels.maxConcurrency')}
                />
              </td>
              <td>
                <input
                  type="number"
                  min={5}
                  max={100}
                  value={pct(l.vramShare)}
                  onChange={(e) => setLevel(l.id, { vramShare: num(e.target.value, 5, 100) / 100 })}
                  aria-label={t('levels.vramShare')}
                />
              </td>
              <td>
                <input
                  type="number"
                  min={5}
                  max={100}
                  value={pct(l.dutyCap)}
                  onChange={(e) => setLevel(l.id, { dutyCap: num(e.target.value, 5, 100) / 100 })}
                  aria-label={t('levels.dutyCap')}
                  data-testid={`level-duty-${l.id}`}
                />
              </td>
              <td>
                <input
                  type="number"
                  min={1}
                  max={1000}
                  value={l.pricePct}
                  onChange={(e) => setLevel(l.id, { pricePct: num(e.target.value, 1, 1000) })}
                  aria-label={t('levels.pricePct')}
                />
              </td>
              <td>
                <input
                  type="number"
                  min={10}
                  max={2000}
                  placeholder={t('levels.powerNone')}
                  value={l.powerLimitW ?? ''}
                  onChange={(e) =>
                    setLevel(l.id, {
                      powerLimitW: e.target.value === '' ? null : num(e.target.value, 10, 2000),
                    })
                  }
                  aria-label={t('levels.powerLimit')}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">{t('levels.dutyHelp')}</p>
      <p className="muted small">{t('levels.powerHelp')}</p>
      <p className="muted small">{t('levels.vramHelp')}</p>
      <label className="field">
        <span>{t('levels.activeUse')}</span>
        <select
          value={value.activeUseLevel}
          onChange={(e) => onChange({ ...value, activeUseLevel: e.target.value })}
          data-testid="active-use-level"
        >
          {value.levels.map((l) => (
            <option key={l.id} value={l.id}>
              {levelText(l.id, l.name, i18n.language)}
            </option>
          ))}
        </select>
      </label>
      <p className="muted small">{t('levels.activeUseHelp')}</p>
    </section>
  );
}
