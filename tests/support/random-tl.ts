// Random, valid TL objects for round-trip tests and fuzz seeds: every field type, flags with unknown bits,
// string lengths around the 254-byte boundary, multi-byte UTF-8, and bytes that carry nested objects.
import type { TlTypeRef } from '../../src/protocol/tl/schema-parser.js';
import { encodeBoxed } from '../../src/protocol/tl/codec.js';
import { tlSchema, type TlName, type TlObject } from '../../src/protocol/tl/schema.gen.js';
import type { Prng } from './prng.js';

const names = Object.keys(tlSchema) as TlName[];
const doubles = [0, 1.5, -2.25, 1e300, -1e-300, Number.MIN_VALUE, Infinity, -Infinity, -0, NaN, 108.3];
const words = [
  '',
  'a',
  'Qwen/Qwen3-0.6B',
  'Привет',
  '日本語テキスト',
  '🙂 emoji',
  'x'.repeat(253),
  'y'.repeat(254),
];

export function randomName(rng: Prng): TlName {
  return rng.pick(names);
}

function length(rng: Prng): number {
  const r = rng.below(10);
  if (r < 6) return rng.below(20);
  if (r < 9) return 250 + rng.below(10);
  return 1000 + rng.below(3000);
}

function randomValue(rng: Prng, t: TlTypeRef, depth: number): unknown {
  switch (t.k) {
    case 'int':
      return rng.chance(0.2) ? rng.pick([0, -1, 0x7fffffff, -0x80000000]) : rng.u32() | 0;
    case 'nat':
      return rng.u32();
    case 'long':
      return BigInt.asIntN(64, (BigInt(rng.u32()) << 32n) | BigInt(rng.u32()));
    case 'double':
      return rng.chance(0.5) ? rng.pick(doubles) : (rng.u32() - 2 ** 31) / (rng.u32() + 1);
    case 'string':
      return rng.chance(0.5) ? rng.pick(words) : rng.bytes(length(rng)).toString('base64');
    case 'bytes':
      if (depth < 2 && rng.chance(0.3)) return encodeBoxed(randomObject(rng, randomName(rng), depth + 1));
      return rng.bytes(length(rng));
    case 'int128':
      return rng.bytes(16);
    case 'int256':
      return rng.bytes(32);
    case 'bool':
      return rng.chance(0.5);
    case 'bare':
      return randomObject(rng, t.ctor as TlName, depth);
    case 'boxed': {
      const members = names.filter((n) => tlSchema[n].type === t.type);
      return randomObject(rng, rng.pick(members), depth);
    }
    case 'vector':
      return Array.from({ length: rng.below(4) }, () => randomValue(rng, t.of, depth));
  }
}

/** A random valid object of constructor `name`. */
export function randomObject(rng: Prng, name: TlName, depth = 0): TlObject {
  const out: Record<string, unknown> = { _: name };
  for (const f of tlSchema[name].fields) {
    if (f.cond && ((Number(out[f.cond.field]) >>> f.cond.bit) & 1) === 0) {
      out[f.name] = undefined;
      continue;
    }
    out[f.name] = randomValue(rng, f.type, depth);
  }
  return out as unknown as TlObject;
}
