// The committed generated codec must be exactly what the generator makes from the committed schema.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { generateCodec } from './codegen.js';
import { parseSchema } from './schema-parser.js';

const schemaPath = 'src/protocol/schema/cocoon_api.tl';
const schema = readFileSync(new URL('../schema/cocoon_api.tl', import.meta.url), 'utf8');

describe('codegen', () => {
  it('schema.gen.ts is up to date with the schema (run `npm run gen:protocol` after editing it)', () => {
    const committed = readFileSync(new URL('./schema.gen.ts', import.meta.url), 'utf8');
    expect(generateCodec(schema, schemaPath) === committed).toBe(true);
  });

  it('parses conditional fields, bare and boxed references and vectors', () => {
    const byName = new Map(parseSchema(schema).map((c) => [c.name, c]));
    const answer = byName.get('proxy.queryAnswerEx');
    expect(answer?.fields.at(-1)).toEqual({
      name: 'final_info',
      type: { k: 'bare', ctor: 'proxy.queryFinalInfo' },
      cond: { field: 'flags', bit: 0 },
    });
    expect(byName.get('proxy.runQuery')?.fields[1]?.type).toEqual({
      k: 'boxed',
      type: 'proxy.SignedPayment',
    });
    expect(byName.get('http.request')?.fields[3]?.type).toEqual({
      k: 'vector',
      boxed: false,
      of: { k: 'bare', ctor: 'http.header' },
    });
    expect(byName.get('http.request')?.kind).toBe('function');
    expect(byName.get('vector')?.line).toBe('vector t:Type # [ t ] = Vector t');
  });

  it('rejects a field whose flags word does not exist', () => {
    expect(() => parseSchema('a.b x:flags.0?int = a.B;')).toThrow(/no # field/);
  });
});
