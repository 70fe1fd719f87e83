// The dashboard window: sandboxed, context-isolated, no Node, strict CSP, no navigation, no popups;
// external links only to an allow-list, opened in the system browser (window-policy.ts). Closing hides it
// to the tray. Electron's pieces come in as options, so the window's behaviour is tested under plain Node.
import type { BrowserWindowConstructorOptions } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BridgeWindow } from './ipc.js';
import { applyWindowPolicy, type PolicyContents, type Preventable } from './window-policy.js';

/** The parts of a BrowserWindow the dashboard uses. */
export interface DashboardBrowserWindow extends BridgeWindow {
  readonly webContents: BridgeWindow['webContents'] & PolicyContents;
  on(event: 'close', listener: (event: Preventable) => void): unknown;
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  hide(): void;
  focus(): void;
  loadURL(url: string): Promise<void>;
}

/** Electron, as the window needs it: main.ts passes the real pieces, tests pass fakes. */
export interface WindowParts {
  createWindow(options: BrowserWindowConstructorOptions): DashboardBrowserWindow;
  /** The default session (permission requests: camera, notifications, …). */
  session: {
    setPermissionRequestHandler(
      handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
    ): void;
  };
  openExternal(url: string): Promise<void>;
  /** Told when a page fails to load or an allowed link fails to open. */
  onError(what: string, err: unknown): void;
}

export interface DashboardWindow {
  show(): void;
  get(): DashboardBrowserWindow | null;
  isOwnUrl(url: string): boolean;
  allowQuit(): void;
}

export function createDashboardWindow(opts: {
  rendererDir: string;
  preload: string;
  icon: string;
  electron: WindowParts;
}): DashboardWindow {
  const { electron } = opts;
  const indexUrl = pathToFileURL(path.join(opts.rendererDir, 'index.html')).href;
  const isOwnUrl = (url: string): boolean => url.split('#')[0] === indexUrl;
  let win: DashboardBrowserWindow | null = null;
  let quitting = false;

  electron.session.setPermissionRequestHandler((_wc, _permission, callback) => {
    callback(false);
  });

  const create = (): DashboardBrowserWindow => {
    const w = electron.createWindow({
      width: 1100,
      height: 760,
      minWidth: 800,
      minHeight: 600,
      show: false,
      icon: opts.icon,
      title: 'Silkworm',
      webPreferences: {
        preload: opts.preload,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        webviewTag: false,
        spellcheck: false,
      },
    });
    applyWindowPolicy(w.webContents, {
      isOwnUrl,
      openExternal: (url) => electron.openExternal(url),
      onOpenFailed: (_url, err) => {
        electron.onError('opening an external link', err);
      },
    });
    w.on('close', (event) => {
      if (!quitting) {
        event.preventDefault();
        w.hide();
      }
    });
    w.once('ready-to-show', () => {
      w.show();
    });
    w.loadURL(indexUrl).catch((err: unknown) => {
      electron.onError('loading the dashboard', err);
    });
    return w;
  };

  return {
    show() {
      if (!win || win.isDestroyed()) win = create();
      else {
        win.show();
        win.focus();
      }
    },
    get: () => win,
    isOwnUrl,
    allowQuit() {
      quitting = true;
    },
  };
}
