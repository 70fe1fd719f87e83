// Small persistent stores the composition root hands to services: secrets (encrypted, 0600) and
// key-values (a versioned JSON file, written atomically), in the data folder.
import { z } from 'zod';
import type { SecretStore as DeviceSecrets } from '../attestation/secret-store.js';
import type { SecretStore as ChainSecrets, KeyValueStore } from '../chain/index.js';
import { readStateFile, writeStateFile, type Damage, type StateFileSpec } from '../state-files/state-file.js';

const kvFileSchema = z.object({ version: z.literal(1), entries: z.record(z.string(), z.string()) });
type KvFile = z.infer<typeof kvFileSchema>;
/** Version 0 was the bare object of entries. */
const kvFileSpec: StateFileSpec<KvFile> = {
  version: 1,
  schema: kvFileSchema,
  migrate: (doc) => ({ version: 1, entries: doc }),
};

/** The chain capability's secret interface over the encrypted device secret store. */
export function chainSecrets(store: DeviceSecrets): ChainSecrets {
  return {
    get: async (name) => (await store.get(name)) ?? null,
    set: (name, bytes) => store.set(name, Buffer.from(bytes)),
  };
}

/** A key-value store in one JSON file, written atomically on every change; a damaged file is moved aside and reported. */
export class JsonKeyValueStore implements KeyValueStore {
  readonly #file: string;
  readonly #onDamage: (damage: Damage) => void;
  #data: Record<string, string> | null = null;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(file: string, onDamage: (damage: Damage) => void = () => undefined) {
    this.#file = file;
    this.#onDamage = onDamage;
  }

  async #load(): Promise<Record<string, string>> {
    if (this.#data) return this.#data;
    const read = await readStateFile(this.#file, kvFileSpec);
    if (read.kind === 'damaged') this.#onDamage(read.damage);
    this.#data = read.kind === 'ok' ? read.value.entries : {};
    return this.#data;
  }

  async get(key: string): Promise<string | null> {
    return (await this.#load())[key] ?? null;
  }

  set(key: string, value: string): Promise<void> {
    return this.#write((d) => {
      d[key] = value;
    });
  }

  remove(key: string): Promise<void> {
    return this.#write((d) => {
      Reflect.deleteProperty(d, key);
    });
  }

  #write(change: (d: Record<string, string>) => void): Promise<void> {
    const run = this.#queue.then(async () => {
      const d = await this.#load();
      change(d);
      await writeStateFile(this.#file, kvFileSpec, { version: 1, entries: d });
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }
}
