// The tray's words and menu, as the desktop app shows them: the view model (tray-model.ts) names the demo
// model as a demo and a real one by its title; the menu built from it greys out status lines, offers pause
// or resume by state, and each item runs its action. Electron's Tray and nativeImage are fakes.
import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { ServedModel, StateSnapshot, WorkerStatus } from '../../src/api/index.js';
import { initialState } from '../../src/node/initial-state.js';
import { trayModel, type TrayModel } from '../../main/tray-model.js';
import { TrayView, type TrayActions, type TrayHandle } from '../../main/tray.js';

const demo: ServedModel = {
  id: 'tiny',
  name: 'silkworm-tiny',
  title: 'Silkworm demo model',
  source: 'tiny',
  demo: true,
  file: 'tiny.gguf',
  sizeBytes: 1,
  sha256: null,
  loaded: true,
};
const qwen: ServedModel = {
  ...demo,
  id: 'qwen3-8b-q4_k_m',
  name: 'Qwen/Qwen3-8B',
  title: 'Qwen3 8B · Q4_K_M',
  source: 'catalog',
  demo: false,
};
const withWorker = (
  status: WorkerStatus,
  model: ServedModel | null = null,
  reason = 'Always available',
): StateSnapshot => {
  const s = initialState('test');
  return { ...s, model, worker: { ...s.worker, status, reason } };
};
const serving = (model: ServedModel | null): StateSnapshot => withWorker('serving', model);
const labels = (m: TrayModel) => m.items.filter((i) => i.kind === 'info').map((i) => i.label);

describe('tray view model', () => {
  it('says the demo model is a demo, in the tooltip and the menu', () => {
    const m = trayModel(serving(demo));
    expect(m.tooltip).toBe('Silkworm — Always available · demo model');
    expect(labels(m)).toContain('Serving the demo model (gibberish; offline devnet only)');
  });

  it('names a real model by its title and network name, and re-renders when the model changes', () => {
    const before = trayModel(serving(demo));
    const after = trayModel(serving(qwen));
    expect(after.tooltip).toBe('Silkworm — Always available · Qwen/Qwen3-8B');
    expect(labels(after)).toContain('Model: Qwen3 8B · Q4_K_M');
    expect(labels(after).join(' ')).not.toMatch(/demo/i);
    expect(after.key).not.toBe(before.key);
    expect(trayModel(serving(qwen)).key).toBe(after.key);
  });

  it('shows no model line before a model is resolved', () => {
    expect(labels(trayModel(serving(null)))).toEqual(['Always available', 'Today: 0 TON']);
  });
});

interface Image {
  file: string;
}

class FakeTray implements TrayHandle<Image> {
  image: Image;
  tooltip = '';
  menus: MenuItemConstructorOptions[][] = [];
  clickListener: (() => void) | null = null;
  destroyed = false;
  constructor(image: Image) {
    this.image = image;
  }
  setImage(image: Image): void {
    this.image = image;
  }
  setToolTip(tooltip: string): void {
    this.tooltip = tooltip;
  }
  setContextMenu(template: MenuItemConstructorOptions[]): void {
    this.menus.push(template);
  }
  on(_event: 'click', listener: () => void): void {
    this.clickListener = listener;
  }
  destroy(): void {
    this.destroyed = true;
  }
}

function setup(platform: NodeJS.Platform = 'linux') {
  const calls: string[] = [];
  const actions: TrayActions = {
    openDashboard: () => calls.push('open'),
    pause: (forMs) => calls.push(`pause ${String(forMs)}`),
    pauseUntilTomorrow: () => calls.push('pause tomorrow'),
    resume: () => calls.push('resume'),
    throttle: (level, choice) => calls.push(`throttle ${String(level)} ${JSON.stringify(choice)}`),
    quit: () => calls.push('quit'),
  };
  let tray: FakeTray | null = null;
  const view = new TrayView<Image>({
    resources: '/res',
    platform,
    actions,
    electron: {
      createTray: (image) => (tray = new FakeTray(image)),
      imageFromPath: (file) => ({ file }),
    },
  });
  if (!tray) throw new Error('the view made no tray');
  const made: FakeTray = tray;
  const menu = (): MenuItemConstructorOptions[] => made.menus.at(-1) ?? [];
  const click = (label: string): void => {
    const item = menu().find((i) => i.label === label);
    if (!item?.click) throw new Error(`no clickable "${label}" in the menu`);
    // Electron passes the item, window and event; the tray's items use none of them.
    (item.click as () => void)();
  };
  return { view, tray: made, calls, menu, click };
}

describe('tray menu', () => {
  it('greys out status lines and offers pause while serving, each item running its action', () => {
    const t = setup();
    t.view.render(serving(qwen));
    expect(
      t
        .menu()
        .filter((i) => i.enabled === false)
        .map((i) => i.label),
    ).toEqual(['Always available', 'Model: Qwen3 8B · Q4_K_M', 'Today: 0 TON']);
    expect(
      t
        .menu()
        .filter((i) => i.click)
        .map((i) => i.label),
    ).toEqual(['Pause 1 h', 'Pause until tomorrow', 'Open dashboard', 'Quit Silkworm']);
    expect(t.menu().filter((i) => i.type === 'separator')).toHaveLength(2);
    for (const label of ['Pause 1 h', 'Pause until tomorrow', 'Open dashboard', 'Quit Silkworm'])
      t.click(label);
    expect(t.calls).toEqual(['pause 3600000', 'pause tomorrow', 'open', 'quit']);
    expect(t.tray.tooltip).toBe('Silkworm — Always available · Qwen/Qwen3-8B');
    expect(t.tray.image.file).toBe('/res/tray/tray-serving.png');
  });

  it('offers resume instead of pause when paused, with the paused icon', () => {
    const t = setup();
    t.view.render(withWorker('paused', null, 'Paused: game running (eldenring.exe)'));
    expect(t.menu().map((i) => i.label)).not.toContain('Pause 1 h');
    t.click('Resume');
    expect(t.calls).toEqual(['resume']);
    expect(t.tray.image.file).toBe('/res/tray/tray-paused.png');
    t.view.render(withWorker('error', null, 'The engine failed'));
    expect(t.tray.image.file).toBe('/res/tray/tray-error.png');
  });

  it('rebuilds the menu only when what it shows changes', () => {
    const t = setup();
    t.view.setState(serving(demo));
    t.view.setState(serving(demo));
    expect(t.tray.menus).toHaveLength(1);
    t.view.setState(serving(qwen));
    expect(t.tray.menus).toHaveLength(2);
  });

  it('uses template icons on macOS, opens the dashboard on a click, and lets go of the tray', () => {
    const t = setup('darwin');
    t.view.render(serving(null));
    expect(t.tray.image.file).toBe('/res/tray/tray-servingTemplate.png');
    t.tray.clickListener?.();
    expect(t.calls).toEqual(['open']);
    t.view.destroy();
    expect(t.tray.destroyed).toBe(true);
  });
});
