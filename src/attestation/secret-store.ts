// Where the device's secrets live, encrypted at rest. The Electron shell supplies a safeStorage-backed
// store; the headless daemon uses FileSecretStore: one 0600 file, each secret sealed with AES-256-GCM
// under a key derived (scrypt) from machine-bound material. Honest limits: on a headless box the file
// mode is the real protection; the encryption makes a copied file useless on another machine.
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { chmod, mkdir, open, readFile, rename } from 'node:fs/promises';
import { hostname, userInfo } from 'node:os';
import { dirname } from 'node:path';
import { z } from 'zod';

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

export async function machineKeyMaterial(): Promise<Buffer> {
  const id = await readFile('/etc/machine-id', 'utf8').catch(() => '');
  return Buffer.from(`silkworm-secrets:${id.trim()}:${hostname()}:${userInfo().uid}`);
}

export class FileSecretStore implements SecretStore {
  readonly #path: string;
  readonly #material: () => Promise<Buffer>;
  #key: { salt: string; key: Buffer } | undefined;

  constructor(options: { path: string; keyMaterial?: () => Promise<Buffer> }) {
    this.#path = options.path;
    this.#material = options.keyMaterial ?? machineKeyMaterial;
  }

  async #load(): Promise<SecretFile> {
    let raw: string;
    try {
      raw = await readFile(this.#path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT')
        return { version: 1, salt: randomBytes(16).toString('base64'), entries: {} };
      throw err;
    }
    try {
      return fileSchema.parse(JSON.parse(raw));
    } catch {
      throw new SecretStoreError('corrupt', `the secret store ${this.#path} is corrupt`);
    }
  }

  async #keyFor(salt: string): Promise<Buffer> {
    if (this.#key?.salt !== salt)
      this.#key = { salt, key: scryptSync(await this.#material(), Buffer.from(salt, 'base64'), 32) };
    return this.#key.key;
  }

  async #save(file: SecretFile): Promise<void> {
    await mkdir(dirname(this.#path), { recursive: true, mode: 0o700 });
    const tmp = `${this.#path}.${process.pid}.tmp`;
    const handle = await open(tmp, 'w', 0o600);
    try {
      await handle.writeFile(JSON.stringify(file));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await chmod(tmp, 0o600);
    await rename(tmp, this.#path);
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
