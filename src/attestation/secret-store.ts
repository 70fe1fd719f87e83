// Where the device's secrets live, encrypted at rest. The Electron shell supplies a safeStorage-backed
// store; the headless daemon uses FileSecretStore: one 0600 file, each secret sealed with AES-256-GCM
// under a key derived (scrypt) from machine-bound material. Honest limits: on a headless box the file
// mode is the real protection; the encryption makes a copied file useless on another machine.
// A damaged file is moved aside (never overwritten: it may still hold a wallet key someone can recover
// by hand) and a fresh store begins; `onDamage` tells the owner.
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { hostname, userInfo } from 'node:os';
import { z } from 'zod';
import { readStateFile, writeStateFile, type Damage, type StateFileSpec } from '../state-files/state-file.js';

export interface SecretStore {
  get(name: string): Promise<Buffer | undefined>;
  set(name: string, value: Buffer): Promise<void>;
  delete(name: string): Promise<void>;
}

export class SecretStoreError extends Error {
  constructor(
    readonly code: 'corrupt' | 'wrong-key' | 'bad-name',
    message: string,
  ) {
    super(message);
  }
}

const fileSchema = z.object({
  version: z.literal(1),
  salt: z.string(),
  entries: z.record(z.string(), z.object({ iv: z.string(), tag: z.string(), data: z.string() })),
});
type SecretFile = z.infer<typeof fileSchema>;
const fileSpec: StateFileSpec<SecretFile> = { version: 1, schema: fileSchema };

export async function machineKeyMaterial(): Promise<Buffer> {
  const id = await readFile('/etc/machine-id', 'utf8').catch(() => '');
  return Buffer.from(`silkworm-secrets:${id.trim()}:${hostname()}:${userInfo().uid}`);
}

export class FileSecretStore implements SecretStore {
  readonly #path: string;
  readonly #material: () => Promise<Buffer>;
  readonly #onDamage: (damage: Damage) => void;
  #key: { salt: string; key: Buffer } | undefined;
  /** Set when the file was damaged and moved aside. */
  damage: Damage | null = null;

  constructor(options: {
    path: string;
    keyMaterial?: () => Promise<Buffer>;
    onDamage?: (damage: Damage) => void;
  }) {
    this.#path = options.path;
    this.#material = options.keyMaterial ?? machineKeyMaterial;
    this.#onDamage = options.onDamage ?? (() => undefined);
  }

  async #load(): Promise<SecretFile> {
    const read = await readStateFile(this.#path, fileSpec);
    if (read.kind === 'ok') return read.value;
    if (read.kind === 'damaged') {
      this.damage = read.damage;
      this.#onDamage(read.damage);
    }
    return { version: 1, salt: randomBytes(16).toString('base64'), entries: {} };
  }

  async #keyFor(salt: string): Promise<Buffer> {
    if (this.#key?.salt !== salt)
      this.#key = { salt, key: scryptSync(await this.#material(), Buffer.from(salt, 'base64'), 32) };
    return this.#key.key;
  }

  async #save(file: SecretFile): Promise<void> {
    await writeStateFile(this.#path, fileSpec, file);
  }

  async get(name: string): Promise<Buffer | undefined> {
    const file = await this.#load();
    const e = file.entries[name];
    if (!e) return undefined;
    const decipher = createDecipheriv(
      'aes-256-gcm',
      await this.#keyFor(file.salt),
      Buffer.from(e.iv, 'base64'),
    );
    decipher.setAAD(Buffer.from(name));
    decipher.setAuthTag(Buffer.from(e.tag, 'base64'));
    try {
      return Buffer.concat([decipher.update(Buffer.from(e.data, 'base64')), decipher.final()]);
    } catch {
      throw new SecretStoreError('wrong-key', `secret "${name}" cannot be decrypted on this machine`);
    }
  }

  async set(name: string, value: Buffer): Promise<void> {
    if (!/^[a-z0-9][a-z0-9.-]{0,63}$/.test(name))
      throw new SecretStoreError('bad-name', `bad secret name "${name}"`);
    const file = await this.#load();
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', await this.#keyFor(file.salt), iv);
    cipher.setAAD(Buffer.from(name));
    const data = Buffer.concat([cipher.update(value), cipher.final()]);
    file.entries[name] = {
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      data: data.toString('base64'),
    };
    await this.#save(file);
  }

  async delete(name: string): Promise<void> {
    const file = await this.#load();
    if (!(name in file.entries)) return;
    const { [name]: _removed, ...rest } = file.entries;
    await this.#save({ ...file, entries: rest });
  }
}
