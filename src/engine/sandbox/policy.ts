// The sandbox's permission policy: Node's permission model with the smallest allow-list that lets
// node-llama-cpp run on the chosen backend. No fs-write, no workers, no child processes (node-llama-cpp's
// binary self-test fork is answered in the child: runtime/in-process-binary-test.ts); addons are needed
// (the llama.cpp addon). Reads: the compiled sandbox code, node_modules, exactly the model file, and what
// the backend needs (policy-backends.ts). Around it, the OS confinement the launcher applies
// (confinement.ts); the policy as applied, confinement included, is part of the attestation measurements.
import { realpathSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { backendEnv, backendReadPaths, realFs, type HostFs, type PolicyBackend } from './policy-backends.js';
import { permissionModelOnly, type Confinement, type ConfinementPlan } from './confinement.js';

export type { PolicyBackend } from './policy-backends.js';

export interface SandboxPolicy {
  platform: NodeJS.Platform;
  nodeVersion: string;
  /** The backend the allow-list was made for ('auto': every GPU backend of the platform). */
  backend: PolicyBackend;
  permissionFlag: '--experimental-permission' | '--permission';
  fsRead: string[];
  fsWrite: string[];
  allowAddons: boolean;
  allowChildProcess: boolean;
  allowWorker: boolean;
  execArgv: string[];
  env: Record<string, string>;
  /** What the OS adds around the permission model (set by withConfinement once the launcher has planned). */
  confinement: Confinement;
}

export interface PolicyInput {
  /** Directory of the compiled sandbox code (the code bundle). */
  codeDir: string;
  /** node_modules holding node-llama-cpp and its binaries. */
  nodeModulesDir: string;
  /** Package root: Node reads package.json files from the entry up to here to decide the module type. */
  packageRoot: string;
  /** The served model file: admitted alone (and its real path, when it is a link), not its folder. */
  modelFile?: string;
  /** A whole folder of models (the benchmark child, which loads files it is given later). */
  modelDir?: string;
  /** Single compiled files outside codeDir that the child imports (the bench child's share of the engine). */
  alsoRead?: string[];
  /** Default 'auto' (every GPU backend of the platform). */
  backend?: PolicyBackend;
  platform?: NodeJS.Platform;
  nodeVersion?: string;
  sourceEnv?: NodeJS.ProcessEnv;
  fs?: HostFs;
}

const withSep = (p: string): string => (p.endsWith(sep) ? p : p + sep);

function modelPaths(input: PolicyInput): string[] {
  const out: string[] = [];
  if (input.modelDir !== undefined) out.push(withSep(input.modelDir));
  if (input.modelFile !== undefined) {
    out.push(input.modelFile);
    // Imported models are often links (LM Studio) or blobs (Ollama): the target is read too.
    try {
      out.push(realpathSync(input.modelFile));
    } catch {
      // Missing file: the load reports it.
    }
  }
  return out;
}

export function buildSandboxPolicy(input: PolicyInput): SandboxPolicy {
  const platform = input.platform ?? process.platform;
  const nodeVersion = input.nodeVersion ?? process.versions.node;
  const sourceEnv = input.sourceEnv ?? process.env;
  const backend = input.backend ?? 'auto';
  const major = Number(nodeVersion.split('.')[0]);
  const permissionFlag = major >= 22 ? '--permission' : '--experimental-permission';
  const packageJsons: string[] = [];
  for (let d = dirname(input.codeDir); d.startsWith(input.packageRoot); d = dirname(d)) {
    packageJsons.push(join(d, 'package.json'));
    if (d === input.packageRoot) break;
  }
  // Node 20 refuses to start when one --allow-fs-read path is given twice.
  const fsRead = [
    ...new Set([
      withSep(input.codeDir),
      withSep(input.nodeModulesDir),
      ...modelPaths(input),
      ...(input.alsoRead ?? []),
      ...packageJsons,
      ...backendReadPaths(backend, platform, sourceEnv, input.fs ?? realFs),
    ]),
  ];
  const execArgv = [
    permissionFlag,
    '--allow-addons',
    ...fsRead.map((p) => `--allow-fs-read=${p}`),
    '--no-warnings',
  ];
  const env: Record<string, string> = { NODE_ENV: 'production' };
  for (const key of backendEnv(backend)) {
    const v = sourceEnv[key];
    if (v !== undefined) env[key] = v;
  }
  return {
    platform,
    nodeVersion,
    backend,
    permissionFlag,
    fsRead,
    fsWrite: [],
    allowAddons: true,
    allowChildProcess: false,
    allowWorker: false,
    execArgv,
    env,
    confinement: permissionModelOnly('no OS confinement planned yet').applied,
  };
}

/** The policy with the confinement the launcher planned for it. */
export function withConfinement(policy: SandboxPolicy, plan: ConfinementPlan): SandboxPolicy {
  return { ...policy, confinement: plan.applied };
}

/** The policy backend for what the child is asked to load. */
export function policyBackendFor(gpu: false | 'auto' | 'cuda' | 'vulkan' | 'metal'): PolicyBackend {
  return gpu === false ? 'cpu' : gpu;
}
