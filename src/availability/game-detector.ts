// Turns a process list and the GPU's process table into "something of the owner's needs the GPU": a game
// from a known launcher library, one of the owner's own programs, or any other program using the GPU.
import { baseName, matchGamePath, normalizePath, type GameMatch } from './game-catalog.js';
import type { GpuProcess, ProcessInfo } from './sensors.js';

export const detectionKinds = ['game', 'program', 'gpu-busy'] as const;
export type DetectionKind = (typeof detectionKinds)[number];

export interface Detection {
  kind: DetectionKind;
  /** What the owner recognises: the executable's file name, e.g. "eldenring.exe". */
  name: string;
  pid: number;
  /** The launcher whose library holds the game (kind "game"). */
  launcher?: string;
  /** GPU memory the program uses (kind "gpu-busy"). */
  usedMb?: number;
}

export interface DetectorOptions {
  pauseForGames: boolean;
  pauseForPrograms: readonly string[];
  ignorePrograms: readonly string[];
  gpuBusyThresholdMb: number | null;
}

/** Desktop compositors always hold some GPU memory; they are the desktop, not a competing program. */
const compositors = new Set([
  'xorg',
  'xwayland',
  'gnome-shell',
  'kwin_x11',
  'kwin_wayland',
  'kwin',
  'sway',
  'hyprland',
  'mutter',
  'dwm.exe',
  'explorer.exe',
  'windowserver',
]);

/** Every detection, games first, then the owner's programs, then other GPU users. */
export function detect(
  processes: readonly ProcessInfo[],
  gpuProcesses: readonly GpuProcess[] | 'absent',
  ownPids: ReadonlySet<number>,
  options: DetectorOptions,
): Detection[] {
  const ignore = programMatcher(options.ignorePrograms);
  const own = programMatcher(options.pauseForPrograms);
  const games: Detection[] = [];
  const programs: Detection[] = [];
  for (const p of processes) {
    if (ownPids.has(p.pid)) continue;
    const paths = candidatePaths(p);
    if (ignore(p.name, paths)) continue;
    if (options.pauseForGames) {
      const game = gameMatchOf(p, paths);
      if (game) {
        games.push({ kind: 'game', name: game.executable, pid: p.pid, launcher: game.launcher.name });
        continue;
      }
    }
    if (own(p.name, paths)) programs.push({ kind: 'program', name: displayName(p, paths), pid: p.pid });
  }
  const busy: Detection[] = [];
  const threshold = options.gpuBusyThresholdMb;
  if (threshold !== null && gpuProcesses !== 'absent') {
    for (const g of gpuProcesses) {
      if (ownPids.has(g.pid) || g.usedMb === null || g.usedMb < threshold) continue;
      if (compositors.has(baseName(g.name).toLowerCase()) || ignore(g.name, [g.name])) continue;
      busy.push({ kind: 'gpu-busy', name: baseName(g.name), pid: g.pid, usedMb: g.usedMb });
    }
  }
  return [...games, ...programs, ...busy];
}

function candidatePaths(p: ProcessInfo): string[] {
  const out: string[] = [];
  if (p.exe) out.push(p.exe);
  if (p.argv0 && p.argv0 !== p.exe) out.push(p.argv0);
  return out;
}

/**
 * Listers hand back the same ProcessInfo object for a process they have already read, so the catalog lookup
 * is remembered per object: a 250 ms tick only matches processes that are new or have exec'd since.
 */
const gameMatches = new WeakMap<ProcessInfo, GameMatch | null>();

function gameMatchOf(p: ProcessInfo, paths: string[]): GameMatch | null {
  const known = gameMatches.get(p);
  if (known !== undefined) return known;
  let match: GameMatch | null = null;
  for (const path of paths) {
    match = matchGamePath(path);
    if (match) break;
  }
  gameMatches.set(p, match);
  return match;
}

function displayName(p: ProcessInfo, paths: string[]): string {
  const first = paths[0];
  return first ? baseName(first) : p.name;
}

/** Entries with a slash are full paths (compared whole); others are file names, ".exe" optional. */
function programMatcher(entries: readonly string[]): (name: string, paths: string[]) => boolean {
  const fullPaths = new Set<string>();
  const names = new Set<string>();
  for (const entry of entries) {
    if (/[\\/]/.test(entry)) fullPaths.add(normalizePath(entry));
    else names.add(stripExe(entry.toLowerCase()));
  }
  if (fullPaths.size === 0 && names.size === 0) return () => false;
  return (name, paths) =>
    names.has(stripExe(name.toLowerCase())) ||
    paths.some(
      (path) => fullPaths.has(normalizePath(path)) || names.has(stripExe(baseName(path).toLowerCase())),
    );
}

function stripExe(name: string): string {
  return name.endsWith('.exe') ? name.slice(0, -4) : name;
}
