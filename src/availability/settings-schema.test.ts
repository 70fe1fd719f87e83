import { describe, expect, it } from 'vitest';
import { pauseOverride } from './override.js';
import {
  availabilitySettingsSchema,
  defaultAvailabilitySettings,
  overrideSchema,
} from './settings-schema.js';

describe('availability settings schema', () => {
  it('accepts the defaults and rejects out-of-range values with the field named', () => {
    expect(availabilitySettingsSchema.parse(defaultAvailabilitySettings())).toEqual(
      defaultAvailabilitySettings(),
    );
    const bad = availabilitySettingsSchema.safeParse({
      ...defaultAvailabilitySettings(),
      thermalLimitC: 200,
      vramShare: 0,
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['thermalLimitC', 'vramShare']);
    expect(availabilitySettingsSchema.safeParse({ ...defaultAvailabilitySettings(), extra: 1 }).success).toBe(
      false,
    );
  });

  it('a stored override round-trips; a corrupt one is rejected', () => {
    const o = pauseOverride('until-resumed', 1_000, 'UTC');
    expect(overrideSchema.parse(JSON.parse(JSON.stringify(o)))).toEqual(o);
    expect(overrideSchema.safeParse({ kind: 'pause', until: 'soon', setAt: 1 }).success).toBe(false);
    expect(overrideSchema.safeParse({ kind: 'nap', until: null, setAt: 1 }).success).toBe(false);
  });
});
