// The device's Ed25519 identity: created on first run, kept only in the SecretStore (as its 32-byte
// seed). It signs attestation reports; the TLS certificate is bound to it by the protocol layer.
import { randomBytes } from 'node:crypto';
import { keyPairFromSeed, sign, type KeyPair } from '@ton/crypto';
import type { SecretStore } from './secret-store.js';

const SEED_NAME = 'device-ed25519-seed';

export interface DeviceKey {
  readonly publicKey: Buffer;
  sign(message: Buffer): Buffer;
}

function fromPair(pair: KeyPair): DeviceKey {
  return { publicKey: pair.publicKey, sign: (m) => sign(m, pair.secretKey) };
}

export async function loadOrCreateDeviceKey(store: SecretStore): Promise<DeviceKey> {
  let seed = await store.get(SEED_NAME);
  if (!seed) {
    seed = randomBytes(32);
    await store.set(SEED_NAME, seed);
  }
  if (seed.length !== 32) throw new Error('the stored device key seed has the wrong length');
  return fromPair(keyPairFromSeed(seed));
}
