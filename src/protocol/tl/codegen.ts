// Generates schema.gen.ts from the TL schema: one TypeScript interface per combinator, bare store/load
// functions side by side, boxed loaders per type, the id table and a field table for generic tools (the
// JSON form, the random round-trip tests). Run by `npm run gen:protocol`; a test regenerates in memory and
// fails when the committed file differs.
import { parseSchema, type TlCombinator, type TlTypeRef } from './schema-parser.js';

const hex = (id: number): string => `0x${id.toString(16).padStart(8, '0')}`;
const q = (s: string): string => `'${s}'`;

export function pascal(name: string): string {
  return name
    .split('.')
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join('');
}

interface Ctx {
  byName: Map<string, TlCombinator>;
  byType: Map<string, TlCombinator[]>;
}

function bareCtor(ctx: Ctx, name: string): TlCombinator {
  const c = ctx.byName.get(name);
  if (!c || c.builtin || c.kind !== 'constructor') throw new Error(`unknown bare constructor ${name}`);
  return c;
}

function tsType(ctx: Ctx, t: TlTypeRef): string {
  switch (t.k) {
    case 'int':
    case 'nat':
    case 'double':
      return 'number';
    case 'long':
      return 'bigint';
    case 'string':
      return 'string';
    case 'bytes':
    case 'int128':
    case 'int256':
      return 'Buffer';
    case 'bool':
      return 'boolean';
    case 'bare':
      return pascal(bareCtor(ctx, t.ctor).name);
    case 'boxed':
      if (!ctx.byType.has(t.type)) throw new Error(`unknown type ${t.type}`);
      return `TlTypes[${q(t.type)}]`;
    case 'vector':
      return `${tsType(ctx, t.of)}[]`;
  }
}

/** The fewest bytes a value of this type can take (bounds vector counts against the remaining input). */
function minSize(ctx: Ctx, t: TlTypeRef): number {
  switch (t.k) {
    case 'long':
    case 'double':
      return 8;
    case 'int128':
      return 16;
    case 'int256':
      return 32;
    case 'bare':
      return bareCtor(ctx, t.ctor)
        .fields.filter((f) => !f.cond)
        .reduce((n, f) => n + minSize(ctx, f.type), 0);
    case 'vector':
      return t.boxed ? 8 : 4;
    default:
      return 4;
  }
}

function load(ctx: Ctx, t: TlTypeRef): string {
  switch (t.k) {
    case 'int128':
      return 'r.raw(16)';
    case 'int256':
      return 'r.raw(32)';
    case 'bare':
      return `load${pascal(t.ctor)}(r)`;
    case 'boxed':
      return `loadBoxed${pascal(t.type)}(r)`;
    case 'vector':
      return `r.${t.boxed ? 'boxedVector' : 'vector'}(${Math.max(1, minSize(ctx, t.of))}, (r) => ${load(ctx, t.of)})`;
    default:
      return `r.${t.k}()`;
  }
}

function store(t: TlTypeRef, v: string): string {
  switch (t.k) {
    case 'int128':
      return `w.raw(${v}, 16)`;
    case 'int256':
      return `w.raw(${v}, 32)`;
    case 'bare':
      return `store${pascal(t.ctor)}(w, ${v})`;
    case 'boxed':
      return `storeBoxed${pascal(t.type)}(w, ${v})`;
    case 'vector':
      return `w.${t.boxed ? 'boxedVector' : 'vector'}(${v}, (w, x) => ${store(t.of, 'x')})`;
    default:
      return `w.${t.k}(${v})`;
  }
}

function typeRefLiteral(t: TlTypeRef): string {
  switch (t.k) {
    case 'bare':
      return `{ k: 'bare', ctor: ${q(t.ctor)} }`;
    case 'boxed':
      return `{ k: 'boxed', type: ${q(t.type)} }`;
    case 'vector':
      return `{ k: 'vector', boxed: ${t.boxed}, of: ${typeRefLiteral(t.of)} }`;
    default:
      return `{ k: ${q(t.k)} }`;
  }
}

