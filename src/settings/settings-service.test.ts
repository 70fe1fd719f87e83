import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SettingsService } from './settings-service.js';
import { SETTINGS_VERSION } from '../api/settings.js';
import { JsonFileBackend } from './settings-backend.js';
import { createLogger, type LogSink } from '../logging/logger.js';
import type { LogLine } from '../api/events.js';

let dir: string;
let file: string;
let lines: LogLine[];
const sink: LogSink = (l) => lines.push(l);

function service(): SettingsService {
  return new SettingsService({ backend: new JsonFileBackend(file), log: createLogger('t', sink) });
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'sw-settings-'));
  file = path.join(dir, 'settings.json');
  lines = [];
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('SettingsService', () => {
  it('creates the file with defaults on first run', async () => {
    const s = await service().load();
    expect(s.language).toBe('auto');
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({
      version: SETTINGS_VERSION,
      language: 'auto',
    });
  });

  it('persists a patch and reloads it', async () => {
    const a = service();
    await a.load();
    await a.update({ language: 'ru', startAtLogin: true });
    const b = await service().load();
    expect(b).toMatchObject({ language: 'ru', startAtLogin: true });
  });

  it('backs up a corrupt file, uses defaults and tells the owner', async () => {
    await writeFile(file, '{"language": "ru", ');
    const svc = service();
    const s = await svc.load();
    expect(s.language).toBe('auto');
    const notices = svc.notices();
    expect(notices).toHaveLength(1);
    expect(notices[0]?.message).toMatch(/could not be read/);
    const backups = (await readdir(dir)).filter((f) => f.includes('.corrupt-'));
    expect(backups).toHaveLength(1);
    expect(await readFile(path.join(dir, backups[0]!), 'utf8')).toBe('{"language": "ru", ');
    expect(lines.some((l) => l.level === 'warn')).toBe(true);
  });

  it('treats a well-formed file with invalid values as corrupt, keeping a copy', async () => {
    await writeFile(file, JSON.stringify({ version: 1, language: 'klingon' }));
    const svc = service();
    expect((await svc.load()).language).toBe('auto');
    expect(svc.notices()[0]?.message).toMatch(/language/);
  });

  it('migrates the unversioned prototype format', async () => {
    await writeFile(file, JSON.stringify({ lang: 'ru', autoStart: false }));
    const s = await service().load();
    expect(s).toMatchObject({ version: SETTINGS_VERSION, language: 'ru', autoStart: false });
  });

  it('refuses a settings file from a newer version instead of guessing', async () => {
    await writeFile(file, JSON.stringify({ version: 99, language: 'ru' }));
    const svc = service();
    await svc.load();
    expect(svc.notices()[0]?.message).toMatch(/newer than this app/);
  });

  it('notifies listeners only when something changed', async () => {
    const svc = service();
    await svc.load();
    let calls = 0;
    svc.onChange(() => calls++);
    await svc.update({ language: 'auto' });
    await svc.update({ language: 'en' });
    expect(calls).toBe(1);
  });
});
