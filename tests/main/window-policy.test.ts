// The dashboard window's rules, through a fake BrowserWindow (Electron cannot run here): sandboxed with no
// Node, window.open always denied, only allow-listed links leave the app (in the system browser),
// navigation away from our page and webviews blocked, permission requests refused, close hides to the tray.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { createDashboardWindow, type DashboardBrowserWindow } from '../../main/window.js';
import { isAllowedExternal, type Preventable } from '../../main/window-policy.js';

class FakeContents extends EventEmitter {
  readonly mainFrame = { url: '' };
  openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  send(): void {
    /* events are not part of this test */
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.openHandler = handler;
  }
}

class FakeWindow extends EventEmitter implements DashboardBrowserWindow {
  readonly webContents = new FakeContents();
  shown = 0;
  hidden = 0;
  destroyed = false;
  loaded: string | null = null;
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  show(): void {
    this.shown++;
  }
  hide(): void {
    this.hidden++;
  }
  focus(): void {
    /* focus is not observable here */
  }
  loadURL(url: string): Promise<void> {
    this.loaded = url;
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  }
}

/** A cancellable Electron event: records whether the handler prevented the default. */
const electronEvent = (): Preventable & { prevented: boolean } => {
  const e = {
    prevented: false,
    preventDefault: () => {
      e.prevented = true;
    },
  };
  return e;
};

function setup() {
  const windows: FakeWindow[] = [];
  const opened: string[] = [];
  const errors: string[] = [];
  let permissionHandler:
    ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  const dashboard = createDashboardWindow({
    rendererDir: '/app/dist/renderer',
    preload: '/app/dist/main/preload.cjs',
    icon: '/app/resources/icons/256x256.png',
    electron: {
      createWindow: (options) => {
        const w = new FakeWindow(options);
        windows.push(w);
        return w;
      },
      session: {
        setPermissionRequestHandler: (handler) => {
          permissionHandler = handler;
        },
      },
      openExternal: (url) => {
        opened.push(url);
        return url.startsWith('tc://broken') ? Promise.reject(new Error('no handler')) : Promise.resolve();
      },
      onError: (what) => errors.push(what),
    },
  });
  const win = (): FakeWindow => {
    const w = windows.at(-1);
    if (!w) throw new Error('no window was created');
    return w;
  };
  return { dashboard, windows, win, opened, errors, permission: () => permissionHandler };
}

const OWN = 'file:///app/dist/renderer/index.html';

describe('dashboard window policy', () => {
  it('creates a sandboxed, context-isolated window without Node or webviews, showing our page', () => {
    const t = setup();
    t.dashboard.show();
    expect(t.win().options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webviewTag: false,
      preload: '/app/dist/main/preload.cjs',
    });
    expect(t.win().loaded).toBe(OWN);
    expect(t.dashboard.isOwnUrl(`${OWN}#/settings`)).toBe(true);
    expect(t.dashboard.isOwnUrl('file:///elsewhere/index.html')).toBe(false);
    t.win().emit('ready-to-show');
    expect(t.win().shown).toBe(1);
  });

  it('denies every window.open; only allow-listed links go to the system browser', async () => {
    const t = setup();
    t.dashboard.show();
    const open = (url: string) => t.win().webContents.openHandler?.({ url });
    const allowed = [
      'tc://connect?v=2',
      'https://app.tonkeeper.com/ton-connect?x=1',
      'https://tonviewer.com/EQabc',
      'http://127.0.0.1:8123/wallet/connect?id=1',
    ];
    const refused = [
      'https://evil.example/',
      'http://app.tonkeeper.com/',
      'https://tonviewer.com.evil.example/',
      'file:///etc/passwd',
      'http://127.0.0.1:8123/admin',
      'javascript:alert(1)',
    ];
    for (const url of [...allowed, ...refused]) expect(open(url)).toEqual({ action: 'deny' });
    expect(t.opened).toEqual(allowed);
    for (const url of refused) expect(isAllowedExternal(url)).toBe(false);
    // A link the OS cannot open is reported, not thrown into the window.
    open('tc://broken');
    await Promise.resolve();
    expect(t.errors).toEqual(['opening an external link']);
  });

  it('blocks navigation away from our page and every webview', () => {
    const t = setup();
    t.dashboard.show();
    const navigate = (url: string): boolean => {
      const e = electronEvent();
      t.win().webContents.emit('will-navigate', e, url);
      return e.prevented;
    };
    expect(navigate('https://evil.example/')).toBe(true);
    expect(navigate('https://tonviewer.com/EQabc')).toBe(true);
    expect(navigate(`${OWN}#/earnings`)).toBe(false);
    const webview = electronEvent();
    t.win().webContents.emit('will-attach-webview', webview);
    expect(webview.prevented).toBe(true);
  });

  it('refuses every permission request', () => {
    const t = setup();
    const answers: boolean[] = [];
    t.permission()?.(null, 'media', (granted) => answers.push(granted));
    t.permission()?.(null, 'notifications', (granted) => answers.push(granted));
    expect(answers).toEqual([false, false]);
  });

  it('hides to the tray on close until quitting, and reuses the window', () => {
    const t = setup();
    t.dashboard.show();
    const close = electronEvent();
    t.win().emit('close', close);
    expect([close.prevented, t.win().hidden]).toEqual([true, 1]);
    t.dashboard.show();
    expect(t.windows).toHaveLength(1);
    expect(t.win().shown).toBe(1);
    t.dashboard.allowQuit();
    const closing = electronEvent();
    t.win().emit('close', closing);
    expect(closing.prevented).toBe(false);
    t.win().destroyed = true;
    t.dashboard.show();
    expect(t.windows).toHaveLength(2);
  });
});
