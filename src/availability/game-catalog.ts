// The game launchers we know and where they install games, on Windows, Linux and macOS. A process whose
// executable lies in a game folder under one of these libraries is a game; the launchers themselves (idling
// in the tray) are not. Paths are matched after normalize(): forward slashes, lower case.

export interface LauncherEntry {
  id: string;
  name: string;
  /** Library folders as path fragments ending in "/"; the segment right after one is the game's folder. */
  libraries: string[];
  /** Folders right under a library that belong to the launcher itself (prefix match), not to a game. */
  ownFolders: string[];
  /** When set, only these folders under the library are games (Battle.net installs into Program Files). */
  onlyFolders?: string[];
  /** The launcher's own executables (basenames), which never count as games even inside a library. */
  executables: string[];
}

export const launchers: readonly LauncherEntry[] = [
  {
    id: 'steam',
    name: 'Steam',
    // Windows "C:\Program Files (x86)\Steam\steamapps\common", Linux "~/.local/share/Steam/steamapps/common",
    // macOS "~/Library/Application Support/Steam/steamapps/common", and any extra library folder.
    libraries: ['steamapps/common/'],
    // Steam's own tools, and always-on desktop utilities sold on Steam (they would pause us forever).
    ownFolders: [
      'proton',
      'steamlinuxruntime',
      'steamworks shared',
      'steam controller configs',
      'steamvr',
      'wallpaper_engine',
      'lossless scaling',
      'soundpad',
    ],
    executables: [
      'steam.exe',
      'steamwebhelper.exe',
      'steamservice.exe',
      'steam',
      'steamwebhelper',
      'steam_osx',
      'steam helper',
      'reaper',
      'pressure-vessel-wrap',
    ],
  },
  {
    id: 'epic',
    name: 'Epic Games',
    // Windows "C:\Program Files\Epic Games\<Game>", macOS "/Users/Shared/Epic Games/<Game>".
    libraries: ['epic games/'],
    ownFolders: ['launcher', 'directxredist', 'epic online services'],
    executables: [
      'epicgameslauncher.exe',
      'epicwebhelper.exe',
      'epiconlineservices.exe',
      'epiconlineserviceshost.exe',
      'epicgameslauncher',
      'epic games launcher',
    ],
  },
  {
    id: 'heroic',
    name: 'Heroic (Epic/GOG on Linux and macOS)',
    libraries: ['games/heroic/'],
    ownFolders: ['prefixes', 'tools'],
    executables: ['heroic'],
  },
  {
    id: 'battlenet',
    name: 'Battle.net',
    libraries: ['program files (x86)/', 'program files/', 'applications/'],
    ownFolders: ['battle.net'],
    onlyFolders: [
      'overwatch',
      'world of warcraft',
      'diablo iv',
      'diablo iii',
      'diablo ii resurrected',
      'starcraft ii',
      'starcraft',
      'hearthstone',
      'heroes of the storm',
      'call of duty',
      'warcraft iii',
    ],
    executables: [
      'battle.net.exe',
      'battle.net launcher.exe',
      'agent.exe',
      'blizzard error.exe',
      'battle.net',
    ],
  },
  {
    id: 'ea',
    name: 'EA app',
    libraries: ['ea games/', 'origin games/'],
    ownFolders: [],
    executables: [
      'eadesktop.exe',
      'eabackgroundservice.exe',
      'ealauncher.exe',
      'ealocalhostsvc.exe',
      'eaconnect_microsoft.exe',
      'origin.exe',
      'originwebhelperservice.exe',
      'ea',
      'ea app',
    ],
  },
  {
    id: 'ubisoft',
    name: 'Ubisoft Connect',
    libraries: ['ubisoft game launcher/games/'],
    ownFolders: [],
    executables: [
      'upc.exe',
      'ubisoftconnect.exe',
      'uplaywebcore.exe',
      'ubisoftgamelauncher.exe',
      'ubisoftgamelauncher64.exe',
      'uplayservice.exe',
    ],
  },
  {
    id: 'gog',
    name: 'GOG Galaxy',
    libraries: ['gog galaxy/games/', 'gog games/'],
    ownFolders: [],
    executables: ['galaxyclient.exe', 'galaxyclient helper.exe', 'galaxycommunication.exe', 'gog galaxy'],
  },
  {
    id: 'riot',
    name: 'Riot Games',
    // "C:\Riot Games\VALORANT\live\VALORANT.exe"; the League lobby client is a launcher, the match is a game.
    libraries: ['riot games/'],
    ownFolders: ['riot client'],
    executables: [
      'riotclientservices.exe',
      'riotclientux.exe',
      'riotclientuxrender.exe',
      'riotclientcrashhandler.exe',
      'leagueclient.exe',
      'leagueclientux.exe',
      'leagueclientuxrender.exe',
      'riot client',
    ],
  },
  {
    id: 'xbox',
    name: 'Xbox app',
    libraries: ['xboxgames/', 'modifiablewindowsapps/'],
    ownFolders: ['gamesave'],
    executables: [
      'xboxpcapp.exe',
      'xboxapp.exe',
      'xboxpcappft.exe',
      'gamingservices.exe',
      'gamingservicesnet.exe',
      'xboxgamebarwidgets.exe',
    ],
  },
  {
    id: 'amazon',
    name: 'Amazon Games',
    libraries: ['amazon games/library/'],
    ownFolders: [],
    executables: ['amazon games.exe', 'amazon games ui.exe'],
  },
];

/** Installers and redistributables shipped inside game folders; running them is not playing. */
const notGameFragments = [
  '/_commonredist/',
  '/redist/',
  '/directx/',
  '/vcredist',
  '/easyanticheat/',
  '/battleye/',
];

const launcherExecutables = new Set(launchers.flatMap((l) => l.executables));

/** Whether a process name is one of the known launchers (they may idle in the tray without pausing us). */
export function isLauncherExecutable(name: string): boolean {
  return launcherExecutables.has(baseName(name).toLowerCase());
}

export interface GameMatch {
  launcher: LauncherEntry;
  /** The game's folder name under the library, lower case. */
  folder: string;
  /** The executable's file name as it appears in the path (original case). */
  executable: string;
}

export function normalizePath(path: string): string {
  return ('/' + path.replace(/\\/g, '/')).replace(/\/{2,}/g, '/').toLowerCase();
}

export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] ?? path;
}

/** Which launcher's game this executable path is, or null for anything else (launchers included). */
export function matchGamePath(path: string): GameMatch | null {
  const norm = normalizePath(path);
  const executable = baseName(path);
  const exeLower = executable.toLowerCase();
  if (notGameFragments.some((f) => norm.includes(f)) || launcherExecutables.has(exeLower)) return null;
  for (const launcher of launchers) {
    for (const library of launcher.libraries) {
      const at = norm.indexOf('/' + library);
      if (at === -1) continue;
      const rest = norm.slice(at + library.length + 1);
      const slash = rest.indexOf('/');
      if (slash <= 0) continue; // the library folder itself, or a file lying directly in it
      const folder = rest.slice(0, slash);
      if (launcher.ownFolders.some((own) => folder.startsWith(own))) continue;
      if (launcher.onlyFolders && !launcher.onlyFolders.includes(folder)) continue;
      return { launcher, folder, executable };
    }
  }
  return null;
}
