// Which native llama.cpp binary this process actually loaded. On Linux the memory map says so exactly;
// elsewhere (or when /proc is not readable) the measurement falls back to what the host can resolve.
import { readFileSync } from 'node:fs';

export function readLoadedAddon(): string | null {
  if (process.platform !== 'linux') return null;
  try {
    const maps = readFileSync('/proc/self/maps', 'utf8');
    const hit = /\s(\/\S*llama-addon\.node)$/m.exec(maps);
    return hit?.[1] ?? null;
  } catch {
    return null;
  }
}
