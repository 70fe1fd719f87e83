// What the tray shows, computed from the state snapshot without Electron (so it is plain data a test can
// read): the tooltip, the status lines and which actions the menu offers, in the owner's language.
// tray.ts renders it.
import {
  formatTon,
  levelName,
  messageKeys,
  renderMessage,
  type MessageKey,
  type StateSnapshot,
} from '../src/api/index.js';
import { trayText, type TrayLanguage } from './tray-strings.js';

export type TrayAction =
  | 'pause-1h'
  | 'pause-tomorrow'
  | 'resume'
  | 'open-dashboard'
  | 'quit'
  | 'follow-schedule'
  | `level-2h:${string}`
  | `level-tomorrow:${string}`;

export type TrayItem =
  | { kind: 'info'; label: string }
  | { kind: 'action'; label: string; action: TrayAction }
  | { kind: 'separator' };

export interface TrayModel {
  tooltip: string;
  items: TrayItem[];
  /** Changes exactly when the rendered tray would (the view model skips renders that change nothing). */
  key: string;
}

/** What the tray needs from the settings: the language and the levels it offers ("Quiet for 2 h"). */
export interface TraySettings {
  language: TrayLanguage;
  levels: Array<{ id: string; name: string; off: boolean }>;
}

/** The served model in one line: the demo model says so, a real one by its title. */
export function modelLine(model: StateSnapshot['model'], lang: TrayLanguage = 'en'): string | null {
  if (model === null) return null;
  return model.demo ? trayText(lang, 'demo') : trayText(lang, 'model', { title: model.title });
}

/** The worker's reason in the owner's language: availability reasons from the core's table. */
function reasonLine(state: StateSnapshot, lang: TrayLanguage): string {
  const { reason, reasonCode } = state.worker;
  const key = reasonCode.key.startsWith('availability.') ? reasonCode.key.slice('availability.'.length) : '';
  if (!(messageKeys as readonly string[]).includes(key)) return reason;
  return renderMessage({ key: key as MessageKey, params: reasonCode.params }, lang);
}

export function trayModel(
  state: StateSnapshot,
  settings: TraySettings = { language: 'en', levels: [] },
): TrayModel {
  const lang = settings.language;
  const { worker, earnings, model } = state;
  const running = worker.status === 'serving' || worker.status === 'starting';
  const line = modelLine(model, lang);
  const reason = reasonLine(state, lang);
  const tag = model ? (model.demo ? ` · ${trayText(lang, 'demoShort')}` : ` · ${model.name}`) : '';
  const tooltip = `Silkworm — ${reason}${tag}`;
  const action = (label: string, a: TrayAction): TrayItem => ({ kind: 'action', label, action: a });
  const levelItems: TrayItem[] = [];
  const current = state.availability.level ?? null;
  for (const l of settings.levels) {
    if (l.off) continue;
    const name = levelName(l.id, l.name, lang);
    if (current?.id !== l.id)
      levelItems.push(action(trayText(lang, 'forTwoHours', { level: name }), `level-2h:${l.id}`));
    levelItems.push(action(trayText(lang, 'untilTomorrow', { level: name }), `level-tomorrow:${l.id}`));
  }
  if (current?.source === 'override')
    levelItems.push(action(trayText(lang, 'followSchedule'), 'follow-schedule'));
  const items: TrayItem[] = [
    { kind: 'info', label: reason },
    ...(line !== null ? [{ kind: 'info', label: line } as const] : []),
    { kind: 'info', label: trayText(lang, 'today', { amount: formatTon(earnings.todayNano) }) },
    { kind: 'separator' },
    ...(running
      ? [
          action(trayText(lang, 'pause1h'), 'pause-1h'),
          action(trayText(lang, 'pauseTomorrow'), 'pause-tomorrow'),
        ]
      : [action(trayText(lang, 'resume'), 'resume')]),
    ...(levelItems.length > 0 ? [{ kind: 'separator' } as const, ...levelItems] : []),
    action(trayText(lang, 'openDashboard'), 'open-dashboard'),
    { kind: 'separator' },
    action(trayText(lang, 'quit'), 'quit'),
  ];
  return { tooltip, items, key: `${worker.status}|${JSON.stringify(items)}|${tooltip}` };
}
