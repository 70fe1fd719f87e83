// Runs one job in a bench child: node-llama-cpp never loads in the calling process. The child starts
// under the engine sandbox's permission policy (read-only: its code, node_modules, the model, system
// libraries) through the same launcher interface, so the Electron shell can supply utilityProcess.
// Cancel = kill the child by handle: the GPU is free at once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { errorMessage, type Logger } from '../logging/logger.js';
import { ChildProcessLauncher, planFor, type SandboxLauncher } from '../engine/sandbox/launcher.js';
import { defaultSandboxPaths } from '../engine/sandbox/paths.js';
import { buildSandboxPolicy } from '../engine/sandbox/policy.js';
import { benchChildMessageSchema, type BenchChildMessage, type BenchJob } from './child-messages.js';

export type BenchErrorCode =
  | 'cancelled'
  | 'busy'
  | 'timeout'
  | 'child-crashed'
  | 'bad-job'
  | 'bad-settings'
  | 'model-missing'
  | 'backend-unavailable'
  | 'load-failed'
  | 'context-too-small'
  | 'engine-failed';

export class BenchError extends Error {
  constructor(
    readonly code: BenchErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BenchError';
  }
}

export interface BenchChildPaths {
  /** The compiled child entry (dist/src/bench/bench-child.js). */
  entry: string;
  codeDir: string;
  nodeModulesDir: string;
  packageRoot: string;
  /** Compiled engine files the bench child imports (outside its own code dir). */
  alsoRead?: string[];
}

export function defaultBenchChildPaths(): BenchChildPaths {
  const engine = defaultSandboxPaths();
  const codeDir = join(engine.packageRoot, 'dist', 'src', 'bench');
  const alsoRead = [join(engine.codeDir, 'runtime', 'in-process-binary-test.js')];
  return {
    entry: join(codeDir, 'bench-child.js'),
    codeDir,
    nodeModulesDir: engine.nodeModulesDir,
    packageRoot: engine.packageRoot,
    alsoRead,
  };
}

export interface BenchJobOptions {
  log: Logger;
  launcher?: SandboxLauncher;
  paths?: BenchChildPaths;
  signal?: AbortSignal;
  timeoutMs: number;
  onMessage: (message: BenchChildMessage) => void;
}

/** Resolves when the child says done; rejects with a BenchError otherwise. */
export function runBenchJob(job: BenchJob, o: BenchJobOptions): Promise<void> {
  const paths = o.paths ?? defaultBenchChildPaths();
  const modelDir = job.type === 'bench' ? dirname(job.modelPath) : paths.codeDir;
  const policy = buildSandboxPolicy({
    codeDir: paths.codeDir,
    nodeModulesDir: paths.nodeModulesDir,
    packageRoot: paths.packageRoot,
    modelDir,
    ...(paths.alsoRead ? { alsoRead: paths.alsoRead } : {}),
  });
  if (o.signal?.aborted) return Promise.reject(new BenchError('cancelled', 'the benchmark was cancelled'));
  // Node 20 aborts at start when one --allow-fs-read path is given twice (e.g. a model kept beside the code).
  const execArgv = [...new Set(policy.execArgv)];
  const launcher = o.launcher ?? new ChildProcessLauncher();
  // A scratch work dir: under an OS confinement it is the only writable place, so never the app's folder.
  const workDir = mkdtempSync(join(tmpdir(), 'silkworm-bench-'));
  const cleanUp = (): void => rmSync(workDir, { recursive: true, force: true });
  let child;
  try {
    const confinement = planFor(launcher, { readPaths: policy.fsRead, workDir, execPath: process.execPath });
    child = launcher.launch({ entry: paths.entry, execArgv, env: policy.env, cwd: workDir, confinement });
  } catch (err) {
    cleanUp();
    return Promise.reject(
      new BenchError('child-crashed', `the bench child could not start: ${errorMessage(err)}`),
    );
  }
  child.onExit(cleanUp);
  o.log.debug(`bench child ${String(child.pid)} started for a ${job.type} job`);
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const finish = (err?: BenchError): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      o.signal?.removeEventListener('abort', onAbort);
      if (err) {
        child.kill('SIGKILL');
        reject(err);
      } else resolve();
    };
    const onAbort = (): void => finish(new BenchError('cancelled', 'the benchmark was cancelled'));
    const timer = setTimeout(
      () => finish(new BenchError('timeout', `the bench child did not finish within ${o.timeoutMs} ms`)),
      o.timeoutMs,
    );
    o.signal?.addEventListener('abort', onAbort, { once: true });
    child.onMessage((raw) => {
      const parsed = benchChildMessageSchema.safeParse(raw);
      if (!parsed.success)
        return finish(new BenchError('child-crashed', 'the bench child sent a malformed message'));
      const m = parsed.data;
      if (m.type === 'done') return finish();
      if (m.type === 'error') return finish(new BenchError(m.code, m.message));
      if (!settled) o.onMessage(m);
    });
    child.onExit((code, signal) => {
      finish(
        new BenchError(
          'child-crashed',
          `the bench child exited (${signal ?? `code ${String(code)}`}) before answering`,
        ),
      );
    });
    child.send(job);
  });
}
