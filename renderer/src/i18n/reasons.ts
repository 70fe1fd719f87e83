// Why the worker serves or pauses, keyed by the core's reason codes (state.worker.reasonCode.key). The
// availability reasons come from the API contract's own table (src/api/reasons.ts) under "availability.";
// keys are flat (some are prefixes of others), so they live in their own namespace without key separators.
import { availabilityMessages, messageKeys, type MessageKey } from '../../../src/api/reasons.js';

const own = [
  'availability.always',
  'worker.stopped',
  'worker.starting',
  'worker.serving',
  'worker.error',
  'worker.benchmarking',
] as const;
export const reasonKeys = [...messageKeys.map((k) => `availability.${k}` as const), ...own] as const;
export type ReasonKey = (typeof reasonKeys)[number];
export const REASONS_NS = 'reasons';

function fromCore(lang: 'en' | 'ru'): Record<`availability.${MessageKey}`, string> {
  const table = availabilityMessages[lang];
  return Object.fromEntries(messageKeys.map((k) => [`availability.${k}`, table[k]])) as Record<
    `availability.${MessageKey}`,
    string
  >;
}

export const enReasons: Record<ReasonKey, string> = {
  ...fromCore('en'),
  'availability.always': 'Always available',
  'worker.stopped': 'Not serving',
  'worker.starting': 'Starting the engine…',
  'worker.serving': 'Serving requests',
  'worker.error': 'Could not start: {{message}}',
  'worker.benchmarking': 'Paused: benchmarking your hardware',
};

export const ruReasons: Record<ReasonKey, string> = {
  ...fromCore('ru'),
  'availability.always': 'Доступен всегда',
  'worker.stopped': 'Не обслуживает запросы',
  'worker.starting': 'Запуск движка…',
  'worker.serving': 'Обслуживает запросы',
  'worker.error': 'Не удалось запустить: {{message}}',
  'worker.benchmarking': 'Пауза: идёт замер производительности',
};
