// devnet/chain.json: the emulated chain's whole state, `{ version: 1, snapshot }`. Every write goes to two
// files, `chain.json.prev` first and then `chain.json`, so a damaged snapshot falls back to an intact copy
// of the same state instead of a new chain (which would turn paid money back into pending). The newer
// readable copy (by logical time) wins. Version 0 was the bare snapshot.
import { rename } from 'node:fs/promises';
import type { snapshotFromSerializable } from '@ton/sandbox';
import { z } from 'zod';
import {
  asideName,
  readStateFile,
  writeStateFile,
  type Damage,
  type StateFileSpec,
} from '../../state-files/state-file.js';
import { errorMessage } from '../../logging/logger.js';

type SerializableSnapshot = Parameters<typeof snapshotFromSerializable>[0];

const snapshotSchema = z.looseObject({
  contracts: z.array(z.looseObject({ address: z.string(), account: z.string(), lastTxTime: z.number() })),
  networkConfig: z.string(),
  lt: z.string().regex(/^\d+$/),
  nextCreateWalletIndex: z.number(),
  transactions: z.array(z.looseObject({ transaction: z.string() })),
});
const fileSchema = z.object({ version: z.literal(1), snapshot: snapshotSchema });
const spec: StateFileSpec<z.infer<typeof fileSchema>> = {
  version: 1,
  schema: fileSchema,
  migrate: (doc) => ({ version: 1, snapshot: doc }),
};

export const prevName = (file: string): string => `${file}.prev`;

export interface SnapshotRead {
  snapshot: SerializableSnapshot | null;
  /** The damage found in the main file, if any. */
  damage: Damage | null;
  /** Which file the snapshot came from. */
  from: 'file' | 'prev' | null;
}

/** `load` puts a candidate into the emulator; a snapshot it throws on counts as damage as well. */
export async function readSnapshotFile(
  file: string,
  load: (s: SerializableSnapshot) => Promise<void>,
): Promise<SnapshotRead> {
  let damage: Damage | null = null;
  const candidates: { snapshot: SerializableSnapshot; from: 'file' | 'prev'; name: string }[] = [];
  for (const [name, from] of [
    [file, 'file'],
    [prevName(file), 'prev'],
  ] as const) {
    const read = await readStateFile(name, spec);
    if (read.kind === 'damaged' && from === 'file') damage = read.damage;
    // zod checked the outline; the emulator checks every cell inside as it loads.
    if (read.kind === 'ok')
      candidates.push({ snapshot: read.value.snapshot as unknown as SerializableSnapshot, from, name });
  }
  candidates.sort((a, b) =>
    BigInt(b.snapshot.lt) > BigInt(a.snapshot.lt)
      ? 1
      : BigInt(b.snapshot.lt) < BigInt(a.snapshot.lt)
        ? -1
        : 0,
  );
  for (const c of candidates) {
    try {
      await load(c.snapshot);
      return { snapshot: c.snapshot, damage, from: c.from };
    } catch (err) {
      const movedTo = asideName(c.name);
      await rename(c.name, movedTo).catch(() => undefined);
      if (c.from === 'file')
        damage = {
          file: c.name,
          code: 'schema',
          detail: `the emulator refused it (${errorMessage(err)})`,
          movedTo,
        };
    }
  }
  return { snapshot: null, damage, from: null };
}

export async function writeSnapshotFile(file: string, snapshot: SerializableSnapshot): Promise<void> {
  const doc = { version: 1 as const, snapshot: snapshot as unknown as z.infer<typeof snapshotSchema> };
  await writeStateFile(prevName(file), spec, doc);
  await writeStateFile(file, spec, doc);
}
