import { describe, expect, it } from 'vitest';
import { createLogger } from '../../logging/logger.js';
import type { VerifiedPeer } from '../../protocol/ratls/verify.js';
import { testSigner } from '../../../tests/support/test-signer.js';
import { DevnetProxy } from './devnet-proxy.js';
import { tierOf } from './worker-views.js';

const peer = (over: Partial<VerifiedPeer>): VerifiedPeer => ({
  policy: 'home',
  rawPublicKey: Buffer.alloc(32),
  imageHash: Buffer.alloc(32),
  attestation: 'home',
  teeExtensions: false,
  notAfter: new Date(),
  ...over,
});

describe('worker tiers', () => {
  it('tell a verified home report from the unattested cocoon-test tier and name Cocoon policies as they are', () => {
    expect(tierOf(peer({}))).toBe('home');
    expect(tierOf(peer({ attestation: 'none' }))).toBe('cocoon-test');
    expect(tierOf(peer({ policy: 'tee', attestation: 'tdx-structure-only' }))).toBe('tee');
    expect(tierOf(peer({ policy: 'any', attestation: 'none' }))).toBe('any');
  });

  it("reads Cocoon's old policy names as the new ones", async () => {
    const lines: string[] = [];
    const log = createLogger('t', (l) => lines.push(l.message), 'info');
    for (const [name, shown] of [
      ['fake_tdx', 'fake_tee'],
      ['tdx', 'tee'],
    ] as const) {
      const proxy = await DevnetProxy.start({
        log,
        signer: testSigner().signer,
        policy: name,
        powDifficulty: 1,
      });
      await proxy.stop();
      expect(lines.at(-1)).toContain(`(policy ${shown},`);
    }
  });
});
