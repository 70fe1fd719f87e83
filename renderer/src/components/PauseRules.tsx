// When to pause by itself: games, the owner's programs, GPU memory used by others, idle-only, battery,
// temperature, and how many requests at once.
import { useTranslation } from 'react-i18next';
import type { AvailabilitySettings } from '../schedule/presets.js';
import { ProgramList } from './ProgramList.js';
import { NumberField } from './NumberField.js';

export function PauseRules({
  value,
  onChange,
}: {
  value: AvailabilitySettings;
  onChange: (v: AvailabilitySettings) => void;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<AvailabilitySettings>): void => onChange({ ...value, ...patch });
  return (
    <section className="card span-all" aria-labelledby="rules-title">
      <h2 id="rules-title">{t('schedule.pauses')}</h2>
      <div className="rules">
        <div className="rules-col">
          <label className="check">
            <input
              type="checkbox"
              checked={value.pauseForGames}
              data-testid="pause-games"
              onChange={(e) => set({ pauseForGames: e.target.checked })}
            />
            <span>{t('schedule.pauseForGames')}</span>
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={value.pauseOnBattery}
              onChange={(e) => set({ pauseOnBattery: e.target.checked })}
            />
            <span>{t('schedule.pauseOnBattery')}</span>
          </label>
          <NumberField
            label={t('schedule.resumeGrace')}
            value={value.resumeGraceSeconds}
            min={0}
            max={3600}
            onChange={(v) => set({ resumeGraceSeconds: v ?? 0 })}
          />
          <NumberField
            label={t('schedule.thermalLimit')}
            value={value.thermalLimitC}
            min={40}
            max={110}
            onChange={(v) => set({ thermalLimitC: v ?? 83 })}
            testId="thermal-limit"
          />
          <NumberField
            label={t('schedule.maxConcurrency')}
            value={value.maxConcurrency}
            min={1}
            max={64}
            onChange={(v) => set({ maxConcurrency: v ?? 1 })}
          />
          <NumberField
            label={t('schedule.gpuBusy')}
            value={value.gpuBusyThresholdMb}
            min={1}
            max={1_000_000}
            fallback={700}
            offLabel={t('schedule.gpuBusyOff')}
            onChange={(v) => set({ gpuBusyThresholdMb: v })}
          />
          <NumberField
            label={t('schedule.idleOnly')}
            value={value.idleOnlyMinutes}
            min={1}
            max={1440}
            fallback={10}
            offLabel={t('schedule.idleOff')}
            onChange={(v) => set({ idleOnlyMinutes: v })}
          />
        </div>
        <div className="rules-col">
          <ProgramList
            label={t('schedule.pauseForPrograms')}
            value={value.pauseForPrograms}
            onChange={(v) => set({ pauseForPrograms: v })}
            testId="pause-programs"
          />
          <ProgramList
            label={t('schedule.ignorePrograms')}
            value={value.ignorePrograms}
            onChange={(v) => set({ ignorePrograms: v })}
            testId="ignore-programs"
          />
        </div>
      </div>
    </section>
  );
}
