// Workers for the verification tests: generated models (the claimed one in f32, the same model in q8_0, a
// one-layer impostor) served by the real sandboxed engine, which returns its top-5 evidence in the answer
// body when the proxy asks (docs/protocol.md §8.4); the proxy reads it with its real tap.
import { writeGeneratedModel } from '../../src/engine/gguf/generated-model.js';
import { generatedPresets } from '../../src/engine/gguf/model-presets.js';
import type { TinyModelOptions } from '../../src/engine/gguf/llama-model.js';
import { DevnetProxy } from '../../src/devnet/proxy/devnet-proxy.js';
import { carriedEvidence } from '../../src/devnet/verify/evidence-tap.js';
import { ProxyVerification } from '../../src/devnet/verify/proxy-verification.js';
import type { Verifier } from '../../src/devnet/verify/verifier.js';
import { SandboxHost } from '../../src/engine/sandbox/host.js';
import type { Logger } from '../../src/logging/logger.js';
import { testSigner } from '../support/test-signer.js';
import { createLogger } from '../../src/logging/logger.js';
import type { InferenceBackend } from '../../src/net/query-runner.js';
import { MODEL } from './engine-helpers.js';

const tiny: TinyModelOptions = generatedPresets.tiny;

/** The claimed model (f32, the reference), the same model in q8_0 (honest) and a one-layer impostor. */
export async function writeVariants(
  dir: string,
): Promise<{ reference: string; honest: string; impostor: string }> {
  const files = {
    reference: { ...tiny },
    honest: { ...tiny, type: 'q8_0' as const },
    impostor: { ...tiny, layers: 1 },
  };
  const out = {
    reference: `${dir}/ref.gguf`,
    honest: `${dir}/honest.gguf`,
    impostor: `${dir}/impostor.gguf`,
  };
  for (const [k, o] of Object.entries(files)) await writeGeneratedModel(out[k as keyof typeof out], o);
  return out;
}

/**
 * A worker's engine as a node runs it: the sandboxed llama.cpp host on `modelPath`, serving it under the
 * claimed name, answering with evidence when the forwarded request asks (X-Silkworm-Evidence).
 */
export async function engineWorker(
  modelPath: string,
  threads: number,
  dir: string,
): Promise<{ backend: InferenceBackend; close: () => Promise<void> }> {
  const host = new SandboxHost({
    log: createLogger('engine', () => undefined, 'error'),
    modelPath,
    modelName: MODEL,
    workDir: dir,
    threads,
    contextSize: 2048,
    maxActiveRequests: 2,
  });
  await host.start();
  return { backend: host, close: () => host.stop() };
}

/** A devnet proxy on loopback (low PoW) that checks work with `verifier` through the real evidence tap. */
export function verifyingProxy(verifier: Verifier, log: Logger): Promise<DevnetProxy> {
  return DevnetProxy.start({
    log,
    signer: testSigner().signer,
    powDifficulty: 6,
    verification: new ProxyVerification({ verifier, tap: carriedEvidence }),
  });
}
