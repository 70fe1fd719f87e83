// The schedule presets and shapes come from the core's zod-only schema file, so the grid edits exactly what
// the core runs. The brief allows the renderer to import zod-only src/*/*-schema.ts files; the lint pattern
// still only admits src/api (the lead widens it), hence the one scoped exception here.
// eslint-disable-next-line no-restricted-imports -- zod-only schema shared with the core, see above
export { schedulePreset, schedulePresetNames, type Schedule, type ScheduleWindow } from '../../../src/availability/schedule-schema.js';
import type { Settings } from '../../../src/api/index.js';

export type AvailabilitySettings = Settings['availability'];
