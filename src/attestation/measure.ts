// Measurements of what actually serves requests: the sandbox code bundle (the compiled files the child
// loads), the native llama.cpp binary it mapped, the model file, runtime versions, the permission policy
// applied, and the GPU. All hashes are SHA-256, lower-case hex.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { canonicalJson, type CanonicalValue } from './canonical-json.js';
import type { SandboxInfo } from '../engine/sandbox/host.js';

export interface Measurements {
  codeBundle: string;
  nativeBinary: string | null;
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
  };
  return {
    codeBundle: await hashCodeBundle(sandbox.paths.codeDir),
    nativeBinary: sandbox.runtime.addonPath ? await cache.hash(sandbox.runtime.addonPath) : null,
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
    },
    gpu: sandbox.runtime.gpuNames.length > 0 ? sandbox.runtime.gpuNames.join(', ') : 'cpu',
    benchmarkTokensPerSecond: options.benchmarkTokensPerSecond ?? null,
  };
}
