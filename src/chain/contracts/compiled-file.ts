// The build compiles contracts/*.tolk once (scripts/build.js runs write-compiled.js) into
// dist/contracts/compiled.json, stamped with a hash of the sources; at run time the daemon loads that file
// instead of starting the Tolk compiler (about 100 MB of WASM), and compiles only when the sources changed.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Cell } from '@ton/core';
import type { CompiledContracts } from './compile.js';

export function sourcesHash(contractsDir: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(contractsDir)
    .filter((f) => f.endsWith('.tolk'))
    .sort()) {
    hash
      .update(`${name}\0`)
      .update(readFileSync(path.join(contractsDir, name)))
      .update('\0');
  }
  return hash.digest('hex');
}

interface Stored {
  sourcesHash: string;
  tolkVersion: string;
  worker: string;
  proxy: string;
  root: string;
}

export function compiledFile(contractsDir: string): string {
  return path.join(path.dirname(contractsDir), 'dist', 'contracts', 'compiled.json');
}

/** The compiled contracts from the build, or null when missing or made from other sources. */
export function readCompiled(file: string, expectedHash: string): CompiledContracts | null {
  let stored: Stored;
  try {
    stored = JSON.parse(readFileSync(file, 'utf8')) as Stored;
  } catch {
    return null;
  }
  if (stored.sourcesHash !== expectedHash) return null;
  return {
    worker: Cell.fromBase64(stored.worker),
    proxy: Cell.fromBase64(stored.proxy),
    root: Cell.fromBase64(stored.root),
    tolkVersion: stored.tolkVersion,
  };
}

export function serializeCompiled(c: CompiledContracts, hash: string): string {
  const stored: Stored = {
    sourcesHash: hash,
    tolkVersion: c.tolkVersion,
    worker: c.worker.toBoc().toString('base64'),
    proxy: c.proxy.toBoc().toString('base64'),
    root: c.root.toBoc().toString('base64'),
  };
  return JSON.stringify(stored, null, 1) + '\n';
}
