// How hard the GPU may work, hour by hour: the levels, presets, the weekly grid painted with levels, the
// time zone and the automatic pauses. One draft of settings.availability, saved whole with settings:update.
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings, SettingsPatch } from '../../../src/api/index.js';
import { schedulePreset, schedulePresetNames, type AvailabilitySettings } from '../schedule/presets.js';
import { cellsFromSchedule, hoursByLevel, scheduleFromCells } from '../schedule/week-cells.js';
import { useDraft } from '../hooks/useDraft.js';
import { WeekGrid, type GridLevel } from '../components/WeekGrid.js';
import { LevelsCard } from '../components/LevelsCard.js';
import { LevelBrush } from '../components/LevelBrush.js';
import { TimeZoneField } from '../components/TimeZoneField.js';
import { PauseRules } from '../components/PauseRules.js';
import { SaveBar } from '../components/SaveBar.js';
import { levelText } from '../format.js';

export function Schedule({
  settings,
  save,
}: {
  settings: Settings;
  save: (p: SettingsPatch) => Promise<Settings>;
}) {
  const { t, i18n } = useTranslation();
  const persist = useCallback((availability: AvailabilitySettings) => save({ availability }), [save]);
  const draft = useDraft(settings.availability, persist);
  const a = draft.value;
  const cells = useMemo(() => cellsFromSchedule(a.schedule), [a.schedule]);
  const levels: GridLevel[] = a.levels.map((l) => ({
    id: l.id,
    label: levelText(l.id, l.name, i18n.language),
    color: l.color,
    off: l.maxConcurrency === 0,
  }));
  const top = levels.find((l) => !l.off)?.id ?? levels[0]?.id ?? 'full';
  const eraser = levels.find((l) => l.off)?.id ?? levels[levels.length - 1]?.id ?? 'off';
  const [brushChoice, setBrush] = useState<string>(top);
  const brush = levels.some((l) => l.id === brushChoice) ? brushChoice : top;
  const hours = hoursByLevel(cells);
  const served = levels.filter((l) => !l.off).reduce((n, l) => n + (hours.get(l.id) ?? 0), 0);
  const order = a.levels.map((l) => l.id);
  return (
    <div className="grid" data-testid="schedule-screen">
      <section className="card span-all" aria-labelledby="schedule-title">
        <h2 id="schedule-title">{t('schedule.title')}</h2>
        <div className="card-head">
          <div className="presets" role="group" aria-label={t('schedule.presets')}>
            {schedulePresetNames.map((name) => (
              <button
                key={name}
                type="button"
                data-testid={`preset-${name}`}
                onClick={() => draft.set({ ...a, schedule: schedulePreset(name, a.schedule.timeZone) })}
              >
                {t(`levels.preset.${name}`)}
              </button>
            ))}
          </div>
          <TimeZoneField
            value={a.schedule.timeZone}
            onChange={(timeZone) => draft.set({ ...a, schedule: { ...a.schedule, timeZone } })}
          />
        </div>
        <p id="grid-help" className="muted small">
          {t('schedule.gridHelp')}
        </p>
        <LevelBrush levels={levels} brush={brush} onBrush={setBrush} />
        <WeekGrid
          cells={cells}
          levels={levels}
          brush={brush}
          eraser={eraser}
          onChange={(c) => draft.set({ ...a, schedule: scheduleFromCells(c, a.schedule.timeZone, order) })}
        />
        <p data-testid="schedule-summary">
          {served === 168 && a.schedule.windows.length === 0
            ? t('schedule.always')
            : served === 0
              ? t('schedule.none')
              : t('schedule.summary', { count: served })}
        </p>
        <ul className="legend" data-testid="schedule-levels">
          {levels
            .filter((l) => (hours.get(l.id) ?? 0) > 0)
            .map((l) => (
              <li key={l.id}>
                <span className="swatch" style={{ backgroundColor: l.color }} aria-hidden="true" />
                {t('levels.hours', { level: l.label, count: hours.get(l.id) ?? 0 })}
              </li>
            ))}
        </ul>
      </section>
      <LevelsCard value={a} onChange={draft.set} />
      <PauseRules value={a} onChange={draft.set} />
      {/* Unsaved edits keep Save in view while scrolling; otherwise it sits after the form. */}
      <div className={draft.dirty ? 'span-all save-row sticky-save' : 'span-all save-row'}>
        <SaveBar draft={draft} savedText={t('schedule.saved')} testId="schedule" />
      </div>
    </div>
  );
}
