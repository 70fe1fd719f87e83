import { describe, expect, it } from 'vitest';
import { COCOON_TEST_KEY, publicKeyOf } from '../../protocol/e2e/index.js';
import { ProxyRequestError } from './errors.js';
import { RequestKeys } from './request-keys.js';

describe('request keys', () => {
  it("hold Cocoon's test-mode key by default and refuse a key they do not hold, as Cocoon's 602", () => {
    const keys = new RequestKeys();
    expect(keys.published()).toEqual([
      { publicKey: COCOON_TEST_KEY.publicKey, keyType: 1, expireAt: 2_000_000_000 },
    ]);
    expect(keys.seedFor(COCOON_TEST_KEY.publicKey).equals(COCOON_TEST_KEY.seed)).toBe(true);
    const stranger = Buffer.alloc(32, 3);
    expect(() => keys.seedFor(stranger)).toThrow(
      new ProxyRequestError('unknown_key', `unknown public key ${stranger.toString('hex')}`),
    );
    const own = new RequestKeys([Buffer.alloc(32, 8)]);
    expect(own.seedFor(publicKeyOf(Buffer.alloc(32, 8))).equals(Buffer.alloc(32, 8))).toBe(true);
    expect(() => new RequestKeys([Buffer.alloc(31)])).toThrow(/32 bytes/);
  });
});
