// The last good root config, kept in a state file so a node that starts while TON is unreachable still
// knows its network. One document: the root's address, when it was read and the root data as a BOC. A file
// that does not read back (damaged JSON, another schema, a BOC that does not parse as a root) is moved aside
// by src/state-files and reported; the chain is then read again.
import { type Address, Cell } from '@ton/core';
import { z } from 'zod';
import { parseRootData, type RootConfig } from '../chain/contracts/root-config.js';
import { readStateFile, writeStateFile, type Damage, type StateFileSpec } from '../state-files/state-file.js';

const parsesAsRoot = (boc: string): boolean => {
  try {
    parseRootData(Cell.fromBase64(boc));
    return true;
  } catch {
    return false;
  }
};

const cacheSchema = z.object({
  version: z.literal(1),
  /** Raw form (`0:hex`). */
  rootAddress: z.string(),
  readAt: z.number().int().nonnegative(),
  boc: z.string().refine(parsesAsRoot, 'the root data does not parse'),
});

const spec: StateFileSpec<z.infer<typeof cacheSchema>> = { version: 1, schema: cacheSchema };

export interface CachedRoot {
  config: RootConfig;
  readAt: number;
}

export type CacheRead =
  { kind: 'missing' } | { kind: 'ok'; cached: CachedRoot } | { kind: 'damaged'; damage: Damage };

/** The cached config of `root`; a cache written for another root counts as missing (it is overwritten). */
export async function readRootCache(file: string, root: Address): Promise<CacheRead> {
  const r = await readStateFile(file, spec);
  if (r.kind !== 'ok') return r;
  if (r.value.rootAddress !== root.toRawString()) return { kind: 'missing' };
  return {
    kind: 'ok',
    cached: { config: parseRootData(Cell.fromBase64(r.value.boc)), readAt: r.value.readAt },
  };
}

export async function writeRootCache(file: string, root: Address, data: Cell, readAt: number): Promise<void> {
  await writeStateFile(file, spec, {
    version: 1,
    rootAddress: root.toRawString(),
    readAt,
    boc: data.toBoc().toString('base64'),
  });
}
