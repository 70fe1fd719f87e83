// The schedule presets and shapes come from the core's zod-only schema file, so the grid edits exactly what
// the core runs (the renderer may import src/api and zod-only src/*/*-schema.ts files).
export {
  schedulePreset,
  schedulePresetNames,
  type Schedule,
  type ScheduleWindow,
} from '../../../src/availability/schedule-schema.js';
import type { Settings } from '../../../src/api/index.js';

export type AvailabilitySettings = Settings['availability'];
