// Backend probing in a real bench child (dist/src/bench/bench-child.js under the sandbox policy): on this
// machine only the CPU binary is installed, which is the "no GPU" case every owner without one meets.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logging/logger.js';
import {
  ChildProcessLauncher,
  type SandboxLaunchSpec,
  type SandboxProcess,
} from '../../src/engine/sandbox/launcher.js';
import { BackendProber } from '../../src/bench/backends.js';
import { defaultBenchChildPaths } from '../../src/bench/bench-host.js';
import { detectHardwareDetails } from '../../src/bench/hardware.js';

class CountingLauncher extends ChildProcessLauncher {
  launches = 0;
  override launch(spec: SandboxLaunchSpec): SandboxProcess {
    this.launches++;
    return super.launch(spec);
  }
}

describe('bench backends', () => {
  it('finds the CPU usable and explains the missing GPU backends, probing once', async () => {
    const launcher = new CountingLauncher();
    const prober = new BackendProber({ log: silentLogger, launcher, platform: 'linux' });
    const probes = await prober.probe();
    expect(probes.map((p) => [p.backend, p.usable])).toEqual([
      ['cuda', false],
      ['vulkan', false],
      ['cpu', true],
    ]);
    // Missing package, or installed without a driver (the binary test runs in the probe child itself).
    expect(probes[0]?.detail).toMatch(
      /no prebuilt cuda binary|cuda binary is installed but its backend did not start/,
    );
    const details = await detectHardwareDetails({ backends: prober });
    expect(details.backend).toBe('cpu');
    expect(details.cpuOnlyReason).toMatch(/CPU/);
    expect(launcher.launches).toBe(1);
  }, 30_000);

  it('marks a backend whose probe crashes the child as unusable and probes the rest', async () => {
    // A stand-in child that dies while loading CUDA (as a broken driver can) and answers for the others.
    const dir = await mkdtemp(join(tmpdir(), 'sw-bench-probe-'));
    const entry = join(dir, 'crashy-child.mjs');
    await writeFile(
      entry,
      `process.once('message', async (job) => {
        const send = (m) => new Promise((r) => process.send(m, undefined, undefined, r));
        for (const backend of job.backends) {
          await send({ type: 'probing', backend });
          if (backend === 'cuda') process.exit(139);
          await send({ type: 'probed', probe: { backend, usable: backend === 'cpu', code: backend === 'cpu' ? 'loads' : 'no-binary', detail: 'stand-in', gpuNames: [], vramTotalMb: null, vramFreeMb: null } });
        }
        await send({ type: 'done' });
        process.exit(0);
      });`,
    );
    const launcher = new CountingLauncher();
    const paths = { ...defaultBenchChildPaths(), entry, codeDir: dir };
    const probes = await new BackendProber({ log: silentLogger, launcher, paths, platform: 'linux' }).probe();
    expect(probes[0]).toMatchObject({ backend: 'cuda', usable: false });
    expect(probes[0]?.detail).toMatch(/crashed/);
    expect(probes.map((p) => p.backend)).toEqual(['cuda', 'vulkan', 'cpu']);
    expect(probes[2]?.usable).toBe(true);
    expect(launcher.launches).toBe(2);
  }, 30_000);
});
