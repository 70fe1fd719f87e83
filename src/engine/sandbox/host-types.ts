// The sandbox host's options, state and events (what the composition root wires and listens to).
import type { Logger } from '../../logging/logger.js';
import type { SandboxLauncher } from './launcher.js';
import type { LoadInfo, RuntimeInfo } from './messages.js';
import type { SandboxPaths } from './paths.js';
import type { SandboxPolicy } from './policy.js';

export type SandboxState = 'stopped' | 'starting' | 'ready' | 'restarting' | 'paused';

export interface SandboxInfo {
  pid: number | undefined;
  launcher: string;
  paths: SandboxPaths;
  policy: SandboxPolicy;
  runtime: RuntimeInfo;
  load: LoadInfo;
  modelPath: string;
}

export type SandboxEvent =
  | { type: 'state'; state: SandboxState }
  | { type: 'ready'; info: SandboxInfo }
  | { type: 'crash'; code: number | null; signal: string | null; restartInMs: number }
  | { type: 'paused'; exitMs: number };

export interface SandboxHostOptions {
  log: Logger;
  modelPath: string;
  /** The served model's name; requests must name it (base name before '@'). */
  modelName: string;
  /** The child's working directory (in app data; the child cannot write there). */
  workDir: string;
  threads: number;
  gpu?: false | 'auto';
  gpuLayers?: number;
  contextSize: number;
  maxActiveRequests: number;
  launcher?: SandboxLauncher;
  paths?: SandboxPaths;
  defaultTimeoutMs?: number;
  /** How often the child sends batched tokens. */
  flushIntervalMs?: number;
  restartBackoffMs?: { initial: number; max: number };
  /** After asking the child to exit, kill it after this long. */
  exitGraceMs?: number;
  startTimeoutMs?: number;
  onEvent?: (event: SandboxEvent) => void;
}
