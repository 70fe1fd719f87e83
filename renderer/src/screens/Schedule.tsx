// When the GPU may serve: presets, the weekly grid, the time zone and the automatic pauses. One draft of
// settings.availability, saved whole with settings:update.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings, SettingsPatch } from '../../../src/api/index.js';
import { schedulePreset, schedulePresetNames, type AvailabilitySettings } from '../schedule/presets.js';
import { cellsFromSchedule, countOn, scheduleFromCells } from '../schedule/week-cells.js';
import { useDraft } from '../hooks/useDraft.js';
import { WeekGrid } from '../components/WeekGrid.js';
import { TimeZoneField } from '../components/TimeZoneField.js';
import { PauseRules } from '../components/PauseRules.js';
import { SaveBar } from '../components/SaveBar.js';

export function Schedule({
  settings,
  save,
}: {
  settings: Settings;
  save: (p: SettingsPatch) => Promise<Settings>;
}) {
  const { t } = useTranslation();
  const persist = useCallback((availability: AvailabilitySettings) => save({ availability }), [save]);
  const draft = useDraft(settings.availability, persist);
  const a = draft.value;
  const cells = useMemo(() => cellsFromSchedule(a.schedule), [a.schedule]);
  const hours = countOn(cells);
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
                {t(`schedule.preset.${name}`)}
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
        <WeekGrid
          cells={cells}
          onChange={(c) => draft.set({ ...a, schedule: scheduleFromCells(c, a.schedule.timeZone) })}
        />
        <p data-testid="schedule-summary">
          {a.schedule.mode === 'always'
            ? t('schedule.always')
            : hours === 0
              ? t('schedule.none')
              : t('schedule.summary', { count: hours })}
        </p>
      </section>
      <PauseRules value={a} onChange={draft.set} />
      {/* Unsaved edits keep Save in view while scrolling; otherwise it sits after the form. */}
      <div className={draft.dirty ? 'span-all save-row sticky-save' : 'span-all save-row'}>
        <SaveBar draft={draft} savedText={t('schedule.saved')} testId="schedule" />
      </div>
    </div>
  );
}
