// The private keys this proxy opens encrypted requests with (docs/protocol.md §4.7). In Cocoon a key manager
// hands them to proxies; the devnet holds a fixed list, by default the one static key Cocoon's key manager
// installs in test mode, whose public half Cocoon's fake-TON config lists for clients. A client names the
// key it encrypted to (client.runQueryEx.public_key); the proxy passes the matching private seed to the
// worker in proxy.runQueryEx.private_key, and refuses a key it does not hold, as Cocoon's proxy does.
import { COCOON_TEST_KEY, publicKeyOf } from '../../protocol/e2e/index.js';
import { ProxyRequestError } from './errors.js';

export interface PublishedKey {
  publicKey: Buffer;
  /** Cocoon's key_type (1: request encryption) and expiry, as the root lists them. */
  keyType: number;
  expireAt: number;
}

/** Cocoon's test key never expires in its fake-TON config: 2000000000 (2033). */
const TEST_KEY_EXPIRES = 2_000_000_000;

export class RequestKeys {
  readonly #byPublic = new Map<string, Buffer>();

  /** `seeds`: 32-byte Ed25519 seeds; default Cocoon's test-mode key. */
  constructor(seeds: readonly Buffer[] = [COCOON_TEST_KEY.seed]) {
    for (const seed of seeds) {
      if (seed.length !== 32) throw new RangeError('a request key seed must be 32 bytes');
      this.#byPublic.set(publicKeyOf(seed).toString('hex'), Buffer.from(seed));
    }
  }

  /** The public keys clients may encrypt to (what a root's registered_public_keys would list). */
  published(): PublishedKey[] {
    return [...this.#byPublic.keys()].map((hex) => ({
      publicKey: Buffer.from(hex, 'hex'),
      keyType: 1,
      expireAt: TEST_KEY_EXPIRES,
    }));
  }

  /** The seed for a client's public key; ProxyRequestError('unknown_key') as Cocoon's 602 "unknown public key". */
  seedFor(publicKey: Buffer): Buffer {
    const seed = this.#byPublic.get(publicKey.toString('hex'));
    if (!seed) throw new ProxyRequestError('unknown_key', `unknown public key ${publicKey.toString('hex')}`);
    return seed;
  }
}
