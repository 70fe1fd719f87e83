// Runs the `silkworm` command line against a running daemon's data folder, as an owner would in a shell.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { repoRoot, type DaemonProcess } from './daemon.js';

const run = promisify(execFile);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `silkworm ARGS --data-dir <the daemon's>`; a failing exit comes back as its code, never a throw. */
export function cliFor(daemon: () => DaemonProcess): (...args: string[]) => Promise<CliResult> {
  return async (...args) => {
    try {
      const r = await run(process.execPath, [
        path.join(repoRoot, 'bin', 'silkworm.js'),
        ...args,
        '--data-dir',
        daemon().dataDir,
      ]);
      return { code: 0, stdout: r.stdout, stderr: r.stderr };
    } catch (err) {
      const e = err as CliResult;
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };
}
