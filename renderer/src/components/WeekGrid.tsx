// The 7 × 24 weekly grid: click or drag (pointer events: mouse, pen, touch) to paint hours with the chosen
// level (the brush); starting on an hour already at the brush paints the eraser level (Off) instead.
// Keyboard: a roving focus moved with the arrow keys, Space/Enter paints the focused hour.
import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DAYS, HOURS, cellLevel, paintRange, type WeekCells } from '../schedule/week-cells.js';

export interface GridLevel {
  id: string;
  /** Shown name (already translated for shipped levels). */
  label: string;
  color: string;
  /** An Off level: the GPU is free those hours. */
  off: boolean;
}

interface Pos {
  day: number;
  hour: number;
}

function posAt(x: number, y: number): Pos | null {
  const el = document.elementFromPoint(x, y);
  const cell = el instanceof HTMLElement ? el.closest<HTMLElement>('[data-hour]') : null;
  if (!cell) return null;
  return { day: Number(cell.dataset.day), hour: Number(cell.dataset.hour) };
}

export function WeekGrid({
  cells,
  levels,
  brush,
  eraser,
  onChange,
}: {
  cells: WeekCells;
  levels: GridLevel[];
  brush: string;
  eraser: string;
  onChange: (c: WeekCells) => void;
}) {
  const { t } = useTranslation();
  const drag = useRef<{ anchor: Pos; level: string; base: WeekCells } | null>(null);
  const byId = new Map(levels.map((l) => [l.id, l]));
  const paintFor = (at: Pos): string => (cellLevel(cells, at.day, at.hour) === brush ? eraser : brush);
  const [focus, setFocus] = useState<Pos>({ day: 0, hour: 0 });
  const gridRef = useRef<HTMLDivElement>(null);

  const down = (e: PointerEvent<HTMLDivElement>): void => {
    const at = posAt(e.clientX, e.clientY);
    if (!at || e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    const level = paintFor(at);
    drag.current = { anchor: at, level, base: cells };
    setFocus(at);
    onChange(paintRange(cells, at, at, level));
  };
  const move = (e: PointerEvent<HTMLDivElement>): void => {
    const d = drag.current;
    const at = d && posAt(e.clientX, e.clientY);
    if (d && at) onChange(paintRange(d.base, d.anchor, at, d.level));
  };
  const up = (): void => {
    drag.current = null;
  };
  const key = (e: KeyboardEvent<HTMLDivElement>): void => {
    const moves: Record<string, Pos> = {
      ArrowLeft: { day: focus.day, hour: Math.max(0, focus.hour - 1) },
      ArrowRight: { day: focus.day, hour: Math.min(HOURS - 1, focus.hour + 1) },
      ArrowUp: { day: Math.max(0, focus.day - 1), hour: focus.hour },
      ArrowDown: { day: Math.min(DAYS - 1, focus.day + 1), hour: focus.hour },
      Home: { day: focus.day, hour: 0 },
      End: { day: focus.day, hour: HOURS - 1 },
    };
    const next = moves[e.key];
    if (next) {
      e.preventDefault();
      setFocus(next);
      gridRef.current
        ?.querySelector<HTMLElement>(`[data-day="${next.day}"][data-hour="${next.hour}"]`)
        ?.focus();
    } else if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault();
      onChange(paintRange(cells, focus, focus, paintFor(focus)));
    }
  };

  return (
    <div
      className="week"
      role="grid"
      aria-label={t('schedule.grid')}
      aria-describedby="grid-help"
      ref={gridRef}
      data-testid="week-grid"
      onPointerDown={down}
      onPointerMove={move}
      onPointerUp={up}
      onPointerCancel={up}
      onKeyDown={key}
    >
      <div role="row" className="week-row">
        <span role="columnheader" className="week-corner" />
        {Array.from({ length: HOURS }, (_, h) => (
          <span role="columnheader" key={h} className="week-hour" aria-label={`${h}:00`}>
            {h % 3 === 0 ? h : ''}
          </span>
        ))}
      </div>
      {Array.from({ length: DAYS }, (_, day) => {
        const dayName = t(`schedule.dayNames.${day + 1}`);
        return (
          <div role="row" className="week-row" key={day}>
            <span role="rowheader" className="week-day" aria-label={dayName}>
              {t(`schedule.days.${day + 1}`)}
            </span>
            {Array.from({ length: HOURS }, (_, hour) => {
              const id = cellLevel(cells, day, hour);
              const level = byId.get(id);
              const on = level !== undefined && !level.off;
              const focused = focus.day === day && focus.hour === hour;
              return (
                <div
                  key={hour}
                  role="gridcell"
                  aria-selected={on}
                  aria-label={`${t('schedule.cell', { day: dayName, hour })} — ${level?.label ?? id}`}
                  tabIndex={focused ? 0 : -1}
                  className={on ? 'slot on' : 'slot'}
                  style={level ? { backgroundColor: level.color } : undefined}
                  data-day={day}
                  data-hour={hour}
                  data-level={id}
                  onFocus={() => !focused && setFocus({ day, hour })}
                />
              );
            })}
          </div>
        );
      })}
    </div>
  );
}
