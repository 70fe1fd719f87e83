// Settings version 1 → 2: the on/off schedule becomes a schedule of levels, losing nothing. "always"
// paints Full over the whole week; "windows" paints Full inside each window over an Off week. The caps
// the owner set (most requests at once, VRAM share) become Full's; idle-only mode keeps pausing (its
// active-use level is Off). Fields this step does not know are passed through for the schema to judge.
import { defaultLevels } from '../availability/levels-schema.js';

type Doc = Record<string, unknown>;

const isDoc = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v);

export function levelsFromOnOff(availability: Doc): Doc {
  const { schedule, ...rest } = availability;
  const maxConcurrency = typeof rest['maxConcurrency'] === 'number' ? rest['maxConcurrency'] : 2;
  const vramShare = typeof rest['vramShare'] === 'number' ? rest['vramShare'] : 0.85;
  const out: Doc = {
    ...rest,
    levels: rest['levels'] ?? defaultLevels({ maxConcurrency, vramShare }),
    activeUseLevel: rest['activeUseLevel'] ?? 'off',
  };
  if (!isDoc(schedule)) return out;
  const { mode, windows, ...scheduleRest } = schedule;
  const painted = Array.isArray(windows)
    ? windows.map((w: unknown) => (isDoc(w) ? { ...w, level: 'full' } : w))
    : windows;
  return {
    ...out,
    schedule: {
      ...scheduleRest,
      // An "always" schedule ignored its windows; they stay, painting Full over Full (no change).
      baseLevel: mode === 'windows' ? 'off' : 'full',
      windows: painted ?? [],
    },
  };
}