function combinatorCode(ctx: Ctx, c: TlCombinator): string[] {
  const P = pascal(c.name);
  const out = [`// ${c.line}${c.explicitId ? ` (explicit id ${hex(c.id)})` : ''}`];
  out.push(`export interface ${P} {`, `  _: ${q(c.name)};`);
  for (const f of c.fields) out.push(`  ${f.name}${f.cond ? '?' : ''}: ${tsType(ctx, f.type)};`);
  out.push('}');
  out.push(`export function store${P}(w: TlWriter, o: ${P}): void {`);
  for (const f of c.fields) {
    if (f.cond) {
      const v = `flagged_${f.name}`;
      out.push(
        `  const ${v} = w.flagged(o.${f.cond.field}, ${f.cond.bit}, o.${f.name}, ${q(`${c.name}.${f.name}`)});`,
      );
      out.push(`  if (${v} !== undefined) ${store(f.type, v)};`);
    } else {
      out.push(`  ${store(f.type, `o.${f.name}`)};`);
    }
  }
  if (c.fields.length === 0) out.push('  void w;', '  void o;');
  out.push('}');
  out.push(`export function load${P}(r: TlReader): ${P} {`);
  if (c.fields.length === 0) out.push('  void r;');
  for (const f of c.fields) {
    const expr = load(ctx, f.type);
    const value = f.cond ? `((${f.cond.field} >>> ${f.cond.bit}) & 1) === 1 ? ${expr} : undefined` : expr;
    out.push(`  const ${f.name} = ${value};`);
  }
  out.push(`  return { _: ${q(c.name)}${c.fields.map((f) => `, ${f.name}`).join('')} };`, '}', '');
  return out;
}

function dispatch(name: string, type: string, label: string, members: readonly TlCombinator[]): string[] {
  const out = [
    `export function loadBoxed${name}(r: TlReader): ${type} {`,
    '  const at = r.offset;',
    '  const id = r.nat();',
  ];
  out.push('  switch (id) {');
  for (const c of members) out.push(`    case ${hex(c.id)}:`, `      return load${pascal(c.name)}(r);`);
  out.push(`    default:`, `      return badId(r, id, at, ${q(label)});`);
  out.push('  }', '}');
  out.push(`export function storeBoxed${name}(w: TlWriter, o: ${type}): void {`, '  switch (o._) {');
  for (const c of members) {
    out.push(
      `    case ${q(c.name)}:`,
      `      w.nat(${hex(c.id)});`,
      `      store${pascal(c.name)}(w, o);`,
      '      return;',
    );
  }
  out.push(
    '    default:',
    `      return w.invalid(\`\${String((o as { _: unknown })._)} is not a ${label}\`);`,
  );
  out.push('  }', '}', '');
  return out;
}

