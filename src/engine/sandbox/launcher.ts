// How the sandbox child process is started. The daemon uses child_process.fork; the Electron shell can
// supply a launcher built on utilityProcess with the same shape (this module never imports electron).
import { fork, type ChildProcess } from 'node:child_process';

export interface SandboxLaunchSpec {
  /** Absolute path of the compiled JS entry. */
  entry: string;
  /** Node flags for the child: the permission model's allow-list. */
  execArgv: string[];
  env: Record<string, string>;
  cwd: string;
}

export interface SandboxProcess {
  readonly pid: number | undefined;
  send(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  /** Called once when the process has exited (code, or the signal that ended it). */
  onExit(listener: (code: number | null, signal: string | null) => void): void;
  /** Ends this process (by handle, never by name). */
  kill(signal?: 'SIGTERM' | 'SIGKILL'): void;
}

export interface SandboxLauncher {
  readonly kind: string;
  launch(spec: SandboxLaunchSpec): SandboxProcess;
}

class ForkedProcess implements SandboxProcess {
  readonly #child: ChildProcess;
  constructor(child: ChildProcess) {
    this.#child = child;
  }
  get pid(): number | undefined {
    return this.#child.pid;
  }
  send(message: unknown): void {
    if (this.#child.connected) this.#child.send(message as object);
  }
  onMessage(listener: (message: unknown) => void): void {
    this.#child.on('message', listener);
  }
  onExit(listener: (code: number | null, signal: string | null) => void): void {
    this.#child.once('exit', listener);
  }
  kill(signal: 'SIGTERM' | 'SIGKILL' = 'SIGKILL'): void {
    if (this.#child.exitCode === null && this.#child.signalCode === null) this.#child.kill(signal);
  }
}

export class ChildProcessLauncher implements SandboxLauncher {
  readonly kind = 'child_process';
  launch(spec: SandboxLaunchSpec): SandboxProcess {
    const child = fork(spec.entry, [], {
      execArgv: spec.execArgv,
      env: spec.env,
      cwd: spec.cwd,
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'json',
    });
    // stderr is drained (never logged verbatim: llama.cpp could echo input on some errors) so it cannot block.
    child.stderr?.resume();
    return new ForkedProcess(child);
  }
}
