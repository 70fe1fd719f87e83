// The per-install API token: 32 random bytes, created on first run, kept in a 0600 file.
import { promises as fs } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { writeFileAtomic } from '../settings/atomic-file.js';
import { dataFiles } from './paths.js';

export async function loadOrCreateToken(dataDir: string): Promise<string> {
  const file = path.join(dataDir, dataFiles.token);
  try {
    const token = (await fs.readFile(file, 'utf8')).trim();
    if (/^[A-Za-z0-9_-]{32,}$/.test(token)) return token;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const token = randomBytes(32).toString('base64url');
  await writeFileAtomic(file, token + '\n', 0o600);
  return token;
}

export async function readToken(dataDir: string): Promise<string> {
  return (await fs.readFile(path.join(dataDir, dataFiles.token), 'utf8')).trim();
}
