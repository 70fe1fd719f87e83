// Seeded random round-trips for every constructor: decode(encode(x)) equals x, the bytes re-encode
// identically, and the JSON form of `silkworm protocol decode|encode` is lossless.
import { describe, expect, it } from 'vitest';
import { decodeBoxed, encodeBoxed } from './codec.js';
import { fromJson, toJson } from './json.js';
import { tlSchema, type TlName } from './schema.gen.js';
import { Prng } from '../../../tests/support/prng.js';
import { randomObject } from '../../../tests/support/random-tl.js';

const names = Object.keys(tlSchema) as TlName[];

describe('random round-trips', () => {
  it.each(names)('%s', (name) => {
    const rng = new Prng(0x5eed ^ tlSchema[name].id);
    for (let i = 0; i < 40; i++) {
      const obj = randomObject(rng, name);
      const bytes = encodeBoxed(obj);
      const back = decodeBoxed(bytes);
      expect(back).toEqual(obj);
      expect(encodeBoxed(back).equals(bytes)).toBe(true);
      const json = JSON.parse(JSON.stringify(toJson(back))) as unknown;
      expect(encodeBoxed(fromJson(json)).equals(bytes)).toBe(true);
    }
  });
});

describe('JSON form', () => {
  it('shows nested boxed objects in bytes, longs as decimal strings, int256 and bytes as hex', () => {
    const request = encodeBoxed({
      _: 'http.request',
      method: 'POST',
      url: '/v1/chat/completions',
      http_version: 'HTTP/1.1',
      headers: [{ _: 'http.header', name: 'Content-Length', value: '2' }],
      payload: Buffer.from('{}'),
    });
    const query = encodeBoxed({
      _: 'proxy.runQueryEx',
      query: request,
      signed_payment: { _: 'proxy.signedPayment', data: Buffer.from([0xb5, 0xee, 0x9c, 0x72]) },
      coefficient: -1n,
      timeout: 108.3,
      request_id: Buffer.alloc(32, 1),
      flags: 0,
      enable_debug: undefined,
    });
    const json = toJson(decodeBoxed(encodeBoxed({ _: 'tcp.packet', data: query })));
    expect(json).toEqual({
      _: 'tcp.packet',
      data: {
        _: 'proxy.runQueryEx',
        query: {
          _: 'http.request',
          method: 'POST',
          url: '/v1/chat/completions',
          http_version: 'HTTP/1.1',
          headers: [{ _: 'http.header', name: 'Content-Length', value: '2' }],
          payload: '7b7d',
        },
        signed_payment: { _: 'proxy.signedPayment', data: 'b5ee9c72' },
        coefficient: '-1',
        timeout: 108.3,
        request_id: '01'.repeat(32),
        flags: 0,
      },
    });
  });

  it('rejects shapes that do not match the schema', () => {
    expect(() => fromJson({ _: 'tcp.ping', id: 1 })).toThrow(
      /INVALID_JSON: \$.id: expected a decimal string/,
    );
    expect(() => fromJson({ _: 'tcp.ping', id: '1', extra: 1 })).toThrow(/has no field "extra"/);
    expect(() => fromJson({ _: 'nope' })).toThrow(/unknown constructor/);
    expect(() => fromJson({ _: 'proxy.runQuery', signed_payment: { _: 'tcp.ping', id: '1' } })).toThrow(
      /\$.query: missing/,
    );
    const params = {
      _: 'proxy.params',
      flags: 0,
      proxy_public_key: '00',
      proxy_owner_address: '',
      proxy_sc_address: '',
    };
    expect(() => fromJson(params)).toThrow(/expected 32 bytes of hex/);
    expect(() => fromJson({ _: 'worker.connectToProxy', params: { _: 'proxy.params' } })).toThrow(
      /not allowed here/,
    );
  });
});
