// Small persistent stores the composition root hands to services: secrets (encrypted, 0600) and
// key-values (atomic JSON), in the data folder.
import { readFile } from 'node:fs/promises';
import type { SecretStore as DeviceSecrets } from '../attestation/secret-store.js';
import type { SecretStore as ChainSecrets, KeyValueStore } from '../chain/index.js';
import { writeFileAtomic } from '../settings/atomic-file.js';

/** The chain capability's secret interface over the encrypted device secret store. */
export function chainSecrets(store: DeviceSecrets): ChainSecrets {
  return {
    get: async (name) => (await store.get(name)) ?? null,
    set: (name, bytes) => store.set(name, Buffer.from(bytes)),
  };
}

/** A key-value store in one JSON file, written atomically on every change. */
export class JsonKeyValueStore implements KeyValueStore {
  readonly #file: string;
  #data: Record<string, string> | null = null;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(file: string) {
    this.#file = file;
  }

  async #load(): Promise<Record<string, string>> {
    if (this.#data) return this.#data;
    try {
      this.#data = JSON.parse(await readFile(this.#file, 'utf8')) as Record<string, string>;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT' && !(err instanceof SyntaxError)) throw err;
      this.#data = {};
    }
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
      await writeFileAtomic(this.#file, JSON.stringify(d));
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }
}
