// Pure migrations from any older settings document to the current version. Each step takes the
// document of version N and returns version N+1; unknown future versions are refused, not guessed.
import { SETTINGS_VERSION } from '../api/settings.js';
import { levelsFromOnOff } from './levels-migration.js';

type Doc = Record<string, unknown>;

/** migrations[n] turns a version-n document into version n+1. */
const migrations: Record<number, (doc: Doc) => Doc> = {
  // Version 0 was the unversioned prototype format: { lang } instead of { language }.
  0: (doc) => {
    const { lang, ...rest } = doc;
    return { ...rest, ...(typeof lang === 'string' ? { language: lang } : {}), version: 1 };
  },
  // Version 2 brought throttling levels: on/off windows become windows painting Full over an Off week.
  1: (doc) => {
    const { availability, ...rest } = doc;
    const isObject =
      typeof availability === 'object' && availability !== null && !Array.isArray(availability);
    return {
      ...rest,
      ...(isObject ? { availability: levelsFromOnOff(availability as Doc) } : {}),
      version: 2,
    };
  },
};

export class MigrationError extends Error {}

export function migrateSettings(input: unknown): Doc {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new MigrationError('settings file does not hold a JSON object');
  }
  let doc = input as Doc;
  let version = typeof doc.version === 'number' ? doc.version : 0;
  if (version > SETTINGS_VERSION) {
    throw new MigrationError(
      `settings version ${version} is newer than this app understands (${SETTINGS_VERSION})`,
    );
  }
  while (version < SETTINGS_VERSION) {
    const step = migrations[version];
    if (!step) throw new MigrationError(`no migration from settings version ${version}`);
    doc = step(doc);
    version += 1;
  }
  return doc;
}
