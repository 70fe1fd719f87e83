import { describe, expect, it } from 'vitest';
import * as der from './der.js';

describe('DER', () => {
  it('encodes OIDs, lengths, integers and times', () => {
    expect(der.oid('1.3.6.1.4.1.59999.1.1').toString('hex')).toBe('060a2b0601040183d45f0101');
    expect(der.oid('1.3.101.112').toString('hex')).toBe('06032b6570');
    expect(der.octetString(Buffer.alloc(300)).subarray(0, 4).toString('hex')).toBe('0482012c');
    expect(der.unsignedInteger(Buffer.from([0x80, 1])).toString('hex')).toBe('0203008001');
    expect(der.unsignedInteger(Buffer.from([0, 0, 5])).toString('hex')).toBe('020105');
    expect(der.time(new Date(Date.UTC(2026, 0, 2, 3, 4, 5))).toString()).toContain('260102030405Z');
    expect(
      der
        .time(new Date(Date.UTC(2050, 0, 1)))
        .toString('hex')
        .slice(0, 4),
    ).toBe('180f');
  });

  it('reads back what it writes, and refuses lengths beyond the buffer', () => {
    const node = der.readNode(der.sequence(der.oid('2.5.29.19'), der.boolean(true)));
    const [oid, flag] = der.children(node);
    expect(oid && der.readOid(oid)).toBe('2.5.29.19');
    expect(flag?.content.toString('hex')).toBe('ff');
    const t = new Date(Date.UTC(2030, 5, 6, 7, 8, 9));
    expect(der.readTime(der.readNode(der.time(t))).getTime()).toBe(t.getTime());
    expect(() => der.readNode(Buffer.from('3005020101', 'hex'))).toThrow(/BAD_DER/);
    expect(() => der.readNode(Buffer.from('3085ffffffffff', 'hex'))).toThrow(/BAD_DER/);
  });
});
