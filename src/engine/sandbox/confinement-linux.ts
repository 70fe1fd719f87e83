// Linux confinement without root. bubblewrap (bwrap): new user, network, pid, ipc, uts and cgroup
// namespaces; a filesystem view holding only the system libraries, the paths the permission model admits
// (read-only), the GPU device files and the work dir (the only writable place); no capabilities; a seccomp
// program refusing new processes; it dies with its parent. util-linux unshare: new user and network
// namespaces only (no filesystem view, no process filter), exec'd in place so the handle is Node itself.
import { lstatSync, readlinkSync, realpathSync } from 'node:fs';
import type { ConfinementNeeds } from './confinement.js';

/** Top-level folders the dynamic loader and Node need; on merged-/usr systems some are links into /usr. */
const systemRoots = ['/bin', '/sbin', '/lib', '/lib64', '/lib32', '/libx32'];

const strip = (p: string): string => (p.length > 1 && p.endsWith('/') ? p.slice(0, -1) : p);

function systemView(): string[] {
  const out = ['--ro-bind', '/usr', '/usr'];
  for (const root of systemRoots) {
    try {
      const st = lstatSync(root);
      if (st.isSymbolicLink()) out.push('--symlink', readlinkSync(root), root);
      else if (st.isDirectory()) out.push('--ro-bind', root, root);
    } catch {
      // Not on this distribution.
    }
  }
  return out;
}

function withReal(path: string): string[] {
  try {
    const real = realpathSync(path);
    return real === path ? [path] : [path, real];
  } catch {
    return [path];
  }
}

/** bwrap's arguments up to (not including) Node's path. The seccomp program is read from `seccompFd`. */
export function bwrapArgs(needs: ConfinementNeeds, seccompFd: number | null): string[] {
  const binds: string[] = [];
  for (const raw of needs.readPaths) {
    const p = strip(raw);
    // The child's own /proc has it; /usr and /sys are in the view whole (binding a link inside them fails).
    if (['/proc/', '/usr/', '/sys/'].some((covered) => p.startsWith(covered))) continue;
    if (p.startsWith('/dev/')) binds.push('--dev-bind-try', p, p);
    else for (const q of withReal(p)) binds.push('--ro-bind-try', q, q);
  }
  for (const q of withReal(needs.execPath)) binds.push('--ro-bind-try', q, q);
  const workDir = strip(needs.workDir);
  return [
    '--unshare-all',
    '--die-with-parent',
    '--new-session',
    '--cap-drop',
    'ALL',
    ...systemView(),
    '--ro-bind-try',
    '/etc/ld.so.cache',
    '/etc/ld.so.cache',
    '--proc',
    '/proc',
    '--dev',
    '/dev',
    // GPU runtimes find devices and topology here; read-only, and it holds no user data.
    '--ro-bind',
    '/sys',
    '/sys',
    ...binds,
    // Last, so no read-only bind above hides it.
    '--bind',
    workDir,
    workDir,
    // bwrap builds the view on a tmpfs: read-only too (after every mount point is made), so no write
    // lands anywhere but the work dir, which is a mount of its own.
    '--remount-ro',
    '/',
    '--chdir',
    workDir,
    // The view has no /etc/passwd, so os.homedir() (which node-llama-cpp calls) needs HOME: the work dir.
    '--setenv',
    'HOME',
    workDir,
    ...(seccompFd === null ? [] : ['--seccomp', String(seccompFd)]),
    '--',
  ];
}

export type UnshareUserMap = '--map-current-user' | '--map-root-user';

/** unshare's arguments up to Node's path. It execs Node in place (no --fork): the pid is Node's. */
export function unshareArgs(map: UnshareUserMap): string[] {
  return ['--user', map, '--net', '--ipc', '--uts', '--'];
}
