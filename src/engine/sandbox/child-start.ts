// Starting one sandbox child: the permission policy for this model and backend, the OS confinement the
// launcher can apply, the launch itself and the link that speaks to it; then the child's init and load
// (and the duty cap the host holds, re-applied to a new child). The host supervises what this returns.
import { mkdir } from 'node:fs/promises';
import { errorMessage } from '../../logging/logger.js';
import { ChildLink } from './child-link.js';
import { EngineError } from './errors.js';
import type { SandboxHostOptions } from './host-types.js';
import { planFor, type SandboxLauncher } from './launcher.js';
import type { LoadInfo, RuntimeInfo } from './messages.js';
import type { SandboxPaths } from './paths.js';
import { buildSandboxPolicy, policyBackendFor, withConfinement, type SandboxPolicy } from './policy.js';

export interface LaunchedChild {
  link: ChildLink;
  policy: SandboxPolicy;
  /** Settles when the child has exited. */
  exit: Promise<void>;
}

export async function launchChild(
  o: SandboxHostOptions,
  launcher: SandboxLauncher,
  paths: SandboxPaths,
  onExit: (link: ChildLink, code: number | null, signal: string | null) => void,
): Promise<LaunchedChild> {
  const base = buildSandboxPolicy({
    ...paths,
    modelFile: o.modelPath,
    backend: policyBackendFor(o.gpu ?? false),
  });
  await mkdir(o.workDir, { recursive: true });
  let confinement;
  try {
    confinement = planFor(launcher, {
      readPaths: base.fsRead,
      workDir: o.workDir,
      execPath: process.execPath,
    });
  } catch (err) {
    throw new EngineError('start-failed', `the sandbox failed to start: ${errorMessage(err)}`);
  }
  const policy = withConfinement(base, confinement);
  const proc = launcher.launch({
    entry: paths.entry,
    execArgv: policy.execArgv,
    env: policy.env,
    cwd: o.workDir,
    confinement,
  });
  let exited!: () => void;
  const exit = new Promise<void>((r) => (exited = r));
  const link: ChildLink = new ChildLink(proc, o.log, (code, signal) => {
    exited();
    onExit(link, code, signal);
  });
  return { link, policy, exit };
}

export async function initAndLoad(
  link: ChildLink,
  o: SandboxHostOptions,
  dutyShare: number,
): Promise<{ runtime: RuntimeInfo; load: LoadInfo }> {
  const gpu = o.gpu ?? false;
  const runtime = await link.init(o.threads, gpu);
  const load = await link.load({
    modelPath: o.modelPath,
    contextSize: o.contextSize,
    sequences: o.maxActiveRequests,
    gpuLayers: o.gpuLayers,
    flashAttention: o.flashAttention ?? gpu !== false,
    threads: o.threads,
    flushIntervalMs: o.flushIntervalMs ?? 20,
  });
  if (dutyShare < 1) await link.duty(dutyShare);
  return { runtime, load };
}
