// The throttling levels, renamed and tuned in place: requests at once, GPU memory, duty cap, price share
// and an optional power limit per level; the level while the owner is at the PC. Part of the Schedule
// screen's one availability draft (the brush the grid paints with sits by the grid: LevelBrush).
import { useTranslation } from 'react-i18next';
import type { AvailabilitySettings } from '../schedule/presets.js';
import { levelText } from '../format.js';

type Level = AvailabilitySettings['levels'][number];

const pct = (share: number): number => Math.round(share * 100);

interface NumberCell {
  key: 'maxConcurrency' | 'vramShare' | 'dutyCap' | 'pricePct' | 'powerLimit';
  min: number;
  max: number;
  value: number | null;
  /** The level's change for an entered value (null: the field was emptied). */
  patch: (v: number | null) => Partial<Level>;
}

/** The level's tunable figures as table cells, in the column order of the header. */
function numberCells(l: Level): NumberCell[] {
  return [
    {
      key: 'maxConcurrency',
      min: 0,
      max: 64,
      value: l.maxConcurrency,
      patch: (v) => ({ maxConcurrency: v ?? 0 }),
    },
    {
      key: 'vramShare',
      min: 5,
      max: 100,
      value: pct(l.vramShare),
      patch: (v) => ({ vramShare: (v ?? 5) / 100 }),
    },
    { key: 'dutyCap', min: 5, max: 100, value: pct(l.dutyCap), patch: (v) => ({ dutyCap: (v ?? 5) / 100 }) },
    { key: 'pricePct', min: 1, max: 1000, value: l.pricePct, patch: (v) => ({ pricePct: v ?? 1 }) },
    { key: 'powerLimit', min: 10, max: 2000, value: l.powerLimitW, patch: (v) => ({ powerLimitW: v }) },
  ];
}

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
      <div className="table-wrap">
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
                {numberCells(l).map((c) => (
                  <td key={c.key}>
                    <input
                      type="number"
                      min={c.min}
                      max={c.max}
                      value={c.value ?? ''}
                      placeholder={c.value === null ? t('levels.powerNone') : undefined}
                      onChange={(e) =>
                        setLevel(
                          l.id,
                          c.patch(e.target.value === '' ? null : num(e.target.value, c.min, c.max)),
                        )
                      }
                      aria-label={t(`levels.${c.key}`)}
                      data-testid={`level-${c.key}-${l.id}`}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
