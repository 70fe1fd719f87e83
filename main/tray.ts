// The tray: a small view model. Setters that change nothing do nothing; one render() rebuilds the
// icon, tooltip and menu from the state snapshot.
import { Menu, Tray, nativeImage } from 'electron';
import path from 'node:path';
import { formatTon, type StateSnapshot, type WorkerStatus } from '../src/api/index.js';

const HOUR_MS = 3_600_000;

export interface TrayActions {
  openDashboard(): void;
  pause(forMs?: number): void;
  pauseUntilTomorrow(): void;
  resume(): void;
  quit(): void;
}

function iconFor(status: WorkerStatus): string {
  switch (status) {
    case 'serving':
    case 'starting':
      return 'tray-serving';
    case 'paused':
    case 'stopped':
      return 'tray-paused';
    case 'error':
      return 'tray-error';
  }
}

export class TrayView {
  readonly #tray: Tray;
  readonly #resources: string;
  readonly #actions: TrayActions;
  #key = '';

  constructor(resources: string, actions: TrayActions) {
    this.#resources = resources;
    this.#actions = actions;
    this.#tray = new Tray(this.#image('stopped'));
    this.#tray.on('click', () => {
      actions.openDashboard();
    });
  }

  #image(status: WorkerStatus): Electron.NativeImage {
    const name = iconFor(status);
    const file = process.platform === 'darwin' ? `${name}Template.png` : `${name}.png`;
    return nativeImage.createFromPath(path.join(this.#resources, 'tray', file));
  }

  setState(state: StateSnapshot): void {
    const key = `${state.worker.status}|${state.worker.reason}|${state.earnings.todayNano}`;
    if (key === this.#key) return;
    this.#key = key;
    this.render(state);
  }

  render(state: StateSnapshot): void {
    const { worker, earnings } = state;
    const running = worker.status === 'serving' || worker.status === 'starting';
    this.#tray.setImage(this.#image(worker.status));
    this.#tray.setToolTip(`Silkworm — ${worker.reason}`);
    const a = this.#actions;
    this.#tray.setContextMenu(
      Menu.buildFromTemplate([
        { label: worker.reason, enabled: false },
        { label: `Today: ${formatTon(earnings.todayNano)} TON`, enabled: false },
        { type: 'separator' },
        ...(running
          ? [
              { label: 'Pause 1 h', click: () => { a.pause(HOUR_MS); } },
              { label: 'Pause until tomorrow', click: () => { a.pauseUntilTomorrow(); } },
            ]
          : [{ label: 'Resume', click: () => { a.resume(); } }]),
        { label: 'Open dashboard', click: () => { a.openDashboard(); } },
        { type: 'separator' },
        { label: 'Quit Silkworm', click: () => { a.quit(); } },
      ]),
    );
  }

  destroy(): void {
    this.#tray.destroy();
  }
}
