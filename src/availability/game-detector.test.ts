import { describe, expect, it } from 'vitest';
import { isLauncherExecutable, matchGamePath } from './game-catalog.js';
import { detect, type DetectorOptions } from './game-detector.js';
import type { ProcessInfo } from './sensors.js';

const opts: DetectorOptions = {
  pauseForGames: true,
  pauseForPrograms: [],
  ignorePrograms: [],
  gpuBusyThresholdMb: 700,
};
const proc = (pid: number, exe: string, argv0: string | null = null): ProcessInfo => ({
  pid,
  name: exe.split(/[\\/]/).pop()!.slice(0, 15),
  exe,
  argv0,
});

describe('game catalog', () => {
  const games: Array<[string, string]> = [
    ['C:\\Program Files (x86)\\Steam\\steamapps\\common\\ELDEN RING\\Game\\eldenring.exe', 'Steam'],
    ['/home/ann/.local/share/Steam/steamapps/common/Hades/Hades', 'Steam'],
    [
      '/Users/ann/Library/Application Support/Steam/steamapps/common/Dota 2/game/dota.app/Contents/MacOS/dota2',
      'Steam',
    ],
    ['D:\\SteamLibrary\\steamapps\\common\\Cyberpunk 2077\\bin\\x64\\Cyberpunk2077.exe', 'Steam'],
    [
      'C:\\Program Files\\Epic Games\\Fortnite\\FortniteGame\\Binaries\\Win64\\FortniteClient-Win64-Shipping.exe',
      'Epic Games',
    ],
    ['/Users/Shared/Epic Games/RocketLeague/RocketLeague.app/Contents/MacOS/RocketLeague', 'Epic Games'],
    ['/home/ann/Games/Heroic/Hollow Knight/hollow_knight.x86_64', 'Heroic (Epic/GOG on Linux and macOS)'],
    ['C:\\Program Files (x86)\\Overwatch\\_retail_\\Overwatch.exe', 'Battle.net'],
    [
      '/Applications/World of Warcraft/_retail_/World of Warcraft.app/Contents/MacOS/World of Warcraft',
      'Battle.net',
    ],
    ['C:\\Program Files\\EA Games\\Battlefield 2042\\BF2042.exe', 'EA app'],
    [
      'C:\\Program Files (x86)\\Ubisoft\\Ubisoft Game Launcher\\games\\Far Cry 6\\bin\\FarCry6.exe',
      'Ubisoft Connect',
    ],
    ['C:\\Program Files (x86)\\GOG Galaxy\\Games\\The Witcher 3\\bin\\x64\\witcher3.exe', 'GOG Galaxy'],
    ['C:\\Riot Games\\VALORANT\\live\\VALORANT.exe', 'Riot Games'],
    ['C:\\Riot Games\\League of Legends\\Game\\League of Legends.exe', 'Riot Games'],
    ['C:\\XboxGames\\Starfield\\Content\\Starfield.exe', 'Xbox app'],
  ];
  it.each(games)('%s is a game of %s', (path, launcher) => {
    expect(matchGamePath(path)?.launcher.name).toBe(launcher);
  });

  const notGames = [
    'C:\\Program Files (x86)\\Steam\\steam.exe',
    'C:\\Program Files (x86)\\Steam\\bin\\cef\\cef.win7x64\\steamwebhelper.exe',
    '/home/ann/.local/share/Steam/ubuntu12_32/steam',
    '/home/ann/.local/share/Steam/steamapps/common/Proton 9.0 (Beta)/files/bin/wine64-preloader',
    '/home/ann/.local/share/Steam/steamapps/common/SteamLinuxRuntime_sniper/pressure-vessel/bin/pv-adverb',
    'C:\\Program Files (x86)\\Steam\\steamapps\\common\\Cyberpunk 2077\\_CommonRedist\\vcredist\\2019\\VC_redist.x64.exe',
    'C:\\Program Files (x86)\\Epic Games\\Launcher\\Portal\\Binaries\\Win64\\EpicGamesLauncher.exe',
    'C:\\Program Files (x86)\\Battle.net\\Battle.net.exe',
    'C:\\Program Files\\Electronic Arts\\EA Desktop\\EA Desktop\\EADesktop.exe',
    'C:\\Program Files (x86)\\Ubisoft\\Ubisoft Game Launcher\\upc.exe',
    'C:\\Program Files (x86)\\GOG Galaxy\\GalaxyClient.exe',
    'C:\\Riot Games\\Riot Client\\RiotClientServices.exe',
    'C:\\Riot Games\\League of Legends\\LeagueClient.exe',
    'C:\\Program Files (x86)\\Mozilla Firefox\\firefox.exe',
    'C:\\Program Files (x86)\\Steam\\steamapps\\common\\wallpaper_engine\\wallpaper64.exe',
    '/usr/bin/firefox',
    'C:\\Program Files (x86)\\Steam\\steamapps\\common\\readme.txt',
  ];
  it.each(notGames)('%s is not a game', (path) => {
    expect(matchGamePath(path)).toBeNull();
  });

  it('knows launcher executables', () => {
    expect(isLauncherExecutable('C:\\x\\EpicGamesLauncher.exe')).toBe(true);
    expect(isLauncherExecutable('eldenring.exe')).toBe(false);
  });
});

