// The level a decision serves at, as the state snapshot shows it (tray, Home, CLI).
import type { LevelState } from '../api/level-state.js';
import type { Decision } from '../availability/policy.js';
import { levelCoefficient } from '../availability/levels.js';
import type { Level } from '../availability/levels-schema.js';
import type { PowerLimitOutcome } from '../availability/power-limit.js';

const sourceOf = (cause: Decision['cause']): LevelState['source'] =>
  cause === 'manual-level'
    ? 'override'
    : cause === 'active-use'
      ? 'active-use'
      : cause === 'manual-resume'
        ? 'resume'
        : 'schedule';

export function levelView(
  decision: Decision,
  a: { levels: Level[]; coefficient: number; power: PowerLimitOutcome | null },
): LevelState | null {
  const l = decision.level;
  if (!l) return null;
  const at = decision.message.params['at'];
  const power = a.power;
  return {
    id: l.id,
    name: l.name,
    color: a.levels.find((x) => x.id === l.id)?.color ?? '#888888',
    maxConcurrency: l.maxConcurrency,
    dutyCap: l.dutyCap,
    pricePct: l.pricePct,
    coefficient: levelCoefficient(a.coefficient, l),
    source: sourceOf(decision.cause),
    until: typeof at === 'number' ? at : null,
    powerLimit:
      l.powerLimitW === null || power === null
        ? null
        : {
            state: power.state,
            message:
              power.state === 'applied'
                ? `${power.watts} W`
                : power.state === 'cleared'
                  ? 'default limit'
                  : power.message,
          },
  };
}