export function generateCodec(schemaText: string, schemaPath: string): string {
  const all = parseSchema(schemaText);
  const combinators = all.filter((c) => !c.builtin && c.type !== 'Bool');
  const byName = new Map(all.map((c) => [c.name, c]));
  const byType = new Map<string, TlCombinator[]>();
  for (const c of combinators) byType.set(c.type, [...(byType.get(c.type) ?? []), c]);
  const ctx: Ctx = { byName, byType };
  const seen = new Map<string, string>();
  for (const n of [...combinators.map((c) => c.name), ...[...byType.keys()].map((t) => `Boxed${t}`)]) {
    const p = pascal(n);
    if (seen.has(p)) throw new Error(`${n} and ${seen.get(p) ?? ''} both become ${p}`);
    seen.set(p, n);
  }
  const fns = combinators.filter((c) => c.kind === 'function');
  const out = [
    `// Generated from ${schemaPath} by src/protocol/tl/codegen.ts (npm run gen:protocol). Do not edit:`,
    '// change the schema and regenerate; src/protocol/tl/codegen.test.ts fails when this file is stale.',
    "import type { TlReader } from './reader.js';",
    "import type { TlWriter } from './writer.js';",
    "import type { TlField } from './schema-parser.js';",
    '',
    '/** Every combinator of the schema (built-ins included) and its constructor id. */',
    'export const tlIds = {',
    ...all.map((c) => `  ${q(c.name)}: ${hex(c.id)},`),
    '} as const;',
    '',
    'const knownIds = new Set<number>(Object.values(tlIds));',
    '',
    'function badId(r: TlReader, id: number, at: number, expected: string): never {',
    '  return knownIds.has(id) ? r.unexpected(id, at, expected) : r.unknown(id, at);',
    '}',
    '',
  ];
  for (const c of combinators) out.push(...combinatorCode(ctx, c));
  out.push('/** Every object type by constructor or function name. */', 'export interface TlConstructors {');
  for (const c of combinators) out.push(`  ${q(c.name)}: ${pascal(c.name)};`);
  out.push(
    '}',
    '',
    '/** Every boxed type and the constructors that belong to it. */',
    'export interface TlTypes {',
  );
  for (const [t, cs] of byType) out.push(`  ${q(t)}: ${cs.map((c) => pascal(c.name)).join(' | ')};`);
  out.push('}', '', '/** The result type of each function. */', 'export interface TlFunctionResults {');
  for (const c of fns) out.push(`  ${q(c.name)}: ${q(c.type)};`);
  out.push('}', '');
  out.push('export type TlName = keyof TlConstructors;', 'export type TlObject = TlConstructors[TlName];');
  out.push(
    'export type TlTypeName = keyof TlTypes;',
    'export type TlFunctionName = keyof TlFunctionResults;',
  );
  out.push('export type TlFunction = TlConstructors[TlFunctionName];', '');
  for (const [t, cs] of byType) out.push(...dispatch(pascal(t), `TlTypes[${q(t)}]`, t, cs));
  out.push(...dispatch('Object', 'TlObject', 'TL object', combinators));
  out.push('/** Boxed loaders by type name, for decoding an answer of a known type. */');
  out.push('export const tlTypeLoaders: { readonly [T in TlTypeName]: (r: TlReader) => TlTypes[T] } = {');
  for (const t of byType.keys()) out.push(`  ${q(t)}: loadBoxed${pascal(t)},`);
  out.push('};', '');
  out.push('export const tlFunctionResults: { readonly [F in TlFunctionName]: TlFunctionResults[F] } = {');
  for (const c of fns) out.push(`  ${q(c.name)}: ${q(c.type)},`);
  out.push('};', '');
  out.push(
    'export interface TlCombinatorInfo {',
    '  readonly id: number;',
    "  readonly kind: 'constructor' | 'function';",
  );
  out.push('  readonly type: TlTypeName;', '  readonly fields: readonly TlField[];', '}', '');
  out.push('/** Field layouts, for generic tools (JSON form, tests); the codecs above do not use it. */');
  out.push('export const tlSchema: { readonly [N in TlName]: TlCombinatorInfo } = {');
  for (const c of combinators) {
    out.push(
      `  ${q(c.name)}: {`,
      `    id: ${hex(c.id)},`,
      `    kind: ${q(c.kind)},`,
      `    type: ${q(c.type)},`,
    );
    const fields = c.fields.map((f) => {
      const cond = f.cond ? `, cond: { field: ${q(f.cond.field)}, bit: ${f.cond.bit} }` : '';
      return `      { name: ${q(f.name)}, type: ${typeRefLiteral(f.type)}${cond} },`;
    });
    out.push(
      fields.length ? '    fields: [' : '    fields: [],',
      ...fields,
      ...(fields.length ? ['    ],'] : []),
      '  },',
    );
  }
  out.push('};', '');
  return out.join('\n');
}
