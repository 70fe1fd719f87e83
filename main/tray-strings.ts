// The tray's own words in English and Russian (the reasons come from the core's table, src/api/reasons.ts).
export type TrayLanguage = 'en' | 'ru';

export const trayStrings = {
  en: {
    pause1h: 'Pause 1 h',
    pauseTomorrow: 'Pause until tomorrow',
    resume: 'Resume',
    openDashboard: 'Open dashboard',
    quit: 'Quit Silkworm',
    today: 'Today: {{amount}} TON',
    demo: 'Serving the demo model (gibberish; offline devnet only)',
    model: 'Model: {{title}}',
    demoShort: 'demo model',
    forTwoHours: '{{level}} for 2 h',
    untilTomorrow: '{{level}} until tomorrow',
    followSchedule: 'Follow the schedule',
  },
  ru: {
    pause1h: 'Пауза на 1 ч',
    pauseTomorrow: 'Пауза до завтра',
    resume: 'Продолжить',
    openDashboard: 'Открыть панель',
    quit: 'Выйти из Silkworm',
    today: 'Сегодня: {{amount}} TON',
    demo: 'Работает демо-модель (бессмыслица; только офлайн-сеть)',
    model: 'Модель: {{title}}',
    demoShort: 'демо-модель',
    forTwoHours: '{{level}} на 2 ч',
    untilTomorrow: '{{level}} до завтра',
    followSchedule: 'По расписанию',
  },
} as const satisfies Record<TrayLanguage, Record<string, string>>;

export type TrayStringKey = keyof (typeof trayStrings)['en'];

export function trayText(
  lang: TrayLanguage,
  key: TrayStringKey,
  params: Record<string, string> = {},
): string {
  return trayStrings[lang][key].replace(/\{\{(\w+)\}\}/g, (whole, name: string) => params[name] ?? whole);
}
