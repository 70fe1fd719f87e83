// Which native llama.cpp binary this process actually loaded. On Linux the memory map says so exactly
// (the addon and every ggml/llama library of the backend it pulled in); elsewhere, or when /proc is not
// readable, the measurement falls back to the prebuilt addon node-llama-cpp loads for that backend.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { LoadedBackend } from '../sandbox/messages.js';

export interface LoadedNative {
  addonPath: string | null;
  source: 'mapped' | 'resolved' | 'none';
  /** node-llama-cpp's native files in the memory map (addon included), sorted; empty when not mapped. */
  libraries: string[];
}

/** node-llama-cpp's prebuilt package for a backend on this platform (its naming: os-arch[-gpu]). */
export function prebuiltPackage(
  backend: LoadedBackend,
  platform: NodeJS.Platform = process.platform,
  arch: string = process.arch,
): string {
  const os = platform === 'darwin' ? 'mac' : platform === 'win32' ? 'win' : platform;
  const gpu = backend === 'cpu' ? '' : `-${backend}`;
  return `${os}-${arch}${gpu}`;
}

const nativeFile =
  /[\\/]node_modules[\\/](?:@node-llama-cpp[\\/]|node-llama-cpp[\\/]).*\.(?:node|so[.\d]*|dylib|dll)$/;

function fromMaps(): LoadedNative | null {
  if (process.platform !== 'linux') return null;
  let maps: string;
  try {
    maps = readFileSync('/proc/self/maps', 'utf8');
  } catch {
    return null;
  }
  const files = new Set<string>();
  for (const line of maps.split('\n')) {
    const path = line.slice(line.indexOf('/'));
    if (line.includes('/') && nativeFile.test(path)) files.add(path);
  }
  const libraries = [...files].sort();
  const addonPath = libraries.find((p) => p.endsWith('llama-addon.node')) ?? null;
  return addonPath ? { addonPath, source: 'mapped', libraries } : null;
}

function resolved(backend: LoadedBackend): LoadedNative {
  const name = prebuiltPackage(backend);
  try {
    const pkg = createRequire(import.meta.url).resolve(`@node-llama-cpp/${name}/package.json`);
    const addon = join(dirname(pkg), 'bins', name, 'llama-addon.node');
    if (existsSync(addon)) return { addonPath: addon, source: 'resolved', libraries: [] };
  } catch {
    // Not installed for this platform: nothing to name.
  }
  return { addonPath: null, source: 'none', libraries: [] };
}

export function readLoadedNative(backend: LoadedBackend): LoadedNative {
  return fromMaps() ?? resolved(backend);
}
