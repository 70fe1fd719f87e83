import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';
import { loadOrCreateDeviceKey } from './device-key.js';
import { createHomeReport } from './report.js';
import { FileSecretStore, SecretStoreError } from './secret-store.js';
import { verifyHomeReport, type HomePolicy } from './verify.js';
import { h, sampleMeasurements } from '../../tests/support/sample-measurements.js';

const measurements = sampleMeasurements;
const policy: HomePolicy = { codeHashes: [h('a')], modelHashes: [h('c')] };

describe('attestation', () => {
  const dir = mkdtemp(join(tmpdir(), 'sw-att-'));
  afterAll(async () => rm(await dir, { recursive: true, force: true }));
  const store = async (): Promise<FileSecretStore> =>
    new FileSecretStore({
      path: join(await dir, 'secrets.json'),
      keyMaterial: () => Promise.resolve(Buffer.from('machine-a')),
    });

  it('keeps the device key encrypted in a 0600 file and reloads the same key', async () => {
    const key = await loadOrCreateDeviceKey(await store());
    const again = await loadOrCreateDeviceKey(await store());
    expect(again.publicKey.equals(key.publicKey)).toBe(true);
    const path = join(await dir, 'secrets.json');
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    const raw = await readFile(path, 'utf8');
    expect(raw).not.toContain(key.publicKey.toString('hex'));
    // Another machine's key material cannot open it.
    const elsewhere = new FileSecretStore({
      path,
      keyMaterial: () => Promise.resolve(Buffer.from('machine-b')),
    });
    await expect(elsewhere.get('device-ed25519-seed')).rejects.toBeInstanceOf(SecretStoreError);
  });

  it('signs a report that verifies, bound to the TLS key', async () => {
    const key = await loadOrCreateDeviceKey(await store());
    const tls = randomBytes(32);
    const report = createHomeReport({ deviceKey: key, rawTlsPublicKey: tls, measurements });
    expect(report.length).toBeLessThan(2048);
    const ok = verifyHomeReport(report, tls, policy);
    expect(ok.ok && ok.trust).toBe('home');
    expect(verifyHomeReport(report, randomBytes(32), policy)).toMatchObject({
      ok: false,
      code: 'wrong-tls-key',
    });
  });

  it('refuses tampered, non-canonical and off-policy reports', async () => {
    const key = await loadOrCreateDeviceKey(await store());
    const tls = randomBytes(32);
    const report = createHomeReport({ deviceKey: key, rawTlsPublicKey: tls, measurements });
    const forged = Buffer.from(report.toString().replace(h('c'), h('e')));
    expect(verifyHomeReport(forged, tls, { ...policy, modelHashes: [h('e')] })).toMatchObject({
      ok: false,
      code: 'bad-signature',
    });
    const spaced = Buffer.from(JSON.stringify(JSON.parse(report.toString()), null, 1));
    expect(verifyHomeReport(spaced, tls, policy)).toMatchObject({ ok: false, code: 'malformed' });
    expect(verifyHomeReport(Buffer.from('{"body":1}'), tls, policy)).toMatchObject({
      ok: false,
      code: 'malformed',
    });
    expect(verifyHomeReport(report, tls, { ...policy, modelHashes: [h('f')] })).toMatchObject({
      ok: false,
      code: 'unknown-model',
    });
    expect(verifyHomeReport(report, tls, { ...policy, codeHashes: [h('f')] })).toMatchObject({
      ok: false,
      code: 'unknown-code',
    });
    const weak = createHomeReport({
      deviceKey: key,
      rawTlsPublicKey: tls,
      measurements: { ...measurements, policy: { ...measurements.policy, fsWrite: ['/'] } },
    });
    expect(verifyHomeReport(weak, tls, policy)).toMatchObject({ ok: false, code: 'weak-sandbox' });
    const old = createHomeReport({ deviceKey: key, rawTlsPublicKey: tls, measurements, issuedAt: 1000 });
    expect(verifyHomeReport(old, tls, { ...policy, maxAgeSeconds: 3600 })).toMatchObject({
      ok: false,
      code: 'expired',
    });
  });

  it('encodes canonical JSON with sorted keys and no whitespace', () => {
    expect(canonicalJson({ b: [1, { d: null, c: 'x' }], a: true })).toBe(
      '{"a":true,"b":[1,{"c":"x","d":null}]}',
    );
  });

  it('moves a damaged secret file aside, reports it once and starts a fresh store', async () => {
    const path = join(await dir, 'bad.json');
    await writeFile(path, '{nope');
    const reported: string[] = [];
    const store = new FileSecretStore({
      path,
      keyMaterial: () => Promise.resolve(Buffer.from('k')),
      onDamage: (d) => reported.push(d.code),
    });
    expect(await store.get('x')).toBeUndefined();
    expect(reported).toEqual(['not-json']);
    expect(await readFile(store.damage?.movedTo ?? '', 'utf8')).toBe('{nope');
    await store.set('x', Buffer.from('secret'));
    expect(
      (
        await new FileSecretStore({ path, keyMaterial: () => Promise.resolve(Buffer.from('k')) }).get('x')
      )?.toString(),
    ).toBe('secret');
    expect(reported).toEqual(['not-json']);
  });
});
