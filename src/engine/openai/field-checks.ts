// A small vocabulary for the allow-list tables (allowed-fields.ts), shaped after Cocoon's validator
// (runners/helpers/ValidateRequest.cpp at 9060ce5): every object is checked field by field in table order,
// then any key the table does not name fails with "<path> has unknown field '<name>'", at any depth.
// Paths read like `messages[0].content[1].text`; the request itself is the empty path.
import { isObject, type Json, type JsonObject } from './json.js';

/** What failed, where (the path of the offending field) and the TON error code Cocoon answers it with. */
export interface FieldError {
  path: string;
  message: string;
  /** 621 protocol violation (a malformed request), 602 error (well formed, refused). */
  code: 621 | 602;
}

export type Check = (v: Json, path: string) => FieldError | null;
export interface Field {
  check: Check;
  required: boolean;
}
export type Fields = Readonly<Record<string, Check | Field>>;

const at = (path: string, name: string): string => (path === '' ? name : `${path}.${name}`);
const show = (path: string): string => (path === '' ? 'the request' : `'${path}'`);

export const fail = (path: string, what: string, code: 621 | 602 = 621): FieldError => ({
  path,
  message: `${show(path)} ${what}`,
  code,
});

// The path is the missing field's own; the message names its parent, as Cocoon's does.
const missing = (path: string, name: string): FieldError => ({
  path: at(path, name),
  message: `${show(path)} must have a field '${name}'`,
  code: 621,
});

const typed =
  (ok: (v: Json) => boolean, what: string): Check =>
  (v, path) =>
    ok(v) ? null : fail(path, what);

export const str = typed((v) => typeof v === 'string', 'must be a string');
export const int = typed((v) => Number.isInteger(v), 'must be an integer');
export const num = typed((v) => typeof v === 'number', 'must be a number');
export const bool = typed((v) => typeof v === 'boolean', 'must be a boolean');
export const hex = typed(
  (v) => typeof v === 'string' && /^(?:[0-9a-fA-F]{2})*$/.test(v),
  'must be a hex string',
);
/** Accepted as it comes: the C++ worker marks the key processed and looks no further. */
export const anything: Check = () => null;

export const required = (check: Check): Field => ({ check, required: true });

export const arrayOf =
  (item: Check): Check =>
  (v, path) => {
    if (!Array.isArray(v)) return fail(path, 'must be an array');
    for (const [i, x] of v.entries()) {
      const e = item(x, `${path}[${i}]`);
      if (e) return e;
    }
    return null;
  };

export const stringOr =
  (other: Check): Check =>
  (v, path) =>
    typeof v === 'string' ? null : other(v, path);

function checkFields(v: JsonObject, path: string, fields: Fields): FieldError | null {
  for (const [name, f] of Object.entries(fields)) {
    const { check, required: needed } = typeof f === 'function' ? { check: f, required: false } : f;
    if (!Object.hasOwn(v, name)) {
      if (needed) return missing(path, name);
      continue;
    }
    const e = check(v[name] ?? null, at(path, name));
    if (e) return e;
  }
  for (const name of Object.keys(v)) {
    if (!Object.hasOwn(fields, name))
      return { path: at(path, name), message: `${show(path)} has unknown field '${name}'`, code: 621 };
  }
  return null;
}

/** An object whose keys are exactly those `fields` allows. */
export const object =
  (fields: Fields): Check =>
  (v, path) =>
    isObject(v) ? checkFields(v, path, fields) : fail(path, 'must be an object');

/**
 * An object whose allowed fields depend on one of its string fields (a message's `role`, a content part's
 * `type`). `pick` returns the fields of that variant, or null for a value Cocoon does not know.
 */
export const tagged =
  (tag: string, pick: (value: string, v: JsonObject) => Fields | null, maxLength = Infinity): Check =>
  (v, path) => {
    if (!isObject(v)) return fail(path, 'must be an object');
    const value = v[tag];
    if (value === undefined) return missing(path, tag);
    if (typeof value !== 'string') return fail(at(path, tag), 'must be a string');
    if (value.length >= maxLength) return fail(at(path, tag), `must be shorter than ${maxLength} characters`);
    const fields = pick(value, v);
    if (!fields) return fail(path, `has unknown ${tag} '${value}'`);
    return checkFields(v, path, { [tag]: str, ...fields });
  };
