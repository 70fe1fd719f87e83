// What the operating system adds around the sandbox child, beyond Node's permission model (which gates
// only what JavaScript does: not the native code of the llama.cpp addon that parses untrusted GGUF files,
// and on Node 20/22 not the network at all). A plan names the wrapper program the launcher starts the
// child through, and what it actually confines; the plan's description is part of the measured policy.

export type ConfinementKind = 'bwrap' | 'unshare' | 'sandbox-exec' | 'job-object' | 'permission-model-only';

/** What applied. Each flag is true only where the OS itself refuses it, for native code too. */
export interface Confinement {
  kind: ConfinementKind;
  /** No network: the child has no route to any address, loopback included (its own network namespace). */
  network: boolean;
  /** No new processes (fork, vfork, clone of a process, posix_spawn are refused). */
  processes: boolean;
  /** No writes outside the work dir, and only the allowed paths are visible or readable. */
  filesystem: boolean;
  /** Why this kind: what was found, or what was missing. */
  detail: string;
}

export interface ConfinementWrapper {
  /** The program the child is started through (it then runs Node, by exec or as its only child). */
  command: string;
  /** Its arguments, before Node's own path. */
  args: string[];
  /** Bytes written to the wrapper's fd 4 at start (bwrap reads its seccomp program from there). */
  fd4?: Buffer;
  /** True when the wrapper execs Node in place, so the handle is Node itself; false: its parent. */
  execsInPlace: boolean;
}

export interface ConfinementPlan {
  applied: Confinement;
  wrapper: ConfinementWrapper | null;
}

/** What a plan needs to know about the child. */
export interface ConfinementNeeds {
  /** Everything the permission model lets the child read (files and folders, folders end with a separator). */
  readPaths: readonly string[];
  /** The child's working directory: the only place it may write. */
  workDir: string;
  /** The Node binary the wrapper runs. */
  execPath: string;
}

/** What the launcher asks for: 'auto' takes the strongest kind this machine offers. */
export type ConfinementChoice = 'auto' | ConfinementKind;

export function permissionModelOnly(detail: string): ConfinementPlan {
  return {
    applied: { kind: 'permission-model-only', network: false, processes: false, filesystem: false, detail },
    wrapper: null,
  };
}

export class ConfinementError extends Error {
  constructor(
    readonly code: 'confinement-unavailable',
    message: string,
  ) {
    super(message);
    this.name = 'ConfinementError';
  }
}
