// Measurements of a sandbox as the attestation report carries them: fixed hashes ('a'…'e' repeated), a CPU
// build confined by bubblewrap. For tests that need a report that parses and verifies.
import type { Measurements } from '../../src/attestation/measure.js';

/** A 64-character hex string of one repeated digit. */
export const h = (c: string): string => c.repeat(64);

export const sampleMeasurements: Measurements = {
  codeBundle: h('a'),
  backend: 'cpu',
  nativeBinary: h('b'),
  native: {
    file: '@node-llama-cpp/linux-x64/bins/linux-x64/llama-addon.node',
    source: 'mapped',
    libraries: h('e'),
  },
  model: h('c'),
  modelFile: 'm.gguf',
  runtime: {
    node: '20.20.2',
    nodeLlamaCpp: '3.21.1',
    llamaCpp: 'ggml-org/llama.cpp@b1',
    buildType: 'prebuilt',
    gpuBackend: 'false',
  },
  policy: {
    sha256: h('d'),
    platform: 'linux',
    permissionFlag: '--experimental-permission',
    fsWrite: [],
    allowAddons: true,
    allowChildProcess: false,
    allowWorker: false,
    launcher: 'child_process',
    confinement: { kind: 'bwrap', network: true, processes: true, filesystem: true },
  },
  gpu: 'cpu',
  benchmarkTokensPerSecond: 400,
};
