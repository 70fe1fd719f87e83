// A patch an entry point saves into the settings before the node starts (`silkworm daemon --ton-endpoint`,
// `silkworm worker`): each top-level section is merged one level deep, so a patch may name only the fields
// it sets. The result is validated like any settings change.
import type { Settings } from '../api/settings.js';

export type DeepSettingsPatch = { [K in keyof Settings]?: Partial<Settings[K]> };

export function mergeSettings(current: Settings, patch: DeepSettingsPatch): Partial<Settings> {
  // Each value is validated by the settings schema on update.
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    const was = (current as Record<string, unknown>)[key];
    out[key] =
      value && typeof value === 'object' && !Array.isArray(value) && was && typeof was === 'object'
        ? { ...was, ...value }
        : value;
  }
  return out;
}
