// The TVM stack as toncenter v2's runGetMethod carries it. Requests list entries as `["num", "123"]`,
// `["tvm.Cell", boc]`, `["tvm.Slice", boc]`, `["tvm.Builder", boc]` (what @ton/ton's TonClient sends; the
// short names `int`/`cell`/`slice`/`builder` are accepted too). Answers use toncenter's rendering:
// `["num", "0x…"]`, `["cell" | "slice" | "builder", { bytes }]`, `["null", null]`, and
// `["tuple", { "@type": "tvm.tuple", elements }]` whose elements are tonlib's `tvm.stackEntry*` objects.
import { type Cell, type TupleItem } from '@ton/core';
import { parseBoc, RpcError } from './params.js';

const invalid = (message: string): RpcError => new RpcError(422, message);

/** Reads the request stack of runGetMethod. */
export function readStack(raw: unknown): TupleItem[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw invalid('stack must be an array of [type, value] entries');
  return raw.map((entry: unknown, i) => readEntry(entry, i));
}

function readEntry(entry: unknown, i: number): TupleItem {
  if (!Array.isArray(entry) || typeof entry[0] !== 'string')
    throw invalid(`stack[${i}] must be a [type, value] pair`);
  const [type, value] = entry as [string, unknown];
  const where = `stack[${i}]`;
  switch (type) {
    case 'num':
    case 'int':
      return { type: 'int', value: readNumber(value, where) };
    case 'null':
      return { type: 'null' };
    case 'tvm.Cell':
    case 'cell':
      return { type: 'cell', cell: readCell(value, where) };
    case 'tvm.Slice':
    case 'slice':
      return { type: 'slice', cell: readCell(value, where) };
    case 'tvm.Builder':
    case 'builder':
      return { type: 'builder', cell: readCell(value, where) };
    default:
      throw invalid(`${where} has an unsupported type ${JSON.stringify(type.slice(0, 40))}`);
  }
}

function readNumber(value: unknown, where: string): bigint {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value === 'string' && /^-?(0x[0-9a-fA-F]{1,80}|\d{1,80})$/.test(value)) {
    const negative = value.startsWith('-');
    const n = BigInt(negative ? value.slice(1) : value);
    return negative ? -n : n;
  }
  throw invalid(`${where} is not an integer (decimal or 0x hex)`);
}

function readCell(value: unknown, where: string): Cell {
  const b64 = typeof value === 'object' && value !== null ? (value as { bytes?: unknown }).bytes : value;
  if (typeof b64 !== 'string') throw invalid(`${where} must carry a base64 bag of cells`);
  return parseBoc(b64, where);
}

const b64 = (c: Cell): string => c.toBoc().toString('base64');

function hexNumber(n: bigint): string {
  return n < 0n ? `-0x${(-n).toString(16)}` : `0x${n.toString(16)}`;
}

/** Renders a result stack as toncenter does. */
export function writeStack(items: TupleItem[]): unknown[] {
  return items.map((item) => {
    switch (item.type) {
      case 'int':
        return ['num', hexNumber(item.value)];
      case 'nan':
        return ['num', 'NaN'];
      case 'null':
        return ['null', null];
      case 'cell':
      case 'slice':
      case 'builder':
        return [item.type, { bytes: b64(item.cell) }];
      case 'tuple':
        return ['tuple', { '@type': 'tvm.tuple', elements: item.items.map(tonlibEntry) }];
    }
  });
}

/** tonlib's `tvm.StackEntry`, the form of a tuple's elements. */
function tonlibEntry(item: TupleItem): unknown {
  switch (item.type) {
    case 'int':
      return {
        '@type': 'tvm.stackEntryNumber',
        number: { '@type': 'tvm.numberDecimal', number: item.value.toString() },
      };
    case 'nan':
      return { '@type': 'tvm.stackEntryUnsupported' };
    case 'null':
      return { '@type': 'tvm.stackEntryNull' };
    case 'cell':
    case 'builder':
      return { '@type': 'tvm.stackEntryCell', cell: { '@type': 'tvm.cell', bytes: b64(item.cell) } };
    case 'slice':
      return { '@type': 'tvm.stackEntrySlice', slice: { '@type': 'tvm.slice', bytes: b64(item.cell) } };
    case 'tuple':
      return {
        '@type': 'tvm.stackEntryTuple',
        tuple: { '@type': 'tvm.tuple', elements: item.items.map(tonlibEntry) },
      };
  }
}
