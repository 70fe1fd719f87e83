// The Electron shell: app lifecycle, tray, the dashboard window, the IPC bridge and OS integration
// (login item, single instance). Thin by design: everything the product does lives in the core (src/),
// built here with Electron adapters.
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeImage,
  powerMonitor,
  session,
  shell,
  Tray,
  type NativeImage,
} from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNode } from '../src/node/node.js';
import { detectHardware } from '../src/bench/hardware.js';
import { errorMessage, stderrSink } from '../src/logging/logger.js';
import { networkResolver } from '../src/launch/resolve-network.js';
import { ElectronStoreBackend } from './settings-store.js';
import { createDashboardWindow } from './window.js';
import { registerIpc } from './ipc.js';
import { TrayView } from './tray.js';
import { traySettings } from './tray-settings.js';
import { UtilityProcessLauncher } from './utility-launcher.js';
import { SafeStorageSecretStore } from './safe-storage-secrets.js';
import { showNotes } from './notifications.js';
import { notesFor } from '../src/desktop/notes.js';
import { startUpdates } from './updates.js';
import { PowerMonitorIdleSource } from '../src/availability/system-sensors.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const appDir = path.resolve(here, '../..');
const resources = app.isPackaged
  ? path.join(process.resourcesPath, 'resources')
  : path.join(appDir, 'resources');

async function boot(): Promise<void> {
  await app.whenReady();
  const dataDir = app.getPath('userData');
  const node = await createNode({
    version: app.getVersion(),
    dataDir,
    settingsBackend: new ElectronStoreBackend(dataDir),
    logSink: stderrSink,
    detectHardware,
    sandboxLauncher: new UtilityProcessLauncher(),
    inputIdle: new PowerMonitorIdleSource(() => powerMonitor.getSystemIdleTime()),
    resolveNetwork: networkResolver({ dataDir }),
    // Without a keychain (some Linux desktops) the core's 0600 file store is used.
    ...(SafeStorageSecretStore.available()
      ? { secrets: new SafeStorageSecretStore(path.join(dataDir, 'secrets.safe.json')) }
      : {}),
  });
  const shellLog = node.log.child('shell');
  const dashboard = createDashboardWindow({
    rendererDir: path.join(appDir, 'dist', 'renderer'),
    preload: path.join(here, 'preload.cjs'),
    icon: path.join(resources, 'icons', '256x256.png'),
    electron: {
      createWindow: (options) => new BrowserWindow(options),
      session: session.defaultSession,
      openExternal: (url) => shell.openExternal(url),
      onError: (what, err) => {
        shellLog.warn(`${what} failed: ${errorMessage(err)}`);
      },
    },
  });
  registerIpc({
    ipc: ipcMain,
    dispatch: node.dispatch,
    subscribe: (listener) => node.hub.subscribe(listener),
    getWindow: () => dashboard.get(),
    isOwnUrl: (url) => dashboard.isOwnUrl(url),
  });

  const pause = (forMs?: number): void =>
    void node.dispatch('worker:pause', forMs === undefined ? {} : { forMs });
  const tray = new TrayView<NativeImage>({
    resources,
    platform: process.platform,
    electron: {
      createTray: (image) => {
        const t = new Tray(image);
        return {
          setImage: (i) => {
            t.setImage(i);
          },
          setToolTip: (text) => {
            t.setToolTip(text);
          },
          setContextMenu: (template) => {
            t.setContextMenu(Menu.buildFromTemplate(template));
          },
          on: (event, listener) => t.on(event, listener),
          destroy: () => {
            t.destroy();
          },
        };
      },
      imageFromPath: (file) => nativeImage.createFromPath(file),
    },
    settings: () => traySettings(node.settings.get(), app.getLocale()),
    actions: {
      openDashboard: () => {
        dashboard.show();
      },
      pause,
      pauseUntilTomorrow: () => void node.dispatch('worker:pause', { until: 'tomorrow' }),
      resume: () => void node.dispatch('worker:resume', {}),
      throttle: (level, choice) => void node.dispatch('worker:throttle', { level, ...choice }),
      quit: () => {
        dashboard.allowQuit();
        app.quit();
      },
    },
  });
  let last = node.state.get();
  node.hub.subscribe((m) => {
    if (m.event !== 'state:changed') return;
    tray.setState(m.payload);
    showNotes(notesFor(last, m.payload));
    last = m.payload;
  });
  tray.render(node.state.get());

  const applyLoginItem = (open: boolean): void => {
    app.setLoginItemSettings({ openAtLogin: open, args: ['--hidden'] });
  };
  applyLoginItem(node.settings.get().startAtLogin);
  node.settings.onChange((next, prev) => {
    if (next.startAtLogin !== prev.startAtLogin) applyLoginItem(next.startAtLogin);
    // The tray speaks the owner's language and offers their levels by name.
    tray.setState(node.state.get());
  });

  app.on('second-instance', () => {
    dashboard.show();
  });
  app.on('window-all-closed', () => {
    /* stay in the tray */
  });
  app.on('before-quit', () => {
    dashboard.allowQuit();
  });
  let stopping = false;
  app.on('will-quit', (event) => {
    if (stopping) return;
    stopping = true;
    event.preventDefault();
    void node.stop().finally(() => {
      tray.destroy();
      app.exit(0);
    });
  });

  await node.start();
  startUpdates(() => node.settings.get(), node.log.child('updates'));
  if (!process.argv.includes('--hidden')) dashboard.show();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  boot().catch((err: unknown) => {
    dialog.showErrorBox('Silkworm could not start', errorMessage(err));
    app.exit(1);
  });
}
