// The sandbox host's options, state and events (what the composition root wires and listens to).
import type { Logger } from '../../logging/logger.js';
import type { SandboxLauncher } from './launcher.js';
import type { GpuOption, LoadInfo, RuntimeInfo } from './messages.js';
import type { SandboxPaths } from './paths.js';
import type { SandboxPolicy } from './policy.js';

export type SandboxState = 'stopped' | 'starting' | 'ready' | 'restarting' | 'paused';

export interface SandboxInfo {
  pid: number | undefined;
  /** The network name served (what requests must carry). */
  modelName: string;
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
  /** The served model's name; requests must name it (base name before '@'). Changes with reload(). */
  modelName: string;
  /** The child's working directory (in app data; the child cannot write there). */
  workDir: string;
  threads: number;
  /** false: CPU; a backend: that one or fail; 'auto': node-llama-cpp's pick. Default false. */
  gpu?: GpuOption;
  gpuLayers?: number;
  /** Per sequence (node-llama-cpp gives each sequence its own context). */
  contextSize: number;
  /** Also the number of sequences in the one context. */
  maxActiveRequests: number;
  /** Default: on for a GPU backend, off on the CPU; applied only where the model supports it. */
  flashAttention?: boolean;
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

/** The options a serving configuration decides; the rest (log, folders, launcher) stay with the host. */
export type ServingHostOptions = Pick<
  SandboxHostOptions,
  | 'modelPath'
  | 'modelName'
  | 'threads'
  | 'gpu'
  | 'gpuLayers'
  | 'contextSize'
  | 'maxActiveRequests'
  | 'flashAttention'
>;
