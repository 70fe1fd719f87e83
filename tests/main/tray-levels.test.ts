// The tray with throttling levels: the reason of a real policy decision ("Quiet until 23:00 (schedule)")
// in English and Russian, the level overrides it offers by the owner's names, and the actions they run.
import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { StateSnapshot } from '../../src/api/index.js';
import { initialState } from '../../src/node/initial-state.js';
import { decide, initialPolicyMemory } from '../../src/availability/policy.js';
import { schedulePreset } from '../../src/availability/schedule-schema.js';
import { defaultAvailabilitySettings } from '../../src/availability/settings-schema.js';
import { toPauseDecision } from '../../src/node/availability.js';
import { quietSensors } from '../support/sensors.js';
import { levelView } from '../../src/node/level-view.js';
import { trayModel, type TraySettings } from '../../main/tray-model.js';
import { menuTemplate, type TrayActions } from '../../main/tray.js';

// Wednesday 2026-06-03 20:00 in Berlin: inside "quiet evenings".
const EVENING = Date.parse('2026-06-03T18:00:00Z');
const settings = {
  ...defaultAvailabilitySettings(),
  schedule: schedulePreset('quiet-evenings', 'Europe/Berlin'),
};

function eveningState(): StateSnapshot {
  const { decision } = decide(
    {
      now: EVENING,
      settings,
      override: null,
      sensors: quietSensors(),
    },
    initialPolicyMemory,
  );
  const p = toPauseDecision(decision);
  const s = initialState('test');
  return {
    ...s,
    worker: { ...s.worker, status: 'serving', reason: p.reason, reasonCode: p.reasonCode },
    availability: {
      decision: decision.action,
      reason: decision.reason,
      reasonCode: p.reasonCode,
      level: levelView(decision, { levels: settings.levels, coefficient: 1000, power: null }),
    },
  };
}
const levels: TraySettings['levels'] = settings.levels.map((l) => ({
  id: l.id,
  name: l.name,
  off: l.maxConcurrency === 0,
}));
const labels = (items: ReturnType<typeof trayModel>['items']) =>
  items.flatMap((i) => (i.kind === 'separator' ? [] : [i.label]));

describe('tray with levels', () => {
  it('says "Quiet until 23:00 (schedule)" in English and Russian', () => {
    const state = eveningState();
    const en = trayModel(state, { language: 'en', levels });
    expect(en.items[0]).toEqual({ kind: 'info', label: 'Quiet until 23:00 (schedule)' });
    expect(en.tooltip).toBe('Silkworm — Quiet until 23:00 (schedule)');
    const ru = trayModel(state, { language: 'ru', levels });
    expect(ru.items[0]).toEqual({ kind: 'info', label: 'Тихий до 23:00 (расписание)' });
    expect(labels(ru.items)).toContain('Пауза на 1 ч');
    expect(ru.key).not.toBe(en.key);
  });

  it('offers each serving level for 2 h and until tomorrow, by name, never Off, and runs them', () => {
    const state = eveningState();
    const m = trayModel(state, { language: 'en', levels });
    const l = labels(m.items);
    expect(l).toEqual(expect.arrayContaining(['Full for 2 h', 'Full until tomorrow', 'Balanced for 2 h']));
    // Quiet serves now: "for 2 h" would change nothing, "until tomorrow" still holds it past 23:00.
    expect(l).not.toContain('Quiet for 2 h');
    expect(l).toContain('Quiet until tomorrow');
    expect(l.join(' ')).not.toMatch(/Off/);
    const calls: string[] = [];
    const actions: TrayActions = {
      openDashboard: () => calls.push('open'),
      pause: () => calls.push('pause'),
      pauseUntilTomorrow: () => calls.push('pause tomorrow'),
      resume: () => calls.push('resume'),
      throttle: (level, choice) => calls.push(`${String(level)} ${JSON.stringify(choice)}`),
      quit: () => calls.push('quit'),
    };
    const menu = menuTemplate(m.items, actions);
    const click = (label: string) => {
      const item = menu.find((i: MenuItemConstructorOptions) => i.label === label);
      (item?.click as (() => void) | undefined)?.();
    };
    click('Full until tomorrow');
    click('Balanced for 2 h');
    expect(calls).toEqual(['full {"until":"tomorrow"}', 'balanced {"forMs":7200000}']);
  });

  it('offers "Follow the schedule" only while the owner\'s level is in force', () => {
    const state = eveningState();
    const level = state.availability.level;
    if (!level) throw new Error('the evening serves at a level');
    const chosen: StateSnapshot = {
      ...state,
      availability: { ...state.availability, level: { ...level, source: 'override' } },
    };
    expect(labels(trayModel(state, { language: 'en', levels }).items)).not.toContain('Follow the schedule');
    expect(labels(trayModel(chosen, { language: 'ru', levels }).items)).toContain('По расписанию');
  });
});
