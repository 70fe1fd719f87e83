// The dashboard window: sandboxed, context-isolated, no Node, strict CSP, no navigation, no popups;
// external links only to an allow-list, opened in the system browser. Closing hides it to the tray.
import { BrowserWindow, session, shell } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// Links the dashboard may open outside the app: wallet apps (TON Connect), the embedded devnet wallet's
// approval page on this machine, and block explorers. Everything else is refused.
const EXTERNAL_ALLOW = [
  /^tc:\/\//,
  /^https:\/\/app\.tonkeeper\.com\//,
  /^https:\/\/t\.me\//,
  /^https:\/\/connect\.mytonwallet\.org\//,
  /^https:\/\/tonhub\.com\//,
  /^http:\/\/127\.0\.0\.1:\d+\/wallet\/connect(\?|$)/,
  /^https:\/\/tonviewer\.com\//,
  /^https:\/\/tonscan\.org\//,
];

export interface DashboardWindow {
  show(): void;
  get(): BrowserWindow | null;
  isOwnUrl(url: string): boolean;
  allowQuit(): void;
}

export function createDashboardWindow(opts: { rendererDir: string; preload: string; icon: string }): DashboardWindow {
  const indexUrl = pathToFileURL(path.join(opts.rendererDir, 'index.html')).href;
  const isOwnUrl = (url: string): boolean => url.split('#')[0] === indexUrl;
  let win: BrowserWindow | null = null;
  let quitting = false;

  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => {
    callback(false);
  });

  const create = (): BrowserWindow => {
    const w = new BrowserWindow({
      width: 1100,
      height: 760,
      minWidth: 800,
      minHeight: 600,
      show: false,
      icon: opts.icon,
      title: 'Silkworm',
      webPreferences: { preload: opts.preload, sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false, spellcheck: false },
    });
    w.webContents.setWindowOpenHandler(({ url }) => {
      if (EXTERNAL_ALLOW.some((re) => re.test(url))) void shell.openExternal(url);
      return { action: 'deny' };
    });
    w.webContents.on('will-navigate', (event, url) => {
      if (!isOwnUrl(url)) event.preventDefault();
    });
    w.webContents.on('will-attach-webview', (event) => {
      event.preventDefault();
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
    void w.loadURL(indexUrl);
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
