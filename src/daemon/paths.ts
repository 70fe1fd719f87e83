// Where a headless install keeps its data: SILKWORM_DATA_DIR, or the platform's per-user data folder.
import os from 'node:os';
import path from 'node:path';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SILKWORM_DATA_DIR) return path.resolve(env.SILKWORM_DATA_DIR);
  const home = os.homedir();
  switch (process.platform) {
    case 'win32':
      return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Silkworm');
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', 'Silkworm');
    default:
      return path.join(env.XDG_DATA_HOME ?? path.join(home, '.local', 'share'), 'silkworm');
  }
}

export const DEFAULT_PORT = 7733;

export const dataFiles = {
  settings: 'settings.json',
  token: 'api-token',
  daemon: 'daemon.json',
} as const;
