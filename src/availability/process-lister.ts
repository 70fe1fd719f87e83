// Lists running processes with their executable paths, cheaply. On Linux it reads /proc directly (no `ps`
// spawn per tick): each tick lists /proc, and reads stat/exe/cmdline only for pids it has not seen (cached by
// pid + start time). Young pids are re-read for a couple of seconds because launchers fork and then exec the
// game (Steam's reaper, Proton), and everything is re-validated now and then to catch pid reuse and late exec.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import type { ProcessInfo, ProcessSource } from './sensors.js';

export interface LinuxProcessListerOptions {
  procRoot?: string;
  now?: () => number;
  /** A call sooner than this after the last scan returns the last list (default 250 ms). */
  minIntervalMs?: number;
  /** Pids first seen less than this long ago are re-read each scan (default 2 s). */
  recheckYoungMs?: number;
  /** Every cached pid is re-read at this period (default 5 s). */
  revalidateMs?: number;
}

interface Entry {
  startTime: string;
  firstSeen: number;
  info: ProcessInfo;
}

export class LinuxProcessLister implements ProcessSource {
  readonly #root: string;
  readonly #now: () => number;
  readonly #minInterval: number;
  readonly #young: number;
  readonly #revalidate: number;
  readonly #cache = new Map<number, Entry>();
  #lastScan = -Infinity;
  #lastRevalidate = -Infinity;
  #last: ProcessInfo[] = [];
  /** Entries read from /proc in the last scan (for the perf section and tests). */
  lastReads = 0;

  constructor(options: LinuxProcessListerOptions = {}) {
    this.#root = options.procRoot ?? '/proc';
    this.#now = options.now ?? Date.now;
    this.#minInterval = options.minIntervalMs ?? 250;
    this.#young = options.recheckYoungMs ?? 2000;
    this.#revalidate = options.revalidateMs ?? 5000;
  }

  list(): Promise<ProcessInfo[]> {
    return Promise.resolve(this.scan());
  }

  scan(): ProcessInfo[] {
    const now = this.#now();
    if (now - this.#lastScan < this.#minInterval) return this.#last;
    // Pids present at the first scan existed before we looked: they are not young.
    const firstScan = this.#lastScan === -Infinity;
    const revalidate = now - this.#lastRevalidate >= this.#revalidate;
    if (revalidate) this.#lastRevalidate = now;
    const seen = new Set<number>();
    const out: ProcessInfo[] = [];
    let reads = 0;
    for (const name of readdirSync(this.#root)) {
      const pid = Number(name);
      if (!Number.isInteger(pid) || pid <= 0) continue;
      seen.add(pid);
      let entry = this.#cache.get(pid);
      if (!entry || revalidate || now - entry.firstSeen < this.#young) {
        reads++;
        const fresh = this.#read(pid, firstScan ? -Infinity : now, entry);
        if (!fresh) {
          this.#cache.delete(pid);
          continue; // exited between readdir and read
        }
        entry = fresh;
        this.#cache.set(pid, entry);
      }
      out.push(entry.info);
    }
    for (const pid of this.#cache.keys()) if (!seen.has(pid)) this.#cache.delete(pid);
    this.#lastScan = now;
    this.lastReads = reads;
    this.#last = out;
    return out;
  }

  /** Reads one pid; a cached entry for the same process with the same exe and comm is kept as it is. */
  #read(pid: number, now: number, cached: Entry | undefined): Entry | null {
    const dir = `${this.#root}/${pid}`;
    let stat: string;
    try {
      stat = readFileSync(`${dir}/stat`, 'latin1');
    } catch {
      return null;
    }
    const parsed = parseProcStat(stat);
    if (!parsed) return null;
    const exe = readExe(dir);
    const sameProcess = cached !== undefined && cached.startTime === parsed.startTime;
    // No exec since the last read: skip reading cmdline (the costliest of the three files).
    if (sameProcess && cached.info.exe === exe && cached.info.name === parsed.comm) return cached;
    return {
      startTime: parsed.startTime,
      firstSeen: sameProcess ? cached.firstSeen : now,
      info: { pid, name: parsed.comm, exe, argv0: readArgv0(dir) },
    };
  }
}

/** comm and start time (field 22) from /proc/<pid>/stat; comm may itself contain spaces and parentheses. */
export function parseProcStat(stat: string): { comm: string; startTime: string } | null {
  const open = stat.indexOf('(');
  const close = stat.lastIndexOf(')');
  if (open === -1 || close < open) return null;
  const fields = stat.slice(close + 2).split(' ');
  const startTime = fields[19]; // fields[0] is field 3 (state)
  if (startTime === undefined) return null;
  return { comm: stat.slice(open + 1, close), startTime };
}

function readExe(dir: string): string | null {
  try {
    const target = readlinkSync(`${dir}/exe`);
    return target.endsWith(' (deleted)') ? target.slice(0, -' (deleted)'.length) : target;
  } catch {
    return null; // kernel threads, or another user's process
  }
}

function readArgv0(dir: string): string | null {
  try {
    const cmdline = readFileSync(`${dir}/cmdline`, 'utf8');
    const first = cmdline.split('\0')[0];
    return first ? first : null;
  } catch {
    return null;
  }
}
