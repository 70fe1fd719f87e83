// What Home shows as the reason, through the dashboard's own strings and i18next: a real policy decision
// in the quiet evening reads "Quiet until 23:00 (schedule)" in English and "Тихий до 23:00 (расписание)"
// in Russian, and a renamed level keeps the owner's name. (Pure: the browser flow needs a built daemon.)
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import i18next, { type TFunction } from 'i18next';
import type { ReasonCode } from '../../src/api/index.js';
import { decide, initialPolicyMemory } from '../../src/availability/policy.js';
import { schedulePreset } from '../../src/availability/schedule-schema.js';
import { defaultAvailabilitySettings } from '../../src/availability/settings-schema.js';
import { toPauseDecision } from '../../src/node/availability.js';
import { quietSensors } from '../support/sensors.js';

type Flat = Record<string, string>;
const load = async <T>(file: string) =>
  (await import(fileURLToPath(new URL(`../../renderer/src/${file}`, import.meta.url)))) as T;
const { enReasons, ruReasons, REASONS_NS } = await load<{
  enReasons: Flat;
  ruReasons: Flat;
  REASONS_NS: string;
}>('i18n/reasons.ts');
const { reasonText } = await load<{
  reasonText: (t: TFunction, code: ReasonCode, fallback: string, lang: string) => string;
}>('format.ts');

const EVENING = Date.parse('2026-06-03T18:00:00Z'); // Wednesday 20:00 in Berlin

function eveningReason(levels = defaultAvailabilitySettings().levels) {
  const settings = {
    ...defaultAvailabilitySettings(),
    levels,
    schedule: schedulePreset('quiet-evenings', 'Europe/Berlin'),
  };
  return toPauseDecision(
    decide({ now: EVENING, settings, override: null, sensors: quietSensors() }, initialPolicyMemory).decision,
  );
}

describe('Home reason with levels', () => {
  it('says "Quiet until 23:00 (schedule)" in English and Russian', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      resources: { en: { [REASONS_NS]: enReasons }, ru: { [REASONS_NS]: ruReasons } },
      lng: 'en',
      interpolation: { escapeValue: false },
    });
    const p = eveningReason();
    expect(reasonText(i18n.getFixedT('en'), p.reasonCode, p.reason, 'en')).toBe(
      'Quiet until 23:00 (schedule)',
    );
    expect(reasonText(i18n.getFixedT('ru'), p.reasonCode, p.reason, 'ru')).toBe(
      'Тихий до 23:00 (расписание)',
    );
    const renamed = eveningReason(
      defaultAvailabilitySettings().levels.map((l) => (l.id === 'quiet' ? { ...l, name: 'Шёпот' } : l)),
    );
    expect(reasonText(i18n.getFixedT('ru'), renamed.reasonCode, renamed.reason, 'ru')).toBe(
      'Шёпот до 23:00 (расписание)',
    );
  });
});
