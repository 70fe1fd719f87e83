// Version 1 settings (on/off windows) migrate to levels without loss: the same hours serve, at the caps
// the owner set, idle-only mode still pauses, and every other field comes through untouched.
import { describe, expect, it } from 'vitest';
import { migrateSettings } from './migrations.js';
import { settingsSchema, SETTINGS_VERSION } from '../api/settings.js';
import { scheduleLevel } from '../availability/schedule.js';

const utc = (iso: string): number => Date.parse(iso);

const v1 = {
  version: 1,
  language: 'ru',
  coefficient: 1200,
  availability: {
    schedule: {
      mode: 'windows',
      timeZone: 'Europe/Berlin',
      windows: [
        { days: [1, 2, 3, 4, 5], start: '22:00', end: '07:00' },
        { days: [6, 7], start: '00:00', end: '24:00' },
      ],
    },
    pauseForGames: true,
    gpuBusyThresholdMb: 500,
    pauseForPrograms: ['obs64.exe'],
    ignorePrograms: [],
    resumeGraceSeconds: 30,
    idleOnlyMinutes: 10,
    pauseOnBattery: false,
    thermalLimitC: 80,
    thermalHysteresisC: 5,
    maxConcurrency: 3,
    vramShare: 0.7,
  },
};

describe('settings v1 → v2: on/off windows become levels', () => {
  it("keeps every window, serving Full inside and Off outside, at the owner's caps", () => {
    const s = settingsSchema.parse(migrateSettings(structuredClone(v1)));
    expect(s.version).toBe(SETTINGS_VERSION);
    const a = s.availability;
    expect(a.schedule.baseLevel).toBe('off');
    expect(a.schedule.windows).toEqual([
      { days: [1, 2, 3, 4, 5], start: '22:00', end: '07:00', level: 'full' },
      { days: [6, 7], start: '00:00', end: '24:00', level: 'full' },
    ]);
    expect(a.levels.find((l) => l.id === 'full')).toMatchObject({
      maxConcurrency: 3,
      vramShare: 0.7,
      dutyCap: 1,
    });
    // Idle-only mode keeps pausing while the owner is at the PC.
    expect(a.activeUseLevel).toBe('off');
    expect(a).toMatchObject({ idleOnlyMinutes: 10, pauseForPrograms: ['obs64.exe'], thermalLimitC: 80 });
    expect(s).toMatchObject({ language: 'ru', coefficient: 1200 });
    // Wednesday 2026-06-03 12:00 CEST: outside; 23:00: inside.
    expect(scheduleLevel(a.schedule, utc('2026-06-03T10:00:00Z')).level).toBe('off');
    expect(scheduleLevel(a.schedule, utc('2026-06-03T21:00:00Z')).level).toBe('full');
  });

  it('an "always" schedule paints Full over the whole week', () => {
    const always = {
      ...v1,
      availability: { ...v1.availability, schedule: { mode: 'always', timeZone: 'system', windows: [] } },
    };
    const a = settingsSchema.parse(migrateSettings(always)).availability;
    expect(a.schedule).toEqual({ timeZone: 'system', baseLevel: 'full', windows: [] });
  });

  it('a file without availability settings gets the defaults', () => {
    const s = settingsSchema.parse(migrateSettings({ version: 1, language: 'en' }));
    expect(s.availability.levels.map((l) => l.id)).toEqual(['full', 'balanced', 'quiet', 'off']);
  });
});
