// The tray: a small view model. Setters that change nothing do nothing; one render() rebuilds the
// icon, tooltip and menu from the state snapshot.
import { Menu, Tray, nativeImage } from 'electron';
import path from 'node:path';
import type { StateSnapshot, WorkerStatus } from '../src/api/index.js';
import { trayModel, type TrayAction, type TrayItem } from './tray-model.js';

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
    const { key } = trayModel(state);
    if (key === this.#key) return;
    this.render(state);
  }

  #run(action: TrayAction): void {
    const a = this.#actions;
    switch (action) {
      case 'pause-1h':
        a.pause(HOUR_MS);
        return;
      case 'pause-tomorrow':
        a.pauseUntilTomorrow();
        return;
      case 'resume':
        a.resume();
        return;
      case 'open-dashboard':
        a.openDashboard();
        return;
      case 'quit':
        a.quit();
        return;
    }
  }

  #menuItem(item: TrayItem): Electron.MenuItemConstructorOptions {
    switch (item.kind) {
      case 'info':
        return { label: item.label, enabled: false };
      case 'separator':
        return { type: 'separator' };
      case 'action':
        return { label: item.label, click: () => { this.#run(item.action); } };
    }
  }

  render(state: StateSnapshot): void {
    const model = trayModel(state);
    this.#key = model.key;
    this.#tray.setImage(this.#image(state.worker.status));
    this.#tray.setToolTip(model.tooltip);
    this.#tray.setContextMenu(Menu.buildFromTemplate(model.items.map((i) => this.#menuItem(i))));
  }

  destroy(): void {
    this.#tray.destroy();
  }
}
