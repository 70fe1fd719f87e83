// Why the worker serves or pauses, keyed by the core's reason codes (state.worker.reasonCode.key). The
// availability keys mirror src/availability/messages.ts under "availability."; keys are flat (some are
// prefixes of others), so they live in their own namespace without key separators.
const availabilityKeys = [
  'serving',
  'serving.resumed',
  'serving.resumedUntil',
  'serving.idle',
  'paused.manual',
  'paused.manualUntil',
  'paused.thermal',
  'paused.game',
  'paused.program',
  'paused.gpuBusy',
  'paused.afterExit',
  'paused.battery',
  'paused.schedule',
  'paused.scheduleNoWindow',
  'paused.idleWait',
  'paused.idleUnknown',
  'always',
] as const;
export const reasonKeys = [
  ...availabilityKeys.map((k) => `availability.${k}` as const),
  'worker.stopped',
  'worker.starting',
  'worker.serving',
  'worker.error',
] as const;
export type ReasonKey = (typeof reasonKeys)[number];
export const REASONS_NS = 'reasons';

export const enReasons: Record<ReasonKey, string> = {
  'availability.serving': 'Serving',
  'availability.serving.resumed': 'Serving: resumed by you',
  'availability.serving.resumedUntil': 'Serving: resumed by you until {{time}}',
  'availability.serving.idle': 'Serving: no input for {{minutes}} min',
  'availability.paused.manual': 'Paused by you until you resume',
  'availability.paused.manualUntil': 'Paused until {{time}} by you',
  'availability.paused.thermal': 'Paused: GPU at {{temp}} °C, resumes below {{resumeBelow}} °C',
  'availability.paused.game': 'Paused: game running ({{name}})',
  'availability.paused.program': 'Paused: {{name}} is running',
  'availability.paused.gpuBusy': 'Paused: {{name}} is using the GPU ({{usedMb}} MB)',
  'availability.paused.afterExit': 'Paused: {{name}} closed, resumes at {{time}}',
  'availability.paused.battery': 'Paused: on battery',
  'availability.paused.schedule': 'Outside your schedule (resumes {{time}})',
  'availability.paused.scheduleNoWindow': 'Outside your schedule (no window set)',
  'availability.paused.idleWait': 'Waiting for {{minutes}} min without input',
  'availability.paused.idleUnknown': 'Idle-only mode needs input-idle information, which this system does not provide',
  'availability.always': 'Always available',
  'worker.stopped': 'Not serving',
  'worker.starting': 'Starting the engine…',
  'worker.serving': 'Serving requests',
  'worker.error': 'Could not start: {{message}}',
};

export const ruReasons: Record<ReasonKey, string> = {
  'availability.serving': 'Работает',
  'availability.serving.resumed': 'Работает: возобновлено вами',
  'availability.serving.resumedUntil': 'Работает: возобновлено вами до {{time}}',
  'availability.serving.idle': 'Работает: нет ввода {{minutes}} мин',
  'availability.paused.manual': 'Приостановлено вами до возобновления',
  'availability.paused.manualUntil': 'Приостановлено вами до {{time}}',
  'availability.paused.thermal': 'Пауза: видеокарта нагрета до {{temp}} °C, продолжит ниже {{resumeBelow}} °C',
  'availability.paused.game': 'Пауза: запущена игра ({{name}})',
  'availability.paused.program': 'Пауза: запущена программа {{name}}',
  'availability.paused.gpuBusy': 'Пауза: {{name}} использует видеокарту ({{usedMb}} МБ)',
  'availability.paused.afterExit': 'Пауза: {{name}} закрыта, продолжит в {{time}}',
  'availability.paused.battery': 'Пауза: питание от батареи',
  'availability.paused.schedule': 'Вне вашего расписания (продолжит в {{time}})',
  'availability.paused.scheduleNoWindow': 'Вне вашего расписания (окна не заданы)',
  'availability.paused.idleWait': 'Ожидание {{minutes}} мин без ввода',
  'availability.paused.idleUnknown': 'Режиму «только в простое» нужны данные о бездействии, которых эта система не даёт',
  'availability.always': 'Доступен всегда',
  'worker.stopped': 'Не обслуживает запросы',
  'worker.starting': 'Запуск движка…',
  'worker.serving': 'Обслуживает запросы',
  'worker.error': 'Не удалось запустить: {{message}}',
};