describe('detector', () => {
  it('launchers idling in the tray do not pause; their games do', () => {
    const tray = [
      proc(1, 'C:\\Program Files (x86)\\Steam\\steam.exe'),
      proc(2, 'C:\\Program Files (x86)\\GOG Galaxy\\GalaxyClient.exe'),
    ];
    expect(detect(tray, 'absent', new Set(), opts)).toEqual([]);
    const game = proc(3, 'D:\\SteamLibrary\\steamapps\\common\\ELDEN RING\\Game\\eldenring.exe');
    expect(detect([...tray, game], 'absent', new Set(), opts)).toEqual([
      { kind: 'game', name: 'eldenring.exe', pid: 3, launcher: 'Steam' },
    ]);
  });

  it('finds a Proton game through argv0 while the executable is wine', () => {
    const wine = proc(
      10,
      '/home/ann/.local/share/Steam/steamapps/common/Proton 9.0 (Beta)/files/bin/wine64-preloader',
      'Z:\\home\\ann\\.local\\share\\Steam\\steamapps\\common\\ELDEN RING\\Game\\eldenring.exe',
    );
    expect(detect([wine], 'absent', new Set(), opts)[0]).toMatchObject({
      kind: 'game',
      name: 'eldenring.exe',
    });
  });

  it("the owner's own programs pause, by name (.exe optional) or full path; ignored ones never do", () => {
    const list = [proc(5, '/usr/bin/blender'), proc(6, 'C:\\Tools\\OBS\\obs64.exe')];
    const own = detect(list, 'absent', new Set(), {
      ...opts,
      pauseForPrograms: ['Blender.exe', 'c:/tools/obs/OBS64.EXE'],
    });
    expect(own.map((d) => [d.kind, d.name])).toEqual([
      ['program', 'blender'],
      ['program', 'obs64.exe'],
    ]);
    const game = proc(7, 'C:\\Riot Games\\VALORANT\\live\\VALORANT.exe');
    expect(detect([game], 'absent', new Set(), { ...opts, ignorePrograms: ['valorant'] })).toEqual([]);
    expect(detect([game], 'absent', new Set(), { ...opts, pauseForGames: false })).toEqual([]);
  });

  it('another program using the GPU above the threshold pauses; compositors, our sandbox and small users do not', () => {
    const gpu = [
      { pid: 20, name: '/usr/lib/xorg/Xorg', type: 'G' as const, usedMb: 900 },
      { pid: 21, name: 'python3', type: 'C' as const, usedMb: 6000 },
      { pid: 22, name: '/usr/bin/firefox', type: 'G' as const, usedMb: 300 },
      { pid: 23, name: 'node', type: 'C' as const, usedMb: 9000 },
      { pid: 24, name: 'C:\\Games\\x.exe', type: 'C+G' as const, usedMb: null },
    ];
    expect(detect([], gpu, new Set([23]), opts)).toEqual([
      { kind: 'gpu-busy', name: 'python3', pid: 21, usedMb: 6000 },
    ]);
    expect(detect([], gpu, new Set([23]), { ...opts, gpuBusyThresholdMb: null })).toEqual([]);
  });
});
