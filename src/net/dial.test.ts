// Test mode: our certificate offers Cocoon's fake_tee quote (SHA-512 of the TLS key) besides the home report.
import { X509Certificate } from 'node:crypto';
import { keyPairFromSeed, sign } from '@ton/crypto';
import { describe, expect, it } from 'vitest';
import { reportDataFor } from '../protocol/ratls/certificate.js';
import { verifyPeerCertificate } from '../protocol/ratls/verify.js';
import { sampleMeasurements } from '../../tests/support/sample-measurements.js';
import { AttestedIdentity } from './dial.js';

function identity(testQuote: boolean): AttestedIdentity {
  const device = keyPairFromSeed(Buffer.alloc(32, 3));
  return new AttestedIdentity({
    deviceKey: { publicKey: device.publicKey, sign: (m) => sign(m, device.secretKey) },
    measure: () => Promise.resolve(sampleMeasurements),
    testQuote,
  });
}

const der = async (id: AttestedIdentity): Promise<Buffer> =>
  new X509Certificate((await id.get()).certPem).raw;

describe('AttestedIdentity test mode', () => {
  it('adds the fake_tee quote and says so; without it the certificate carries no quote', async () => {
    const test = identity(true);
    const peer = await verifyPeerCertificate(await der(test), 'fake_tee', { peerRole: 'client' });
    expect([peer.attestation, peer.teeExtensions, test.testMode, test.offer]).toEqual([
      'fake_tee',
      true,
      true,
      'a Silkworm home report and a fake_tee quote (test mode)',
    ]);
    expect(peer.quote?.equals(reportDataFor(peer.rawPublicKey))).toBe(true);
    const plain = identity(false);
    await expect(verifyPeerCertificate(await der(plain), 'fake_tee', { peerRole: 'client' })).rejects.toThrow(
      /QUOTE_MISSING/,
    );
    expect(plain.offer).toBe('a Silkworm home report, no TEE quote');
  });
});
