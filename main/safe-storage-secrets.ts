// Secrets in the desktop app: each value encrypted with the OS keychain through Electron's safeStorage
// (DPAPI, Keychain, libsecret/kwallet) and kept in one 0600 file. Without a keychain, the core's 0600 file
// store is used instead and the owner is told.
import { safeStorage } from 'electron';
import { readFile } from 'node:fs/promises';
import type { SecretStore } from '../src/attestation/secret-store.js';
import { writeFileAtomic } from '../src/settings/atomic-file.js';

export class SafeStorageSecretStore implements SecretStore {
  readonly #file: string;
  constructor(file: string) {
    this.#file = file;
  }

  static available(): boolean {
    return safeStorage.isEncryptionAvailable();
  }

  async #load(): Promise<Record<string, string>> {
    try {
      return JSON.parse(await readFile(this.#file, 'utf8')) as Record<string, string>;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw new Error(`the secret store ${this.#file} is unreadable`);
    }
  }

  async get(name: string): Promise<Buffer | undefined> {
    const sealed = (await this.#load())[name];
    return sealed === undefined
      ? undefined
      : Buffer.from(safeStorage.decryptString(Buffer.from(sealed, 'base64')), 'base64');
  }

  async set(name: string, value: Buffer): Promise<void> {
    const all = await this.#load();
    all[name] = safeStorage.encryptString(value.toString('base64')).toString('base64');
    await writeFileAtomic(this.#file, JSON.stringify(all), 0o600);
  }

  async delete(name: string): Promise<void> {
    const all = await this.#load();
    Reflect.deleteProperty(all, name);
    await writeFileAtomic(this.#file, JSON.stringify(all), 0o600);
  }
}
