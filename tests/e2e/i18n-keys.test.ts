// The dashboard's strings: every reason the core can give has a translation in both languages, and no
// string is left empty or untranslated by accident (same text in en and ru only for proper names).
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { availabilityMessages, messageKeys } from '../../src/api/reasons.js';

// The renderer is its own TypeScript project that the tests project does not list: loaded by path at run
// time and typed by the shape used here.
type Flat = Record<string, string>;
interface Tree {
  [key: string]: string | Tree;
}
const load = async <T>(file: string) =>
  (await import(fileURLToPath(new URL(`../../renderer/src/i18n/${file}`, import.meta.url)))) as T;
const { enReasons, ruReasons, reasonKeys } = await load<{
  enReasons: Flat;
  ruReasons: Flat;
  reasonKeys: readonly string[];
}>('reasons.ts');
const { en } = await load<{ en: Tree }>('en.ts');
const { ru } = await load<{ ru: Tree }>('ru.ts');

function flatten(tree: Tree, prefix = ''): Flat {
  const out: Flat = {};
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out[`${prefix}${k}`] = v;
    else Object.assign(out, flatten(v, `${prefix}${k}.`));
  }
  return out;
}

describe('dashboard strings', () => {
  it('translates every availability reason the core sends, in both languages', () => {
    for (const key of messageKeys) {
      expect(reasonKeys).toContain(`availability.${key}`);
      expect(enReasons[`availability.${key}`]).toBe(availabilityMessages.en[key]);
      expect(ruReasons[`availability.${key}`]).toBeTruthy();
    }
    expect(Object.keys(ruReasons).sort()).toEqual(Object.keys(enReasons).sort());
  });

  it('has the same keys and the same {{placeholders}} in English and Russian, none empty', () => {
    const e = flatten(en);
    const r = flatten(ru);
    expect(Object.keys(r).sort()).toEqual(Object.keys(e).sort());
    const params = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
    for (const [key, text] of Object.entries(e)) {
      expect(text.trim(), key).not.toBe('');
      expect(params(r[key] ?? ''), key).toEqual(params(text));
    }
    for (const [key, text] of Object.entries(enReasons))
      expect(params(ruReasons[key] ?? ''), key).toEqual(params(text));
  });

  it('leaves no English sentence in the Russian strings', () => {
    const r = flatten(ru);
    const same = Object.entries(flatten(en)).filter(([k, v]) => r[k] === v && /[a-z]{3,}/.test(v));
    // Only names and formats may read the same: the app's name and unit/format templates.
    expect(same.map(([k]) => k)).toEqual(['app.title', 'schedule.cell', 'units.percent', 'units.celsius']);
  });
});
