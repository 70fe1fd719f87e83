// macOS: sandbox-exec with a profile that denies the network, new processes (fork, and exec of anything but
// Node itself, which sandbox-exec execs in place) and writes outside the work dir. sandbox-exec is
// deprecated by Apple but still shipped; it is what the OS offers without an entitled helper.
// Not runnable on the Linux machines this was written on: the profile follows Apple's SBPL as Chromium
// and Firefox use it.
import type { ConfinementNeeds } from './confinement.js';

/** SBPL string literal: backslashes and quotes escaped. */
const lit = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

export function sandboxExecProfile(needs: ConfinementNeeds): string {
  return [
    '(version 1)',
    '(allow default)',
    '(deny network*)',
    '(deny process-fork)',
    '(deny process-exec*)',
    `(allow process-exec (literal ${lit(needs.execPath)}))`,
    '(deny file-write*)',
    `(allow file-write* (subpath ${lit(needs.workDir)}) (literal "/dev/null"))`,
  ].join('\n');
}

export function sandboxExecArgs(needs: ConfinementNeeds): string[] {
  return ['-p', sandboxExecProfile(needs), '--'];
}
