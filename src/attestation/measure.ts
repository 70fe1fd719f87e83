// Measurements of what actually serves requests: the sandbox code bundle (the compiled files the child
// loads), the backend and the native llama.cpp binary it loaded (the addon and the backend's libraries),
// the model file as served, runtime versions, the permission policy applied with the OS confinement that
// actually wrapped the child, and the GPU. All hashes are
// SHA-256, lower-case hex.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { LoadedBackend } from '../engine/sandbox/messages.js';
import { canonicalJson, type CanonicalValue } from './canonical-json.js';
import type { SandboxInfo } from '../engine/sandbox/host.js';
import type { Confinement } from '../engine/sandbox/confinement.js';

export interface Measurements {
  codeBundle: string;
  /** The backend node-llama-cpp loaded in the child. */
  backend: LoadedBackend;
  /** The addon file's hash. */
  nativeBinary: string | null;
  native: {
    /** The addon's path inside node_modules ('/'-separated), e.g. @node-llama-cpp/linux-x64-cuda/bins/…. */
    file: string | null;
    /** mapped: read from the child's memory map; resolved: the prebuilt path for the backend. */
    source: 'mapped' | 'resolved' | 'none';
    /** Hash over (file, hash) of every node-llama-cpp library the child mapped; null when not mapped. */
    libraries: string | null;
  };
  model: string;
  modelFile: string;
  runtime: { node: string; nodeLlamaCpp: string; llamaCpp: string; buildType: string; gpuBackend: string };
  policy: {
    sha256: string;
    platform: string;
    permissionFlag: string;
    fsWrite: string[];
    allowAddons: boolean;
    allowChildProcess: boolean;
    allowWorker: boolean;
    launcher: string;
    /** What the OS confined around the permission model (each flag true only where the OS refuses it). */
    confinement: Pick<Confinement, 'kind' | 'network' | 'processes' | 'filesystem'>;
  };
  gpu: string;
  benchmarkTokensPerSecond: number | null;
}

/** What the sandbox host knows after start. */
export type MeasuredSandbox = Pick<SandboxInfo, 'launcher' | 'paths' | 'policy' | 'runtime' | 'modelPath'>;

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function listJs(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listJs(p)));
    else if (e.isFile() && e.name.endsWith('.js')) out.push(p);
  }
  return out;
}

/** Hash over (relative path, file hash) of every .js file in the bundle, in sorted path order. */
export async function hashCodeBundle(codeDir: string): Promise<string> {
  const files = (await listJs(codeDir)).map((p) => ({ p, rel: relative(codeDir, p).split(sep).join('/') }));
  files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  const hash = createHash('sha256');
  for (const f of files) {
    hash.update(
      `${f.rel}\0${createHash('sha256')
        .update(await readFile(f.p))
        .digest('hex')}\n`,
    );
  }
  return hash.digest('hex');
}

/** A path inside node_modules, portable across installs ('/'-separated); null if outside it. */
export function nodeModulesRelative(nodeModulesDir: string, path: string): string | null {
  const rel = relative(nodeModulesDir, path);
  return rel.startsWith('..') || rel === path ? null : rel.split(sep).join('/');
}

async function hashLibraries(
  nodeModulesDir: string,
  files: readonly string[],
  cache: FileHashCache,
): Promise<string | null> {
  if (files.length === 0) return null;
  const named = files.map((p) => ({ p, rel: nodeModulesRelative(nodeModulesDir, p) ?? p }));
  named.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  const hash = createHash('sha256');
  for (const f of named) hash.update(`${f.rel}\0${await cache.hash(f.p)}\n`);
  return hash.digest('hex');
}

/** Caches file hashes by (path, size, mtime): a multi-GB model is hashed once, not per report. */
export class FileHashCache {
  readonly #cache = new Map<string, { size: number; mtimeMs: number; sha256: string }>();
  async hash(path: string): Promise<string> {
    const s = await stat(path);
    const hit = this.#cache.get(path);
    if (hit && hit.size === s.size && hit.mtimeMs === s.mtimeMs) return hit.sha256;
    const sha256 = await sha256File(path);
    this.#cache.set(path, { size: s.size, mtimeMs: s.mtimeMs, sha256 });
    return sha256;
  }
}

export async function measureSandbox(
  sandbox: MeasuredSandbox,
  options: { cache?: FileHashCache; benchmarkTokensPerSecond?: number | null } = {},
): Promise<Measurements> {
  const cache = options.cache ?? new FileHashCache();
  const p = sandbox.policy;
  const policyDoc: CanonicalValue = {
    ...p,
    fsRead: [...p.fsRead],
    fsWrite: [...p.fsWrite],
    execArgv: [...p.execArgv],
    confinement: { ...p.confinement },
  };
  const rt = sandbox.runtime;
  const nm = sandbox.paths.nodeModulesDir;
  return {
    codeBundle: await hashCodeBundle(sandbox.paths.codeDir),
    backend: rt.backend,
    nativeBinary: rt.addonPath ? await cache.hash(rt.addonPath) : null,
    native: {
      file: rt.addonPath ? nodeModulesRelative(nm, rt.addonPath) : null,
      source: rt.addonSource,
      libraries: await hashLibraries(nm, rt.nativeLibraries, cache),
    },
    model: await cache.hash(sandbox.modelPath),
    modelFile: sandbox.modelPath.split(/[\\/]/).pop() ?? '',
    runtime: {
      node: sandbox.runtime.nodeVersion,
      nodeLlamaCpp: sandbox.runtime.nodeLlamaCppVersion,
      llamaCpp: sandbox.runtime.llamaCppRelease,
      buildType: sandbox.runtime.buildType,
      gpuBackend: sandbox.runtime.gpu,
    },
    policy: {
      sha256: createHash('sha256').update(canonicalJson(policyDoc)).digest('hex'),
      platform: p.platform,
      permissionFlag: p.permissionFlag,
      fsWrite: [...p.fsWrite],
      allowAddons: p.allowAddons,
      allowChildProcess: p.allowChildProcess,
      allowWorker: p.allowWorker,
      launcher: sandbox.launcher,
      confinement: {
        kind: p.confinement.kind,
        network: p.confinement.network,
        processes: p.confinement.processes,
        filesystem: p.confinement.filesystem,
      },
    },
    gpu: sandbox.runtime.gpuNames.length > 0 ? sandbox.runtime.gpuNames.join(', ') : 'cpu',
    benchmarkTokensPerSecond: options.benchmarkTokensPerSecond ?? null,
  };
}
