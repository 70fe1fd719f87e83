// The policy with throttling levels: the schedule paints a level, an owner's level beats it, active use
// drops to a chosen level (a game still frees the GPU), and the reason says which and until when, in
// English and Russian.
import { describe, expect, it } from 'vitest';
import { decide, initialPolicyMemory } from './policy.js';
import { renderMessage } from '../api/reasons.js';
import { levelOverride, resumeOverride } from './override.js';
import { plannedVramShare } from './levels.js';
import { schedulePreset } from './schedule-schema.js';
import type { SensorSnapshot } from './sensors.js';
import { quietSensors } from '../../tests/support/sensors.js';
import { defaultAvailabilitySettings, type AvailabilitySettings } from './settings-schema.js';
import type { Override } from './override.js';

const utc = (iso: string): number => Date.parse(iso);
// Wednesday 2026-06-03, Berlin (CEST): 20:00 local is inside "quiet evenings".
const EVENING = utc('2026-06-03T18:00:00Z');
const NOON = utc('2026-06-03T10:00:00Z');

function settings(over: Partial<AvailabilitySettings> = {}): AvailabilitySettings {
  return {
    ...defaultAvailabilitySettings(),
    schedule: schedulePreset('quiet-evenings', 'Europe/Berlin'),
    ...over,
  };
}
const sensors = quietSensors;
const run = (
  now: number,
  o: {
    settings?: Partial<AvailabilitySettings>;
    sensors?: Partial<SensorSnapshot>;
    override?: Override;
  } = {},
) =>
  decide(
    { now, settings: settings(o.settings), override: o.override ?? null, sensors: sensors(o.sensors) },
    initialPolicyMemory,
  ).decision;

describe('levels in the policy', () => {
  it('"Quiet until 23:00 (schedule)" in English and Russian, with Quiet\'s figures', () => {
    const d = run(EVENING);
    expect(d).toMatchObject({ action: 'serve', cause: 'schedule-level', maxConcurrency: 1, vramShare: 0.6 });
    expect(d.level).toMatchObject({ id: 'quiet', dutyCap: 0.4, pricePct: 75 });
    expect(d.reason).toBe('Quiet until 23:00 (schedule)');
    expect(renderMessage(d.message, 'ru')).toBe('Тихий до 23:00 (расписание)');
  });

  it('a renamed level keeps its own name in every language', () => {
    const levels = defaultAvailabilitySettings().levels.map((l) =>
      l.id === 'quiet' ? { ...l, name: 'Ночь тихо' } : l,
    );
    const d = run(EVENING, { settings: { levels } });
    expect(d.reason).toBe('Ночь тихо until 23:00 (schedule)');
    expect(renderMessage(d.message, 'ru')).toBe('Ночь тихо до 23:00 (расписание)');
  });

  it('the top level reads plain "Serving" and runs at the owner\'s caps', () => {
    const d = run(NOON);
    expect(d).toMatchObject({ action: 'serve', cause: 'available', reason: 'Serving', maxConcurrency: 2 });
    expect(d.level).toMatchObject({ id: 'full', dutyCap: 1, pricePct: 100 });
  });

  it('"Full until tomorrow" beats the quiet evening; "Quiet for 2 h" beats a Full noon', () => {
    const s = settings();
    const full = levelOverride('full', 'tomorrow', EVENING, { timeZone: 'Europe/Berlin', levels: s.levels });
    expect(full.until).toBe(utc('2026-06-04T04:00:00Z'));
    const d = run(EVENING, { override: full });
    expect(d).toMatchObject({ cause: 'manual-level', reason: 'Full until 06:00 (by you)' });
    expect(d.level?.id).toBe('full');
    const quiet = levelOverride('quiet', { forMs: 2 * 3_600_000 }, NOON, {
      timeZone: 'Europe/Berlin',
      levels: s.levels,
    });
    expect(run(NOON, { override: quiet })).toMatchObject({
      cause: 'manual-level',
      reason: 'Quiet until 14:00 (by you)',
    });
    expect(renderMessage(run(NOON, { override: quiet }).message, 'ru')).toBe('Тихий до 14:00 (выбрано вами)');
  });

  it('an unknown level is refused with the levels there are', () => {
    expect(() =>
      levelOverride('turbo', '2h', NOON, { timeZone: 'UTC', levels: defaultAvailabilitySettings().levels }),
    ).toThrow(/no level "turbo" \(levels: full, balanced, quiet, off\)/);
  });

  it('at the PC but not gaming: the active-use level, never a higher one than the schedule paints', () => {
    const atPc = { idleOnlyMinutes: 5, activeUseLevel: 'balanced' };
    const noon = run(NOON, { settings: atPc, sensors: { inputIdleSeconds: 30 } });
    expect(noon).toMatchObject({ action: 'serve', cause: 'active-use', maxConcurrency: 1 });
    expect(noon.reason).toBe('Balanced while you are at the PC');
    expect(renderMessage(noon.message, 'ru')).toBe('Сбалансированный, пока вы за компьютером');
    // The evening is already Quiet, lower than Balanced: it stays Quiet.
    expect(run(EVENING, { settings: atPc, sensors: { inputIdleSeconds: 30 } }).level?.id).toBe('quiet');
    // Away from the PC long enough: the schedule's level.
    expect(run(NOON, { settings: atPc, sensors: { inputIdleSeconds: 600 } }).level?.id).toBe('full');
  });

  it('a game still frees the GPU completely, whatever the levels say', () => {
    const game = {
      pid: 7,
      name: 'cyberpunk2077.exe',
      exe: '/games/steamapps/common/Cyberpunk/bin/cyberpunk2077.exe',
      argv0: null,
    };
    const d = run(NOON, {
      settings: { idleOnlyMinutes: 5, activeUseLevel: 'quiet' },
      sensors: { inputIdleSeconds: 1, processes: [game] },
    });
    expect(d).toMatchObject({ action: 'pause', cause: 'game', maxConcurrency: 0, level: null });
  });

  it('Off painted by the schedule pauses; "resume now" serves at the top level until it ends', () => {
    const nights = schedulePreset('nights', 'Europe/Berlin');
    const d = run(NOON, { settings: { schedule: nights } });
    expect(d).toMatchObject({
      action: 'pause',
      cause: 'schedule',
      reason: 'Outside your schedule (resumes 23:00)',
    });
    const resume = resumeOverride(settings({ schedule: nights }), NOON);
    expect(resume).toMatchObject({ kind: 'resume', until: utc('2026-06-03T21:00:00Z') });
    expect(run(NOON, { settings: { schedule: nights }, override: resume ?? undefined }).level?.id).toBe(
      'full',
    );
  });
});

describe('the GPU memory share an engine is planned with', () => {
  it("is the painted level's, within the owner's cap; over Off, the largest serving level's", () => {
    const a = settings({ vramShare: 0.8 });
    expect(plannedVramShare(a, EVENING)).toBe(0.6); // Quiet
    expect(plannedVramShare(a, NOON)).toBe(0.8); // Full's 0.85, within the 0.8 cap
    const nights = settings({ schedule: schedulePreset('nights', 'Europe/Berlin') });
    expect(plannedVramShare(nights, NOON)).toBe(0.85); // Off now: loads for Full
  });
});
