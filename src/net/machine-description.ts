// worker.params.machine_description_json (docs/protocol.md §3.1): what the worker tells a proxy about the
// machine that serves, sent only to proxies that negotiated protocol 4 (a b75d444 proxy cannot parse the
// field). Only the keys below travel, each a short string, a finite number or a boolean, so nothing
// personal (a hostname, a user name, a serial number, a path) can leave by accident.

/** The first protocol version whose proxies read the machine description. */
export const MACHINE_DESCRIPTION_MIN_PROTO = 4;

/** The keys a machine description may carry; anything else is dropped. */
export const MACHINE_DESCRIPTION_KEYS = [
  'backend', // 'cuda' | 'vulkan' | 'metal' | 'cpu'
  'gpu', // the GPU's model name, e.g. 'NVIDIA GeForce RTX 4070'
  'vram_mib',
  'driver', // the GPU driver's version
  'benchmark_tokens_per_s', // the benchmark's generation speed in the serving configuration
  'trust_tier', // 'home' | 'tpm' | 'tdx'
  'software', // e.g. 'silkworm 0.1.0'
] as const;

const MAX_STRING = 120;

/** The JSON text to send, or null when there is nothing to describe. */
export function machineDescriptionJson(description: Record<string, unknown> | null): string | null {
  if (!description) return null;
  const out: Record<string, string | number | boolean> = {};
  for (const key of MACHINE_DESCRIPTION_KEYS) {
    const v = description[key];
    if (typeof v === 'string' && v.length > 0) out[key] = v.slice(0, MAX_STRING);
    else if (typeof v === 'number' && Number.isFinite(v)) out[key] = v;
    else if (typeof v === 'boolean') out[key] = v;
  }
  return Object.keys(out).length > 0 ? JSON.stringify(out) : null;
}
