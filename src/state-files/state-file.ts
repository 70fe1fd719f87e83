// Every state file in the data folder is one JSON document `{ "version": N, ... }` read through a zod
// schema. Reading never throws for bad content: a file that is empty, not JSON, of a newer version or not
// of the schema is moved aside with a timestamp and reported as damage, so the owner can be told what
// was recovered and the node still starts. Writing goes through the project's one atomic writer.
import { readFileSync, renameSync } from 'node:fs';
import { readFile, rename } from 'node:fs/promises';
import type { z } from 'zod';
import { writeFileAtomic, writeFileAtomicSync } from '../settings/atomic-file.js';
import { errorMessage } from '../logging/logger.js';

export type DamageCode = 'empty' | 'not-json' | 'newer-version' | 'schema';

export interface Damage {
  /** The file as it was named. */
  file: string;
  code: DamageCode;
  /** What was wrong, in English, for logs and the notice. */
  detail: string;
  /** Where the damaged bytes were kept, or null when they could not be moved. */
  movedTo: string | null;
}

export type ReadResult<T> =
  { kind: 'missing' } | { kind: 'ok'; value: T } | { kind: 'damaged'; damage: Damage };

export interface StateFileSpec<T> {
  version: number;
  /** The current document, `version` included. */
  schema: z.ZodType<T>;
  /**
   * Lifts an older document to the current version (pure). `from` is 0 for files written before they
   * were versioned (whatever shape they had then). Without it, older documents are damage.
   */
  migrate?: (doc: unknown, from: number) => unknown;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; code: DamageCode; detail: string };

export function parseStateText<T>(text: string, spec: StateFileSpec<T>): Parsed<T> {
  if (text.trim() === '') return { ok: false, code: 'empty', detail: 'the file is empty' };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    return { ok: false, code: 'not-json', detail: `not JSON (${errorMessage(err)})` };
  }
  const version = versionOf(doc);
  if (version > spec.version)
    return {
      ok: false,
      code: 'newer-version',
      detail: `version ${version} is newer than this app reads (${spec.version})`,
    };
  if (version < spec.version) {
    if (!spec.migrate)
      return {
        ok: false,
        code: 'schema',
        detail: `version ${version} is older than this app reads (${spec.version})`,
      };
    try {
      doc = spec.migrate(doc, version);
    } catch (err) {
      return {
        ok: false,
        code: 'schema',
        detail: `version ${version} cannot be migrated (${errorMessage(err)})`,
      };
    }
  }
  const parsed = spec.schema.safeParse(doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      code: 'schema',
      detail: `does not match the schema${issue ? ` (${issue.path.join('.') || 'document'}: ${issue.message})` : ''}`,
    };
  }
  return { ok: true, value: parsed.data };
}

/** A document's version; 0 for anything without a numeric top-level `version` (legacy files). */
function versionOf(doc: unknown): number {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return 0;
  const v = (doc as Record<string, unknown>).version;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}

/** `<file>.damaged-<UTC time>`: sorts by time and never collides with the live file's name. */
export function asideName(file: string, now = new Date()): string {
  return `${file}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`;
}

export async function readStateFile<T>(file: string, spec: StateFileSpec<T>): Promise<ReadResult<T>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw err;
  }
  const parsed = parseStateText(text, spec);
  if (parsed.ok) return { kind: 'ok', value: parsed.value };
  const movedTo = asideName(file);
  const moved = await rename(file, movedTo).then(
    () => true,
    () => false,
  );
  return {
    kind: 'damaged',
    damage: { file, code: parsed.code, detail: parsed.detail, movedTo: moved ? movedTo : null },
  };
}

/** The same for the few writers that must stay synchronous (the devnet proxy's books). */
export function readStateFileSync<T>(file: string, spec: StateFileSpec<T>): ReadResult<T> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw err;
  }
  const parsed = parseStateText(text, spec);
  if (parsed.ok) return { kind: 'ok', value: parsed.value };
  const movedTo = asideName(file);
  let moved = true;
  try {
    renameSync(file, movedTo);
  } catch {
    moved = false;
  }
  return {
    kind: 'damaged',
    damage: { file, code: parsed.code, detail: parsed.detail, movedTo: moved ? movedTo : null },
  };
}

/** Validates before writing: a document that would not read back is never written. */
export async function writeStateFile<T>(
  file: string,
  spec: StateFileSpec<T>,
  doc: T,
  pretty = false,
): Promise<void> {
  await writeFileAtomic(file, JSON.stringify(spec.schema.parse(doc), null, pretty ? 1 : undefined) + '\n');
}

export function writeStateFileSync<T>(file: string, spec: StateFileSpec<T>, doc: T): void {
  writeFileAtomicSync(file, JSON.stringify(spec.schema.parse(doc)) + '\n');
}
