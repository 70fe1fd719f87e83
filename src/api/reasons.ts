// The reasons an availability decision gives, as message keys with parameters: part of the API contract,
// so the dashboard translates them (i18next {{name}} interpolation) from this one table.

export const messageKeys = [
  'serving',
  'serving.resumed',
  'serving.resumedUntil',
  'serving.idle',
  'serving.levelSchedule',
  'serving.levelScheduleNoEnd',
  'serving.levelManual',
  'serving.levelManualNoEnd',
  'serving.levelActive',
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
] as const;
export type MessageKey = (typeof messageKeys)[number];

export interface ReasonMessage {
  key: MessageKey;
  /** Values for the template; `time` is a local clock string such as "18:00", `at` the same instant in epoch ms. */
  params: Record<string, string | number>;
}

export const messageLanguages = ['en', 'ru'] as const;
export type MessageLanguage = (typeof messageLanguages)[number];

export const availabilityMessages: Record<MessageLanguage, Record<MessageKey, string>> = {
  en: {
    serving: 'Serving',
    'serving.resumed': 'Serving: resumed by you',
    'serving.resumedUntil': 'Serving: resumed by you until {{time}}',
    'serving.idle': 'Serving: no input for {{minutes}} min',
    'serving.levelSchedule': '{{level}} until {{time}} (schedule)',
    'serving.levelScheduleNoEnd': '{{level}} (schedule)',
    'serving.levelManual': '{{level}} until {{time}} (by you)',
    'serving.levelManualNoEnd': '{{level}} until you change it',
    'serving.levelActive': '{{level}} while you are at the PC',
    'paused.manual': 'Paused by you until you resume',
    'paused.manualUntil': 'Paused until {{time}} by you',
    'paused.thermal': 'Paused: GPU at {{temp}} °C, resumes below {{resumeBelow}} °C',
    'paused.game': 'Paused: game running ({{name}})',
    'paused.program': 'Paused: {{name}} is running',
    'paused.gpuBusy': 'Paused: {{name}} is using the GPU ({{usedMb}} MB)',
    'paused.afterExit': 'Paused: {{name}} closed, resumes at {{time}}',
    'paused.battery': 'Paused: on battery',
    'paused.schedule': 'Outside your schedule (resumes {{time}})',
    'paused.scheduleNoWindow': 'Outside your schedule (no window set)',
    'paused.idleWait': 'Waiting for {{minutes}} min without input',
    'paused.idleUnknown': 'Idle-only mode needs input-idle information, which this system does not provide',
  },
  ru: {
    serving: 'Работает',
    'serving.resumed': 'Работает: возобновлено вами',
    'serving.resumedUntil': 'Работает: возобновлено вами до {{time}}',
    'serving.idle': 'Работает: нет ввода {{minutes}} мин',
    'serving.levelSchedule': '{{level}} до {{time}} (расписание)',
    'serving.levelScheduleNoEnd': '{{level}} (расписание)',
    'serving.levelManual': '{{level}} до {{time}} (выбрано вами)',
    'serving.levelManualNoEnd': '{{level}} до вашей смены',
    'serving.levelActive': '{{level}}, пока вы за компьютером',
    'paused.manual': 'Приостановлено вами до возобновления',
    'paused.manualUntil': 'Приостановлено вами до {{time}}',
    'paused.thermal': 'Пауза: видеокарта нагрета до {{temp}} °C, продолжит ниже {{resumeBelow}} °C',
    'paused.game': 'Пауза: запущена игра ({{name}})',
    'paused.program': 'Пауза: запущена программа {{name}}',
    'paused.gpuBusy': 'Пауза: {{name}} использует видеокарту ({{usedMb}} МБ)',
    'paused.afterExit': 'Пауза: {{name}} закрыта, продолжит в {{time}}',
    'paused.battery': 'Пауза: питание от батареи',
    'paused.schedule': 'Вне вашего расписания (продолжит в {{time}})',
    'paused.scheduleNoWindow': 'Вне вашего расписания (окна не заданы)',
    'paused.idleWait': 'Ожидание {{minutes}} мин без ввода',
    'paused.idleUnknown': 'Режиму «только в простое» нужны данные о бездействии, которых эта система не даёт',
  },
};

/** The shipped levels' names by id; a level the owner never renamed is shown in the reader's language. */
export const levelNames: Record<MessageLanguage, Record<string, string>> = {
  en: { full: 'Full', balanced: 'Balanced', quiet: 'Quiet', off: 'Off' },
  ru: { full: 'Полный', balanced: 'Сбалансированный', quiet: 'Тихий', off: 'Выкл.' },
};

/** A level's name in a language: the owner's own name, or the translation of a shipped name kept as is. */
export function levelName(id: string, name: string, language: MessageLanguage): string {
  return levelNames.en[id] === name ? (levelNames[language][id] ?? name) : name;
}

/** Renders a reason in a language; a parameter the template names but the message lacks stays visible. */
export function renderMessage(message: ReasonMessage, language: MessageLanguage = 'en'): string {
  return availabilityMessages[language][message.key].replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = message.params[name];
    if (name === 'level' && typeof value === 'string' && typeof message.params['levelId'] === 'string')
      return levelName(message.params['levelId'], value, language);
    return value === undefined ? whole : String(value);
  });
}
