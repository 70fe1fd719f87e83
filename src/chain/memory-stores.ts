// In-memory SecretStore and KeyValueStore: for tests, `perf`, and throwaway devnet runs. The node's real
// stores encrypt secrets (safeStorage / a 0600 file) and persist key-values.
import type { SecretStore } from './node-wallet.js';
import type { KeyValueStore } from './wallet-link/wallet-linker.js';

export function memorySecretStore(): SecretStore & { readonly size: number } {
  const map = new Map<string, Uint8Array>();
  return {
    get: (name) => Promise.resolve(map.get(name) ?? null),
    set: (name, bytes) => Promise.resolve(void map.set(name, Uint8Array.from(bytes))),
    get size() {
      return map.size;
    },
  };
}

export function memoryKeyValueStore(): KeyValueStore {
  const map = new Map<string, string>();
  return {
    get: (key) => Promise.resolve(map.get(key) ?? null),
    set: (key, value) => Promise.resolve(void map.set(key, value)),
    remove: (key) => Promise.resolve(void map.delete(key)),
  };
}
