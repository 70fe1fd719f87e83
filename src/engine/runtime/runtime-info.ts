// What the loaded engine is, for the attestation report: the backend, the native binary actually mapped,
// the versions of node-llama-cpp, llama.cpp and Node, and the GPUs it sees.
import { readFile } from 'node:fs/promises';
import type { Llama } from 'node-llama-cpp';
import type { RuntimeInfo } from '../sandbox/messages.js';
import { readLoadedNative } from './addon-path.js';
import { backendOf } from './model-load.js';

export async function runtimeInfo(llama: Llama): Promise<RuntimeInfo> {
  const pkg = new URL('../package.json', import.meta.resolve('node-llama-cpp'));
  const { version } = JSON.parse(await readFile(pkg, 'utf8')) as { version: string };
  const backend = backendOf(llama);
  const native = readLoadedNative(backend);
  return {
    backend,
    addonPath: native.addonPath,
    addonSource: native.source,
    nativeLibraries: native.libraries,
    buildType: llama.buildType,
    gpu: String(llama.gpu),
    llamaCppRelease: `${llama.llamaCppRelease.repo}@${llama.llamaCppRelease.release}`,
    nodeLlamaCppVersion: version,
    nodeVersion: process.versions.node,
    gpuNames: await llama.getGpuDeviceNames().catch(() => []),
  };
}
