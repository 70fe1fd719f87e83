import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { readStateFile, readStateFileSync, writeStateFile, type StateFileSpec } from './state-file.js';
import { StateFileNotices } from './notices.js';
import { silentLogger } from '../logging/logger.js';

const schema = z.object({ version: z.literal(2), names: z.array(z.string()) });
const spec: StateFileSpec<z.infer<typeof schema>> = {
  version: 2,
  schema,
  migrate: (doc, from) =>
    from === 0 ? { version: 2, names: doc } : { version: 2, names: (doc as { list: string[] }).list },
};

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'sw-state-file-'));
  file = path.join(dir, 'names.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('versioned state files', () => {
  it('round-trips, and reads a missing file as missing', async () => {
    expect(await readStateFile(file, spec)).toEqual({ kind: 'missing' });
    await writeStateFile(file, spec, { version: 2, names: ['a'] });
    expect(await readStateFile(file, spec)).toEqual({ kind: 'ok', value: { version: 2, names: ['a'] } });
    expect(await readdir(dir)).toEqual(['names.json']);
  });

  it('migrates an unversioned file and an older version', async () => {
    await writeFile(file, '["x","y"]');
    expect(await readStateFile(file, spec)).toMatchObject({ kind: 'ok', value: { names: ['x', 'y'] } });
    await writeFile(file, '{"version":1,"list":["z"]}');
    expect(readStateFileSync(file, spec)).toMatchObject({ kind: 'ok', value: { names: ['z'] } });
  });

  it.each([
    ['empty', ''],
    ['not-json', '{"version":2,"na'],
    ['newer-version', '{"version":3,"names":[]}'],
    ['schema', '{"version":2,"names":[1]}'],
  ])('moves a damaged file aside with a timestamp (%s) and says so', async (code, text) => {
    await writeFile(file, text);
    const read = await readStateFile(file, spec);
    expect(read).toMatchObject({ kind: 'damaged', damage: { code, file } });
    const movedTo = read.kind === 'damaged' ? (read.damage.movedTo ?? '') : '';
    expect(path.basename(movedTo)).toMatch(/^names\.json\.damaged-\d{4}-\d\d-\d\dT/);
    expect(await readFile(movedTo, 'utf8')).toBe(text);
    expect(await readStateFile(file, spec)).toEqual({ kind: 'missing' });
  });

  it('never writes a document that would not read back', async () => {
    await expect(
      writeStateFile(file, spec, { version: 2, names: [7] } as unknown as z.infer<typeof schema>),
    ).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });

  it('tells the owner which file was damaged, where it went and what was recovered', () => {
    const notices = new StateFileNotices(silentLogger);
    const seen: string[] = [];
    notices.onNotice((n) => seen.push(n.id));
    notices.damaged(
      { file, code: 'not-json', detail: 'not JSON', movedTo: `${file}.damaged-x` },
      'Rebuilt from the chain.',
    );
    expect(notices.list()[0]).toMatchObject({
      level: 'warning',
      params: { file, movedTo: `${file}.damaged-x`, recovered: 'Rebuilt from the chain.' },
    });
    expect(notices.list()[0]?.message).toContain(file);
    expect(seen).toEqual([`state-file.damaged:${file}`]);
  });
});
