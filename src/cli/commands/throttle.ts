// `silkworm throttle LEVEL [--for 2h | --until-tomorrow]`: serve at a level (by id or name, e.g. quiet or
// "Quiet") for a while or until changed; `silkworm throttle schedule` follows the schedule again. Talks
// to the running daemon through the same API the dashboard uses.
import { parseArgs, parseDuration, UsageError } from '../args.js';
import { defaultDataDir } from '../../daemon/paths.js';
import { commands, MAX_LEVEL_MS, settingsSchema, type StateSnapshot } from '../../api/index.js';
import { call } from './control.js';

const USAGE = 'usage: silkworm throttle LEVEL|schedule [--for 2h | --until-tomorrow] [--json] [--data-dir D]';

export async function throttleCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args, { values: ['data-dir', 'for'], booleans: ['json', 'until-tomorrow'] });
  const [wanted, ...extra] = parsed.positionals;
  if (wanted === undefined || extra.length > 0) throw new UsageError(USAGE);
  const dirFlag = parsed.flags.get('data-dir');
  const dataDir = typeof dirFlag === 'string' ? dirFlag : defaultDataDir();
  const forText = parsed.flags.get('for');
  const forMs = typeof forText === 'string' ? parseDuration(forText) : undefined;
  if (forMs !== undefined && forMs > MAX_LEVEL_MS) throw new UsageError('--for is at most 7d');
  if (forMs !== undefined && parsed.flags.has('until-tomorrow'))
    throw new UsageError('give --for or --until-tomorrow, not both');
  let level: string | null = null;
  if (wanted.toLowerCase() !== 'schedule') {
    const settings = settingsSchema.parse(await call(dataDir, 'settings:get', {}));
    const levels = settings.availability.levels;
    const found = levels.find(
      (l) => l.id === wanted.toLowerCase() || l.name.toLowerCase() === wanted.toLowerCase(),
    );
    if (!found) {
      const known = levels.map((l) => `${l.id} ("${l.name}")`).join(', ');
      throw new UsageError(`no level "${wanted}"; levels: ${known}, or "schedule"`);
    }
    level = found.id;
  }
  const payload = {
    level,
    ...(forMs !== undefined ? { forMs } : {}),
    ...(parsed.flags.has('until-tomorrow') ? { until: 'tomorrow' as const } : {}),
  };
  const state = commands['worker:throttle'].response.parse(await call(dataDir, 'worker:throttle', payload));
  process.stdout.write((parsed.flags.has('json') ? JSON.stringify(state) : describe(state)) + '\n');
  return 0;
}

function describe(state: StateSnapshot): string {
  const level = state.availability.level;
  const lines = [`${state.worker.status}: ${state.availability.reason}`];
  if (level) {
    lines.push(
      `level ${level.name}: ${level.maxConcurrency} at once, duty cap ${Math.round(level.dutyCap * 100)} %, price ×${(level.coefficient / 1000).toFixed(3)}`,
    );
    if (level.powerLimit) lines.push(`power limit: ${level.powerLimit.state} (${level.powerLimit.message})`);
  }
  return lines.join('\n');
}
