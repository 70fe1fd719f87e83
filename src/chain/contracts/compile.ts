// Compiles our Tolk contracts (contracts/*.tolk, the source of truth) with the Tolk compiler in WASM.
// No compiled code is checked in: the build compiles them (write-compiled.ts → dist/contracts), and a
// process uses that output when it matches the sources, compiling itself (~0.5 s) only when it does not.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Cell } from '@ton/core';
import { ChainError } from '../errors.js';
import { compiledFile, readCompiled, sourcesHash } from './compiled-file.js';

export type ContractName = 'worker' | 'proxy' | 'root';

export interface CompiledContracts {
  worker: Cell;
  proxy: Cell;
  root: Cell;
  tolkVersion: string;
}

let cached: Promise<CompiledContracts> | undefined;

/** The contracts, compiled by the build or (sources changed since) here, once per process. */
export function compileContracts(contractsDir = findContractsDir()): Promise<CompiledContracts> {
  cached ??= Promise.resolve(readCompiled(compiledFile(contractsDir), sourcesHash(contractsDir)))
    .then((built) => built ?? compileFromSources(contractsDir))
    .catch((err: unknown) => {
      cached = undefined; // a later call may succeed (e.g. after the sources are fixed)
      throw err;
    });
  return cached;
}

/** Runs the Tolk compiler on every contract. */
export async function compileFromSources(dir: string): Promise<CompiledContracts> {
  const worker = await compileOne(dir, 'worker');
  const proxy = await compileOne(dir, 'proxy');
  const root = await compileOne(dir, 'root');
  return { worker: worker.code, proxy: proxy.code, root: root.code, tolkVersion: worker.version };
}

export async function compileOne(dir: string, name: ContractName): Promise<{ code: Cell; version: string }> {
  const { runTolkCompiler } = await import('@ton/tolk-js');
  const result = await runTolkCompiler({
    entrypointFileName: `${name}.tolk`,
    fsReadCallback: (p) => readFileSync(path.join(dir, p), 'utf8'),
  });
  if (result.status === 'error') throw new ChainError('compile', `${name}.tolk: ${result.message}`);
  const code = Cell.fromBase64(result.codeBoc64);
  return { code, version: result.tolkVersion };
}

/** contracts/ at the repository root, found from this file both in src/ (vitest) and dist/src (node). */
export function findContractsDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'contracts');
    if (existsSync(path.join(candidate, 'worker.tolk'))) return candidate;
    dir = path.dirname(dir);
  }
  throw new ChainError('compile', 'contracts/worker.tolk not found above ' + fileURLToPath(import.meta.url));
}
