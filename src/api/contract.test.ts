import { describe, expect, it } from 'vitest';
import {
  commands,
  describeZodError,
  formatTon,
  settingsPatchSchema,
  settingsSchema,
  stateSnapshotSchema,
  defaultSettings,
} from './index.js';
import { initialState } from '../node/initial-state.js';

describe('API contract', () => {
  it('names the offending field when a request is invalid', () => {
    const r = commands['worker:pause'].request.safeParse({ forMs: 'soon' });
    expect(r.success).toBe(false);
    if (!r.success) expect(describeZodError(r.error)).toMatchObject({ field: 'forMs' });
  });

  it('rejects unknown fields by name instead of ignoring them', () => {
    const r = commands['worker:pause'].request.safeParse({ forMS: 1000 });
    expect(r.success).toBe(false);
    if (!r.success)
      expect(describeZodError(r.error)).toEqual({ field: 'forMS', message: 'forMS: unknown field' });
  });

  it('refuses pauses longer than a week', () => {
    expect(commands['worker:pause'].request.safeParse({ forMs: 8 * 24 * 3600 * 1000 }).success).toBe(false);
    expect(commands['worker:pause'].request.safeParse({ forMs: 3600 * 1000 }).success).toBe(true);
  });

  it('fills settings defaults and keeps a patch to what was named', () => {
    expect(settingsSchema.parse({})).toEqual(defaultSettings());
    expect(settingsPatchSchema.parse({ language: 'ru' })).toEqual({ language: 'ru' });
    const bad = settingsPatchSchema.safeParse({ language: 'de' });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(describeZodError(bad.error).field).toBe('language');
  });

  it('accepts the initial state snapshot', () => {
    expect(stateSnapshotSchema.parse(initialState('1.0.0')).worker.status).toBe('stopped');
  });

  it('formats nanotons as TON without losing precision', () => {
    expect(formatTon(1_500_000_000n)).toBe('1.5');
    expect(formatTon('123')).toBe('0');
    expect(formatTon('123', 9)).toBe('0.000000123');
    expect(formatTon(-2_000_000_000n)).toBe('-2');
    expect(formatTon(10n ** 30n)).toBe('1000000000000000000000');
  });
});
