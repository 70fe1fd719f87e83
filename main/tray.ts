// The tray: a small view model. Setters that change nothing do nothing; one render() rebuilds the
// icon, tooltip and menu from the state snapshot (tray-model.ts computes what it shows). Electron's Tray,
// Menu and nativeImage come in as options, so the menu and its actions are tested under plain Node.
import type { MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
import type { StateSnapshot, WorkerStatus } from '../src/api/index.js';
import { trayModel, type TrayAction, type TrayItem, type TraySettings } from './tray-model.js';

const HOUR_MS = 3_600_000;

export interface TrayActions {
  openDashboard(): void;
  pause(forMs?: number): void;
  pauseUntilTomorrow(): void;
  resume(): void;
  /** A level for a while (`worker:throttle`), or back to the schedule (level null). */
  throttle(level: string | null, choice?: { forMs: number } | { until: 'tomorrow' }): void;
  quit(): void;
}

/** The parts of Electron's Tray the view uses (the menu as a template: main.ts builds it with Menu). */
export interface TrayHandle<Image> {
  setImage(image: Image): void;
  setToolTip(tooltip: string): void;
  setContextMenu(template: MenuItemConstructorOptions[]): void;
  on(event: 'click', listener: () => void): unknown;
  destroy(): void;
}

/** Electron, as the tray needs it: main.ts passes a Tray with Menu.buildFromTemplate, and nativeImage. */
export interface TrayParts<Image> {
  createTray(image: Image): TrayHandle<Image>;
  imageFromPath(file: string): Image;
}

export interface TrayViewOptions<Image> {
  resources: string;
  platform: NodeJS.Platform;
  actions: TrayActions;
  electron: TrayParts<Image>;
  /** The owner's language and levels, read at each render (default: English, no level items). */
  settings?: () => TraySettings;
}

export function iconFor(status: WorkerStatus): string {
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

function run(actions: TrayActions, action: TrayAction): void {
  if (action.startsWith('level-2h:')) return actions.throttle(action.slice(9), { forMs: 2 * HOUR_MS });
  if (action.startsWith('level-tomorrow:')) return actions.throttle(action.slice(15), { until: 'tomorrow' });
  switch (action) {
    case 'pause-1h':
      actions.pause(HOUR_MS);
      return;
    case 'pause-tomorrow':
      actions.pauseUntilTomorrow();
      return;
    case 'resume':
      actions.resume();
      return;
    case 'open-dashboard':
      actions.openDashboard();
      return;
    case 'follow-schedule':
      actions.throttle(null);
      return;
    case 'quit':
      actions.quit();
      return;
  }
}

/** The context menu for the view model's items: status lines greyed out, actions wired to `actions`. */
export function menuTemplate(items: readonly TrayItem[], actions: TrayActions): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    switch (item.kind) {
      case 'info':
        return { label: item.label, enabled: false };
      case 'separator':
        return { type: 'separator' };
      case 'action':
        return {
          label: item.label,
          click: () => {
            run(actions, item.action);
          },
        };
    }
  });
}

export class TrayView<Image> {
  readonly #o: TrayViewOptions<Image>;
  readonly #tray: TrayHandle<Image>;
  #key = '';

  constructor(o: TrayViewOptions<Image>) {
    this.#o = o;
    this.#tray = o.electron.createTray(this.#image('stopped'));
    this.#tray.on('click', () => {
      o.actions.openDashboard();
    });
  }

  #image(status: WorkerStatus): Image {
    const name = iconFor(status);
    // macOS draws template images in the menu bar's own colour.
    const file = this.#o.platform === 'darwin' ? `${name}Template.png` : `${name}.png`;
    return this.#o.electron.imageFromPath(path.join(this.#o.resources, 'tray', file));
  }

  setState(state: StateSnapshot): void {
    const { key } = trayModel(state, this.#o.settings?.());
    if (key === this.#key) return;
    this.render(state);
  }

  render(state: StateSnapshot): void {
    const model = trayModel(state, this.#o.settings?.());
    this.#key = model.key;
    this.#tray.setImage(this.#image(state.worker.status));
    this.#tray.setToolTip(model.tooltip);
    this.#tray.setContextMenu(menuTemplate(model.items, this.#o.actions));
  }

  destroy(): void {
    this.#tray.destroy();
  }
}
