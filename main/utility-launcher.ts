// The sandbox in the desktop app: Electron's utilityProcess (a Node child that Electron manages and that
// does not need a separate Node binary), with the same launch spec as child_process in the daemon.
import { utilityProcess, type UtilityProcess } from 'electron';
import type { SandboxLauncher, SandboxLaunchSpec, SandboxProcess } from '../src/engine/sandbox/launcher.js';

class UtilitySandboxProcess implements SandboxProcess {
  readonly #child: UtilityProcess;
  #exited = false;
  constructor(child: UtilityProcess) {
    this.#child = child;
    child.once('exit', () => {
      this.#exited = true;
    });
  }
  get pid(): number | undefined {
    return this.#child.pid;
  }
  send(message: unknown): void {
    if (!this.#exited) this.#child.postMessage(message);
  }
  onMessage(listener: (message: unknown) => void): void {
    this.#child.on('message', listener);
  }
  onExit(listener: (code: number | null, signal: string | null) => void): void {
    this.#child.once('exit', (code) => {
      listener(code, null);
    });
  }
  kill(): void {
    // utilityProcess.kill() ends the process by its handle (SIGTERM on POSIX, TerminateProcess on Windows).
    if (!this.#exited) this.#child.kill();
  }
}

export class UtilityProcessLauncher implements SandboxLauncher {
  readonly kind = 'electron-utility-process';
  launch(spec: SandboxLaunchSpec): SandboxProcess {
    const child = utilityProcess.fork(spec.entry, [], {
      execArgv: spec.execArgv,
      env: spec.env,
      cwd: spec.cwd,
      stdio: ['ignore', 'ignore', 'pipe'],
      serviceName: 'Silkworm inference sandbox',
    });
    return new UtilitySandboxProcess(child);
  }
}
