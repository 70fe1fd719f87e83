// What the tray shows, computed from the state snapshot without Electron (so it is plain data a test can
// read): the tooltip, the status lines and which actions the menu offers. tray.ts renders it.
import { formatTon, type StateSnapshot } from '../src/api/index.js';

export type TrayAction = 'pause-1h' | 'pause-tomorrow' | 'resume' | 'open-dashboard' | 'quit';

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

/** The served model in one line: the demo model says so, a real one by its title. */
export function modelLine(model: StateSnapshot['model']): string | null {
  if (model === null) return null;
  return model.demo ? 'Serving the demo model (gibberish; offline devnet only)' : `Model: ${model.title}`;
}

export function trayModel(state: StateSnapshot): TrayModel {
  const { worker, earnings, model } = state;
  const running = worker.status === 'serving' || worker.status === 'starting';
  const line = modelLine(model);
  const tooltip = `Silkworm — ${worker.reason}${model ? (model.demo ? ' · demo model' : ` · ${model.name}`) : ''}`;
  const items: TrayItem[] = [
    { kind: 'info', label: worker.reason },
    ...(line !== null ? [{ kind: 'info', label: line } as const] : []),
    { kind: 'info', label: `Today: ${formatTon(earnings.todayNano)} TON` },
    { kind: 'separator' },
    ...(running
      ? [
          { kind: 'action', label: 'Pause 1 h', action: 'pause-1h' } as const,
          { kind: 'action', label: 'Pause until tomorrow', action: 'pause-tomorrow' } as const,
        ]
      : [{ kind: 'action', label: 'Resume', action: 'resume' } as const]),
    { kind: 'action', label: 'Open dashboard', action: 'open-dashboard' },
    { kind: 'separator' },
    { kind: 'action', label: 'Quit Silkworm', action: 'quit' },
  ];
  return { tooltip, items, key: `${worker.status}|${JSON.stringify(items)}|${tooltip}` };
}
