// The local network's own secrets (its proxy's TLS key, its wallet app's seed), kept apart from any node's:
// a 0600 file in the network's folder, or memory for a throwaway network.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { FileSecretStore } from '../../attestation/secret-store.js';
import { memorySecretStore, type SecretStore } from '../../chain/index.js';

export function devnetSecrets(dir: string | null): SecretStore {
  if (!dir) return memorySecretStore();
  const file = new FileSecretStore({ path: path.join(dir, 'secrets.json') });
  return {
    get: async (name) => (await file.get(name)) ?? null,
    set: (name, bytes) => file.set(name, Buffer.from(bytes)),
  };
}

/** A 32-byte seed kept under `name`, made on first use. */
export async function stableSeed(secrets: SecretStore, name: string): Promise<Buffer> {
  const held = await secrets.get(name);
  if (held) return Buffer.from(held);
  const seed = randomBytes(32);
  await secrets.set(name, seed);
  return seed;
}
