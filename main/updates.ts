// App updates through electron-updater from a generic feed: the URL baked in at packaging time
// (electron-builder.yml `publish`), or the one in the owner's settings. The owner can turn them off.
import { app } from 'electron';
import electronUpdater from 'electron-updater';
import type { Settings } from '../src/api/settings.js';
import { errorMessage, type Logger } from '../src/logging/logger.js';

const SIX_HOURS = 6 * 3600 * 1000;

export function startUpdates(getSettings: () => Settings, log: Logger): () => void {
  if (!app.isPackaged) return () => undefined; // development runs have no feed
  const { autoUpdater } = electronUpdater;
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = true;
  const check = (): void => {
    const { auto, feedUrl } = getSettings().updates;
    if (!auto) return;
    if (feedUrl) autoUpdater.setFeedURL({ provider: 'generic', url: feedUrl });
    autoUpdater.checkForUpdatesAndNotify().catch((err: unknown) => {
      log.warn(`update check failed: ${errorMessage(err)}`);
    });
  };
  check();
  const timer = setInterval(check, SIX_HOURS);
  return () => {
    clearInterval(timer);
  };
}
