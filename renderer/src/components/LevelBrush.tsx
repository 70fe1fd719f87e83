// The brush the weekly grid paints with: one choice per level, in its colour, right above the grid.
import { useTranslation } from 'react-i18next';
import type { GridLevel } from './WeekGrid.js';

export function LevelBrush({
  levels,
  brush,
  onBrush,
}: {
  levels: GridLevel[];
  brush: string;
  onBrush: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="presets" role="radiogroup" aria-label={t('levels.brush')} data-testid="level-brush">
      <span className="muted">{t('levels.brush')}</span>
      {levels.map((l) => (
        <label key={l.id} className="check">
          <input
            type="radio"
            name="brush"
            checked={brush === l.id}
            onChange={() => onBrush(l.id)}
            data-testid={`brush-${l.id}`}
          />
          <span className="swatch" style={{ backgroundColor: l.color }} aria-hidden="true" />
          <span>{l.label}</span>
        </label>
      ))}
    </div>
  );
}
