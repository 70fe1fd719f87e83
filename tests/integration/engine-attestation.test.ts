import { randomBytes } from 'node:crypto';
import { copyFile, cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileSecretStore } from '../../src/attestation/secret-store.js';
import { loadOrCreateDeviceKey } from '../../src/attestation/device-key.js';
import { measureSandbox, sha256File, type Measurements } from '../../src/attestation/measure.js';
import { createHomeReport } from '../../src/attestation/report.js';
import { verifyHomeReport } from '../../src/attestation/verify.js';
import type { SandboxHost, SandboxInfo } from '../../src/engine/sandbox/host.js';
import { tinyHost } from './engine-helpers.js';

const flipByte = async (path: string, at: number): Promise<void> => {
  const b = await readFile(path);
  b[at % b.length] = (b[at % b.length] ?? 0) ^ 0x01;
  await writeFile(path, b);
};

describe('engine attestation: measurements of the running sandbox', () => {
  let host: SandboxHost;
  let dir: string;
  let info: SandboxInfo;
  let real: Measurements;
  beforeAll(async () => {
    ({ host, dir } = await tinyHost());
    info = host.info as SandboxInfo;
    real = await measureSandbox(info);
  });
  afterAll(async () => {
    await host.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('measures the model, the native binary the child mapped, the code bundle and the policy', async () => {
    expect(real.model).toBe(await sha256File(info.modelPath));
    expect(real.nativeBinary).toBe(await sha256File(info.runtime.addonPath ?? ''));
    expect(real.codeBundle).toMatch(/^[0-9a-f]{64}$/);
    expect(real.policy.fsWrite).toEqual([]);
    expect(real.runtime.nodeLlamaCpp).toBe('3.21.1');
  });

  it('names the backend and the prebuilt binary actually loaded, with every library of it the child mapped', () => {
    expect(real.backend).toBe('cpu');
    expect(real.native).toMatchObject({
      file: '@node-llama-cpp/linux-x64/bins/linux-x64/llama-addon.node',
      source: 'mapped',
    });
    expect(real.native.libraries).toMatch(/^[0-9a-f]{64}$/);
    const libs = info.runtime.nativeLibraries.map((p) => p.split('/').pop());
    expect(libs).toEqual(expect.arrayContaining(['llama-addon.node', 'libggml-base.so']));
    // Only node-llama-cpp's own files: never the system's libc or Node itself.
    expect(info.runtime.nativeLibraries.every((p) => p.includes('/node_modules/@node-llama-cpp/'))).toBe(
      true,
    );
  });

  it('a changed backend library changes the measurement', async () => {
    const base = info.runtime.nativeLibraries.find((p) => p.endsWith('libggml-base.so')) ?? '';
    const copy = join(dir, 'libggml-base.so');
    await copyFile(base, copy);
    await flipByte(copy, 4096);
    const libs = info.runtime.nativeLibraries.map((p) => (p === base ? copy : p));
    const m = await measureSandbox({ ...info, runtime: { ...info.runtime, nativeLibraries: libs } });
    expect(m.native.libraries).not.toBe(real.native.libraries);
    expect(m.nativeBinary).toBe(real.nativeBinary);
  });

  it('a flipped byte in the model or the code bundle changes the measurement and fails verification', async () => {
    const key = await loadOrCreateDeviceKey(new FileSecretStore({ path: join(dir, 'secrets.json') }));
    const tls = randomBytes(32);
    const policy = {
      codeHashes: [real.codeBundle],
      modelHashes: [real.model],
      nativeHashes: real.nativeBinary ? [real.nativeBinary] : [],
    };
    const verdict = (measurements: Measurements): ReturnType<typeof verifyHomeReport> =>
      verifyHomeReport(createHomeReport({ deviceKey: key, rawTlsPublicKey: tls, measurements }), tls, policy);
    expect(verdict(real).ok).toBe(true);

    const model = join(dir, 'tampered.gguf');
    await copyFile(info.modelPath, model);
    await flipByte(model, 1_000_003);
    const m1 = await measureSandbox({ ...info, modelPath: model });
    expect(m1.model).not.toBe(real.model);
    expect(verdict(m1)).toMatchObject({ ok: false, code: 'unknown-model' });

    const code = join(dir, 'code');
    await cp(info.paths.codeDir, code, { recursive: true });
    await flipByte(join(code, 'sandbox', 'child-main.js'), 100);
    const m2 = await measureSandbox({ ...info, paths: { ...info.paths, codeDir: code } });
    expect(m2.codeBundle).not.toBe(real.codeBundle);
    expect(verdict(m2)).toMatchObject({ ok: false, code: 'unknown-code' });
  });
});
