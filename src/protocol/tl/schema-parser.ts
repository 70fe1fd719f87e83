// Parses the TL schema text and computes constructor ids the way tl-parser does (docs/protocol.md §2.1): crc32 of the
// declaration normalised to one line — explicit `#id` removed, parentheses and braces dropped, tokens
// separated by single spaces — unless the declaration names its id explicitly.
import { crc32 } from 'node:zlib';

export type TlTypeRef =
  | { readonly k: 'int' | 'nat' | 'long' | 'double' | 'string' | 'bytes' | 'bool' | 'int128' | 'int256' }
  | { readonly k: 'bare'; readonly ctor: string }
  | { readonly k: 'boxed'; readonly type: string }
  | { readonly k: 'vector'; readonly boxed: boolean; readonly of: TlTypeRef };

export interface TlField {
  readonly name: string;
  readonly type: TlTypeRef;
  /** Present only when bit `bit` of the `#` field `field` is set. */
  readonly cond?: { readonly field: string; readonly bit: number };
}

export interface TlCombinator {
  readonly name: string;
  readonly id: number;
  readonly kind: 'constructor' | 'function';
  /** Built-in combinators (int, vector, Bool, int256…) have no generated codec of their own. */
  readonly builtin: boolean;
  readonly fields: readonly TlField[];
  readonly type: string;
  /** The normalised line whose crc32 is the id (unless `explicitId`). */
  readonly line: string;
  readonly explicitId: boolean;
}

const builtinNames = new Set(['int', 'long', 'double', 'string', 'bytes', 'vector', 'int128', 'int256']);
const boolNames = new Set(['boolTrue', 'boolFalse']);
const primitive: Record<string, TlTypeRef['k']> = {
  '#': 'nat',
  int: 'int',
  long: 'long',
  double: 'double',
  string: 'string',
  bytes: 'bytes',
  Bool: 'bool',
  int128: 'int128',
  int256: 'int256',
};

/** Splits on whitespace outside parentheses and braces. */
function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(' || ch === '{') depth++;
    if (ch === ')' || ch === '}') depth--;
    if (/\s/.test(ch) && depth === 0) {
      if (cur) tokens.push(cur);
      cur = '';
    } else {
      cur += ch;
    }
  }
  if (cur) tokens.push(cur);
  return tokens;
}

export function normalise(tokens: readonly string[]): string {
  return tokens
    .map((t) => t.replace(/[(){}]/g, '').replace(/\s+/g, ' '))
    .join(' ')
    .trim();
}

/** The TL rule: a name whose last dotted part starts with a lower-case letter is a (bare) constructor. */
function isBareName(name: string): boolean {
  const last = name.slice(name.lastIndexOf('.') + 1);
  return /^[a-z]/.test(last);
}

export function parseTypeRef(text: string): TlTypeRef {
  const vec = /^\((vector|Vector)\s+(.+)\)$/.exec(text.trim());
  if (vec) return { k: 'vector', boxed: vec[1] === 'Vector', of: parseTypeRef(vec[2] ?? '') };
  const k = primitive[text];
  if (k) return { k } as TlTypeRef;
  if (!/^[A-Za-z][\w.]*$/.test(text)) throw new Error(`unsupported TL type "${text}"`);
  return isBareName(text) ? { k: 'bare', ctor: text } : { k: 'boxed', type: text };
}

function parseField(token: string): TlField {
  const m = /^(\w+):(?:(\w+)\.(\d+)\?)?(.+)$/.exec(token);
  if (!m) throw new Error(`unsupported TL field "${token}"`);
  const [, name = '', field, bit, type = ''] = m;
  const ref = parseTypeRef(type);
  return field === undefined ? { name, type: ref } : { name, type: ref, cond: { field, bit: Number(bit) } };
}

export function parseSchema(text: string): TlCombinator[] {
  const out: TlCombinator[] = [];
  let kind: TlCombinator['kind'] = 'constructor';
  const body = text.replace(/\/\/[^\n]*/g, '');
  for (let chunk of body.split(';')) {
    for (;;) {
      const m = /^\s*---(functions|types)---/.exec(chunk);
      if (!m) break;
      kind = m[1] === 'functions' ? 'function' : 'constructor';
      chunk = chunk.slice(m[0].length);
    }
    const tokens = tokenize(chunk);
    const [head, ...rest] = tokens;
    if (head === undefined) continue;
    const eq = rest.indexOf('=');
    if (eq < 0) throw new Error(`TL declaration without "=": ${chunk.trim()}`);
    const [name = '', idText] = head.split('#');
    const type = normalise(rest.slice(eq + 1));
    const line = normalise([name, ...rest]);
    const builtin = builtinNames.has(name) || rest[0] === '?';
    const fields = builtin || boolNames.has(name) ? [] : rest.slice(0, eq).map(parseField);
    for (const f of fields) {
      if (f.cond && !fields.some((g) => g.name === f.cond?.field && g.type.k === 'nat')) {
        throw new Error(`${name}.${f.name}: no # field named ${f.cond.field}`);
      }
    }
    const explicitId = idText !== undefined;
    const id = explicitId ? Number.parseInt(idText, 16) >>> 0 : crc32(line) >>> 0;
    out.push({ name, id, kind, builtin, fields, type, line, explicitId });
  }
  return out;
}
