import { Address } from '@ton/core';
import { keyPairFromSeed } from '@ton/crypto';
import { WalletContractV4, WalletContractV5R1 } from '@ton/ton';
import { describe, expect, it } from 'vitest';
import { connectReply } from '../../devnet/wallet/connect-reply.js';
import { verifyTonProof, TonProofError, type TonAccountReply, type TonProofReply } from './ton-proof.js';

const keys = keyPairFromSeed(Buffer.alloc(32, 4));
const other = keyPairFromSeed(Buffer.alloc(32, 5));
const NOW = 1_800_000_000;

function reply(o: { version?: 'v4' | 'v5'; domain?: string; nowSec?: number; secretKey?: Buffer } = {}) {
  const w =
    o.version === 'v4'
      ? WalletContractV4.create({ workchain: 0, publicKey: keys.publicKey })
      : WalletContractV5R1.create({ workchain: 0, publicKey: keys.publicKey });
  const r = connectReply({
    request: {
      manifestUrl: 'https://silkworm.test/manifest.json',
      items: [{ name: 'ton_addr' }, { name: 'ton_proof', payload: 'nonce-1' }],
    },
    address: w.address,
    init: w.init,
    publicKey: keys.publicKey,
    secretKey: o.secretKey ?? keys.secretKey,
    nowSec: o.nowSec ?? NOW,
    domain: o.domain ?? 'silkworm.test',
    id: 1,
  }) as { payload: { items: [TonAccountReply, { proof: TonProofReply }] } };
  return { account: r.payload.items[0], proof: r.payload.items[1].proof, address: w.address };
}

const expectOk = {
  domain: 'silkworm.test',
  nowSec: NOW + 5,
  maxAgeSec: 900,
  consumePayload: (p: string) => p === 'nonce-1',
};

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof TonProofError) return `${err.code}: ${err.message}`;
    throw err;
  }
  return 'ok';
}

describe('verifyTonProof', () => {
  it('accepts a V5R1 proof and yields the address and key from the state init', () => {
    const r = reply();
    const v = verifyTonProof(r.account, r.proof, expectOk);
    expect(v.address.equals(r.address)).toBe(true);
    expect(v.publicKey.equals(keys.publicKey)).toBe(true);
    expect(v.wallet).toBe('v5r1');
  });
  it('accepts a V4R2 proof', () => {
    const r = reply({ version: 'v4' });
    expect(verifyTonProof(r.account, r.proof, expectOk).wallet).toBe('v4r2');
  });
  it('rejects a forged proof (signed by another key) as "bad signature"', () => {
    const r = reply({ secretKey: other.secretKey });
    expect(codeOf(() => verifyTonProof(r.account, r.proof, expectOk))).toBe('bad-signature: bad signature');
  });
  it('rejects a proof whose payload was altered after signing', () => {
    const r = reply();
    expect(
      codeOf(() =>
        verifyTonProof(
          r.account,
          { ...r.proof, payload: 'nonce-2' },
          { ...expectOk, consumePayload: () => true },
        ),
      ),
    ).toMatch(/^bad-signature/);
  });
  it('rejects an expired proof as "proof expired"', () => {
    const r = reply({ nowSec: NOW - 3600 });
    expect(codeOf(() => verifyTonProof(r.account, r.proof, expectOk))).toMatch(
      /^proof-expired: proof expired/,
    );
  });
  it('rejects a proof for another domain as "proof for another domain"', () => {
    const r = reply({ domain: 'evil.example' });
    expect(codeOf(() => verifyTonProof(r.account, r.proof, expectOk))).toMatch(
      /^wrong-domain: proof for another domain: signed for "evil.example"/,
    );
  });
  it('rejects a nonce we did not issue, or a second use of it', () => {
    const r = reply();
    const used = new Set<string>();
    const once = {
      ...expectOk,
      consumePayload: (p: string) => p === 'nonce-1' && !used.has(p) && Boolean(used.add(p)),
    };
    expect(codeOf(() => verifyTonProof(r.account, r.proof, once))).toBe('ok');
    expect(codeOf(() => verifyTonProof(r.account, r.proof, once))).toMatch(/^unknown-payload/);
  });
  it('rejects an address that is not the hash of the state init', () => {
    const r = reply();
    const elsewhere = { ...r.account, address: Address.parse('0:' + '33'.repeat(32)).toRawString() };
    expect(codeOf(() => verifyTonProof(elsewhere, r.proof, expectOk))).toMatch(/^address-mismatch/);
  });
  it('rejects a claimed public key that differs from the state init', () => {
    const r = reply();
    expect(
      codeOf(() =>
        verifyTonProof({ ...r.account, publicKey: other.publicKey.toString('hex') }, r.proof, expectOk),
      ),
    ).toMatch(/^address-mismatch/);
  });
  it('rejects garbage with a typed error', () => {
    const r = reply();
    expect(
      codeOf(() => verifyTonProof({ ...r.account, walletStateInit: 'AAAA' }, r.proof, expectOk)),
    ).toMatch(/^malformed/);
  });
});
