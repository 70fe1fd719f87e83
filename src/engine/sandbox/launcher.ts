// How the sandbox child process is started. The daemon uses child_process.fork, through the OS confinement
// wrapper this machine offers (bwrap, unshare, sandbox-exec: confinement-plan.ts); the Electron shell can
// supply a launcher built on utilityProcess with the same shape (this module never imports electron).
import { fork, type ChildProcess } from 'node:child_process';
import type { Writable } from 'node:stream';
import {
  permissionModelOnly,
  type ConfinementChoice,
  type ConfinementNeeds,
  type ConfinementPlan,
} from './confinement.js';
import { ConfinementPlanner } from './confinement-plan.js';

export interface SandboxLaunchSpec {
  /** Absolute path of the compiled JS entry. */
  entry: string;
  /** Node flags for the child: the permission model's allow-list. */
  execArgv: string[];
  env: Record<string, string>;
  cwd: string;
  /** The OS confinement to start it in (from the same launcher's planConfinement); none: as planned by nothing. */
  confinement?: ConfinementPlan;
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
  /** The confinement this launcher will apply for these needs; absent: the permission model only. */
  planConfinement?(needs: ConfinementNeeds): ConfinementPlan;
  launch(spec: SandboxLaunchSpec): SandboxProcess;
}

/** What a launcher will apply (a launcher that cannot wrap its child says so by having no planner). */
export function planFor(launcher: SandboxLauncher, needs: ConfinementNeeds): ConfinementPlan {
  return (
    launcher.planConfinement?.(needs) ??
    permissionModelOnly(`the ${launcher.kind} launcher puts no OS confinement around the child`)
  );
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
    // A child that dies between the check and the write fails the write with EPIPE; its exit listener
    // reports the death, so the write error is not a second, unhandled one.
    if (this.#child.connected) this.#child.send(message as object, () => undefined);
  }
  onMessage(listener: (message: unknown) => void): void {
    this.#child.on('message', listener);
  }
  onExit(listener: (code: number | null, signal: string | null) => void): void {
    this.#child.once('exit', listener);
  }
  kill(signal: 'SIGTERM' | 'SIGKILL' = 'SIGKILL'): void {
    // The handle is Node itself (unshare, sandbox-exec exec in place) or bwrap, whose child dies with it.
    if (this.#child.exitCode === null && this.#child.signalCode === null) this.#child.kill(signal);
  }
}

export interface ChildProcessLauncherOptions {
  /** Default 'auto': the strongest confinement this machine offers. */
  confinement?: ConfinementChoice;
  planner?: ConfinementPlanner;
}

export class ChildProcessLauncher implements SandboxLauncher {
  readonly kind = 'child_process';
  readonly #choice: ConfinementChoice;
  readonly #planner: ConfinementPlanner;

  constructor(o: ChildProcessLauncherOptions = {}) {
    this.#choice = o.confinement ?? 'auto';
    this.#planner = o.planner ?? new ConfinementPlanner();
  }

  planConfinement(needs: ConfinementNeeds): ConfinementPlan {
    return this.#planner.plan(this.#choice, needs);
  }

  launch(spec: SandboxLaunchSpec): SandboxProcess {
    const w = spec.confinement?.wrapper ?? null;
    const child = fork(spec.entry, [], {
      // fork runs `execPath ...execArgv entry`: with a wrapper, that is `wrapper ...args node ...flags entry`,
      // and the IPC channel (fd 3, named in the environment) passes through it to Node.
      execPath: w ? w.command : process.execPath,
      execArgv: w ? [...w.args, process.execPath, ...spec.execArgv] : spec.execArgv,
      env: spec.env,
      cwd: spec.cwd,
      stdio: ['ignore', 'ignore', 'pipe', 'ipc', ...(w?.fd4 ? ['pipe' as const] : [])],
      serialization: 'json',
    });
    if (w?.fd4) {
      const fd4 = child.stdio[4] as Writable | null;
      // A failed write shows as the wrapper refusing to start; the exit is reported like any other.
      fd4?.on('error', () => undefined);
      fd4?.end(w.fd4);
    }
    // stderr is drained (never logged verbatim: llama.cpp could echo input on some errors) so it cannot block.
    child.stderr?.resume();
    return new ForkedProcess(child);
  }
}
