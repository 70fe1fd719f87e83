import { beginCell } from '@ton/core';
import { describe, expect, it } from 'vitest';
import { readStack, writeStack } from './stack-codec.js';

describe('stack codec (toncenter v2 runGetMethod)', () => {
  const cell = beginCell().storeUint(0xabc, 12).endCell();
  const b64 = cell.toBoc().toString('base64');

  it('reads the entries TonClient sends, in decimal and hex, and refuses the rest by position', () => {
    const items = readStack([
      ['num', '123'],
      ['num', '-0x10'],
      ['tvm.Cell', b64],
      ['tvm.Slice', b64],
      ['cell', { bytes: b64 }],
    ]);
    expect(items.map((i) => i.type)).toEqual(['int', 'int', 'cell', 'slice', 'cell']);
    expect(items[1]).toEqual({ type: 'int', value: -16n });
    expect(() => readStack([['num', '12x']])).toThrow(/stack\[0\] is not an integer/);
    expect(() => readStack([['tvm.Cell', 'AAAA']])).toThrow(/stack\[0\]/);
    expect(() => readStack([['float', '1']])).toThrow(/unsupported type/);
    expect(() => readStack({})).toThrow(/must be an array/);
  });

  it('writes results as toncenter renders them: hex numbers, cells by bytes, tuples of tonlib entries', () => {
    const out = writeStack([
      { type: 'int', value: -255n },
      { type: 'null' },
      { type: 'slice', cell },
      {
        type: 'tuple',
        items: [
          { type: 'int', value: 7n },
          { type: 'cell', cell },
        ],
      },
    ]);
    expect(out).toEqual([
      ['num', '-0xff'],
      ['null', null],
      ['slice', { bytes: b64 }],
      [
        'tuple',
        {
          '@type': 'tvm.tuple',
          elements: [
            { '@type': 'tvm.stackEntryNumber', number: { '@type': 'tvm.numberDecimal', number: '7' } },
            { '@type': 'tvm.stackEntryCell', cell: { '@type': 'tvm.cell', bytes: b64 } },
          ],
        },
      ],
    ]);
  });
});
