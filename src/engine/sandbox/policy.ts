// The sandbox's permission policy: Node's permission model with the smallest allow-list that lets
// node-llama-cpp run. No fs-write, no workers; addons and child processes are needed (the addon, and
// node-llama-cpp's binary self-test fork). The policy as applied is part of the attestation measurements.
import { dirname, join, sep } from 'node:path';
import { existsSync } from 'node:fs';

export interface SandboxPolicy {
  platform: NodeJS.Platform;
  nodeVersion: string;
  permissionFlag: '--experimental-permission' | '--permission';
  fsRead: string[];
  fsWrite: string[];
  allowAddons: boolean;
  allowChildProcess: boolean;
  allowWorker: boolean;
  execArgv: string[];
  env: Record<string, string>;
}

export interface PolicyInput {
  /** Directory of the compiled sandbox code (the code bundle). */
  codeDir: string;
  /** node_modules holding node-llama-cpp and its binaries. */
  nodeModulesDir: string;
  /** Package root: Node reads package.json files from the entry up to here to decide the module type. */
  packageRoot: string;
  modelDir: string;
  platform?: NodeJS.Platform;
  nodeVersion?: string;
  sourceEnv?: NodeJS.ProcessEnv;
}

function systemLibraryDirs(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  switch (platform) {
    case 'linux':
      // The loader (glibc detection, libstdc++, GPU drivers) and the addon's own map, read for the measurement.
      return ['/usr/lib/', '/lib/', '/lib64/', '/usr/lib64/', '/usr/local/cuda/', '/proc/self/maps'].filter(
        (p) => p.startsWith('/proc') || existsSync(p),
      );
    case 'darwin':
      return ['/usr/lib/', '/System/Library/'];
    case 'win32':
      return [join(env.SystemRoot ?? 'C:\\Windows', 'System32') + sep];
    default:
      return [];
  }
}

/** Environment variables the child may see; everything else (tokens, keys, proxies) stays out. */
const passThrough = [
  'CUDA_VISIBLE_DEVICES',
  'HIP_VISIBLE_DEVICES',
  'GGML_VK_VISIBLE_DEVICES',
  'SystemRoot',
  'LD_LIBRARY_PATH',
];

export function buildSandboxPolicy(input: PolicyInput): SandboxPolicy {
  const platform = input.platform ?? process.platform;
  const nodeVersion = input.nodeVersion ?? process.versions.node;
  const sourceEnv = input.sourceEnv ?? process.env;
  const major = Number(nodeVersion.split('.')[0]);
  const permissionFlag = major >= 22 ? '--permission' : '--experimental-permission';
  const withSep = (p: string): string => (p.endsWith(sep) ? p : p + sep);
  const packageJsons: string[] = [];
  for (let d = dirname(input.codeDir); d.startsWith(input.packageRoot); d = dirname(d)) {
    packageJsons.push(join(d, 'package.json'));
    if (d === input.packageRoot) break;
  }
  const fsRead = [
    withSep(input.codeDir),
    withSep(input.nodeModulesDir),
    withSep(input.modelDir),
    ...packageJsons,
    ...systemLibraryDirs(platform, sourceEnv),
  ];
  const execArgv = [
    permissionFlag,
    '--allow-addons',
    '--allow-child-process',
    ...fsRead.map((p) => `--allow-fs-read=${p}`),
    '--no-warnings',
  ];
  const env: Record<string, string> = { NODE_ENV: 'production' };
  for (const key of passThrough) {
    const v = sourceEnv[key];
    if (v !== undefined) env[key] = v;
  }
  return {
    platform,
    nodeVersion,
    permissionFlag,
    fsRead,
    fsWrite: [],
    allowAddons: true,
    allowChildProcess: true,
    allowWorker: false,
    execArgv,
    env,
  };
}
