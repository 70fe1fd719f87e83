// Golden byte vectors (docs/protocol.md §2.2, layouts of §2.3 and §4) and the strict-parsing rules.
import { describe, expect, it } from 'vitest';
import { ProtocolError } from '../errors.js';
import { decodeBoxed, decodeBoxedAs, encodeBoxed } from './codec.js';
import { TlReader } from './reader.js';
import { TlWriter } from './writer.js';
import type { TlObject } from './schema.gen.js';

const hex = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ''), 'hex');

function golden(obj: TlObject, bytes: string): void {
  expect(encodeBoxed(obj).toString('hex')).toBe(hex(bytes).toString('hex'));
  expect(decodeBoxed(hex(bytes))).toEqual(obj);
}

function fails(data: Buffer | string, code: string, offset: number): void {
  const buf = typeof data === 'string' ? hex(data) : data;
  let caught: unknown;
  try {
    decodeBoxed(buf);
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(ProtocolError);
  expect([(caught as ProtocolError).code, (caught as ProtocolError).offset]).toEqual([code, offset]);
}

const owner = 'UQAuz15H' + 'x'.repeat(37) + 'B-m';
const zero32 = Buffer.alloc(32);

describe('golden vectors (docs/protocol.md §2.2)', () => {
  it('tcp.connect', () => golden({ _: 'tcp.connect', id: 0x0102030405060708n }, '61427ca5 0807060504030201'));

  it('worker.compareBalanceWithProxy(0, 0, 0)', () =>
    golden(
      {
        _: 'worker.compareBalanceWithProxy',
        tokens_committed_to_blockchain: 0n,
        tokens_committed_to_db: 0n,
        max_tokens: 0n,
      },
      '016538db' + '00'.repeat(24),
    ));

  it('worker.proxyHandshakeComplete(is_disabled=false)', () =>
    golden({ _: 'worker.proxyHandshakeComplete', is_disabled: false }, '66b043f8 379779bc'));

  it('worker.enabledDisabled(disabled=1)', () =>
    golden({ _: 'worker.enabledDisabled', disabled: 1 }, '3910b7b3 01000000'));

  it('worker.connectToProxy with bare worker.params (no ed739c86 inside)', () => {
    const bytes =
      '5d4c48cc 03000000 30' +
      Buffer.from(owner).toString('hex') +
      '000000 0f' +
      Buffer.from('Qwen/Qwen3-0.6B').toString('hex') +
      'e8030000 b5757299 01000000 3c000000 01000000 02000000';
    expect(bytes.replace(/\s/g, '')).toMatch(
      /^5d4c48cc03000000305551.*2d6d0000000f5177.*3642e8030000b5757299/,
    );
    golden(
      {
        _: 'worker.connectToProxy',
        params: {
          _: 'worker.params',
          flags: 3,
          worker_owner_address: owner,
          model: 'Qwen/Qwen3-0.6B',
          coefficient: 1000,
          is_test: true,
          proxy_cnt: 1,
          max_active_requests: 60,
          min_proto_version: 1,
          max_proto_version: 2,
        },
      },
      bytes,
    );
  });
});

describe('golden vectors from the layouts', () => {
  it('tcp.queryError carries code and message', () =>
    golden(
      { _: 'tcp.queryError', id: 5n, code: 652, message: 'worker: timeout' },
      '02f6d24c 0500000000000000 8c020000 0f' + Buffer.from('worker: timeout').toString('hex'),
    ));

  it('strings pad the whole item (header + data) to 4 bytes; 254+ bytes use the 0xFE form', () => {
    golden({ _: 'tcp.packet', data: Buffer.alloc(0) }, 'f8ba179c 00000000');
    golden({ _: 'tcp.packet', data: Buffer.from('abc') }, 'f8ba179c 03616263');
    golden({ _: 'tcp.packet', data: Buffer.from('abcd') }, 'f8ba179c 0461626364000000');
    golden({ _: 'tcp.packet', data: Buffer.alloc(253, 1) }, 'f8ba179c fd' + '01'.repeat(253) + '0000');
    golden({ _: 'tcp.packet', data: Buffer.alloc(254, 1) }, 'f8ba179c fefe0000' + '01'.repeat(254) + '0000');
    golden({ _: 'tcp.packet', data: Buffer.alloc(70000, 2) }, 'f8ba179c fe701101' + '02'.repeat(70000));
  });

  it('proxy.runQueryEx: boxed signed payment, double timeout, int256, flags and boxed Bool', () =>
    golden(
      {
        _: 'proxy.runQueryEx',
        query: Buffer.from('q'),
        signed_payment: { _: 'proxy.signedPaymentEmpty' },
        coefficient: 1000n,
        timeout: 1.5,
        request_id: Buffer.alloc(32, 0xab),
        flags: 1,
        enable_debug: true,
      },
      'e2e705c8 01710000 64ce47b3 e803000000000000 000000000000f83f' + 'ab'.repeat(32) + '01000000 b5757299',
    ));

  it('proxy.queryAnswerEx with a bare proxy.queryFinalInfo and a bare tokensUsed', () =>
    golden(
      {
        _: 'proxy.queryAnswerEx',
        request_id: zero32,
        answer: Buffer.alloc(0),
        flags: 1,
        final_info: {
          _: 'proxy.queryFinalInfo',
          flags: 2,
          tokens_used: {
            _: 'tokensUsed',
            prompt_tokens_used: 12n,
            cached_tokens_used: 0n,
            completion_tokens_used: 9n,
            reasoning_tokens_used: 0n,
            total_tokens_used: 21n,
          },
          worker_debug: undefined,
          worker_start_time: 1,
          worker_end_time: 2,
        },
      },
      'e874e51c' +
        '00'.repeat(32) +
        '00000000 01000000 02000000' +
        '0c00000000000000 0000000000000000 0900000000000000 0000000000000000 1500000000000000' +
        '000000000000f03f 0000000000000040',
    ));

  it('http.request: bare vector of bare http.header', () =>
    golden(
      {
        _: 'http.request',
        method: 'GET',
        url: '/',
        http_version: 'HTTP/1.1',
        headers: [{ _: 'http.header', name: 'a', value: 'b' }],
        payload: Buffer.alloc(0),
      },
      'e52d4947 03474554 012f0000 08485454502f312e31000000 01000000 01610000 01620000 00000000',
    ));

  it('boxed vectors carry the vector id', () => {
    const w = new TlWriter();
    w.boxedVector([1, 2], (x, v) => x.int(v));
    expect(w.finish().toString('hex')).toBe('15c4b51c020000000100000002000000');
    expect(new TlReader(hex('15c4b51c020000000100000002000000')).boxedVector(4, (r) => r.int())).toEqual([
      1, 2,
    ]);
  });
});

describe('strict parsing', () => {
  it('rejects unknown ids, ids of the wrong type, trailing and missing bytes', () => {
    fails('01020304', 'UNKNOWN_CONSTRUCTOR', 0);
    fails('61427ca5 0807060504030201 00', 'TRAILING_BYTES', 12);
    fails('61427ca5 08070605', 'TRUNCATED', 4);
    const request = encodeBoxed({ _: 'worker.updatePaymentStatus' });
    expect(() => decodeBoxedAs('tcp.Packet', request)).toThrow(/UNEXPECTED_CONSTRUCTOR at byte 0/);
    fails('e2e705c8 01710000 b5757299', 'UNEXPECTED_CONSTRUCTOR', 8);
  });

  it('rejects a Bool that is neither boolTrue nor boolFalse', () =>
    fails('66b043f8 00000000', 'BAD_BOOL', 4));

  it('rejects lengths beyond the buffer, non-canonical lengths, bad padding and bad UTF-8', () => {
    fails('f8ba179c 05616263', 'TRUNCATED', 4);
    fails('f8ba179c feffffff', 'TRUNCATED', 4);
    fails('f8ba179c ffffffffffffffff', 'TRUNCATED', 4);
    fails('f8ba179c fe030000 61626300', 'BAD_LENGTH', 4);
    fails('f8ba179c 01610001', 'BAD_PADDING', 7);
    fails('02f6d24c 0500000000000000 8c020000 02c328 00', 'BAD_UTF8', 16);
  });

  it('bounds vector counts by the remaining bytes before reading any element', () => {
    const body = 'e52d4947 00000000 00000000 00000000';
    fails(body + 'ffffff7f', 'BAD_LENGTH', 16);
    fails(body + 'ffffffff', 'BAD_LENGTH', 16);
    fails(body + '02000000 00000000', 'BAD_LENGTH', 16);
  });

  it('refuses to encode values that do not fit, and flags that disagree with optional fields', () => {
    expect(() => encodeBoxed({ _: 'worker.enabledDisabled', disabled: 2 ** 31 })).toThrow(/INVALID_VALUE/);
    expect(() => encodeBoxed({ _: 'tcp.ping', id: 2n ** 63n })).toThrow(/INVALID_VALUE/);
    expect(() => encodeBoxed({ _: 'tcp.ping', id: 1 as unknown as bigint })).toThrow(/INVALID_VALUE/);
    const params = {
      _: 'proxy.params',
      flags: 1,
      proxy_public_key: zero32,
      proxy_owner_address: '',
      proxy_sc_address: '',
    };
    expect(() => encodeBoxed({ ...params, _: 'proxy.params' })).toThrow(/is_test is required/);
    expect(() => encodeBoxed({ ...params, _: 'proxy.params', flags: 0, is_test: true })).toThrow(
      /bit 0 is clear/,
    );
    expect(() => encodeBoxed({ ...params, _: 'proxy.params', proxy_public_key: Buffer.alloc(31) })).toThrow(
      /32 bytes/,
    );
  });
});
