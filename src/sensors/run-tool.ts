// Runs an external tool (nvidia-smi, xprintidle, ps, PowerShell) once, bounded in time and output, and says
// plainly whether the tool is absent here or failed, so callers can report "absent" instead of guessing.
// The one runner for every sensor that asks a tool: availability's processes and idle time, GPU telemetry.
import { execFile } from 'node:child_process';

export type ToolResult =
  { ok: true; stdout: string } | { ok: false; reason: 'absent' | 'failed'; message: string };

export type ToolRunner = (command: string, args: readonly string[], timeoutMs: number) => Promise<ToolResult>;

/** A process table on a busy machine runs to a few MB; more than this is not a tool answering normally. */
const MAX_OUTPUT_BYTES = 4 * 1024 * 1024;

export const runTool: ToolRunner = (command, args, timeoutMs) =>
  new Promise((resolve) => {
    execFile(
      command,
      args,
      { timeout: timeoutMs, maxBuffer: MAX_OUTPUT_BYTES, windowsHide: true },
      (err, stdout) => {
        if (!err) return resolve({ ok: true, stdout });
        const code = (err as NodeJS.ErrnoException).code;
        resolve({ ok: false, reason: code === 'ENOENT' ? 'absent' : 'failed', message: err.message });
      },
    );
  });
