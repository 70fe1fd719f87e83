import { describe, expect, it } from 'vitest';
import { hardwareDetailsSchema, type BackendProbe } from './bench-schema.js';
import {
  appleGpuShareMb,
  benchGpusFromControllers,
  cpuOnlyReason,
  gpusFromControllers,
  type SiGpuController,
} from './gpu-controllers.js';
import { describeGpus, detectHardware, detectHardwareDetails, type HardwareSource } from './hardware.js';

// systeminformation graphics() controller records as recorded on machines a test box is not.
const rtx4090Windows: SiGpuController = {
  vendor: 'NVIDIA',
  model: 'NVIDIA GeForce RTX 4090',
  bus: 'PCI',
  vram: 24564,
  vramDynamic: false,
  driverVersion: '552.22',
  name: 'NVIDIA GeForce RTX 4090',
  memoryTotal: 24564,
  memoryFree: 23180,
};
const rtx4090Linux: SiGpuController = {
  vendor: 'NVIDIA Corporation',
  model: 'AD102 [GeForce RTX 4090]',
  bus: 'Onboard',
  vram: 24564,
  vramDynamic: false,
  driverVersion: '550.54.14',
  name: 'NVIDIA GeForce RTX 4090',
  memoryTotal: 24564,
  memoryFree: 24080,
};
const rx7900xtxWindows: SiGpuController = {
  vendor: 'Advanced Micro Devices, Inc.',
  model: 'AMD Radeon RX 7900 XTX',
  bus: 'PCI',
  vram: 24560,
  vramDynamic: false,
  driverVersion: '31.0.24027.1012',
};
const rx7900xtxLinux: SiGpuController = {
  vendor: 'Advanced Micro Devices, Inc. [AMD/ATI]',
  model: 'Navi 31 [Radeon RX 7900 XT/7900 XTX/7900M]',
  bus: 'PCI',
  vram: 24576,
  vramDynamic: false,
  driverVersion: '',
};
const appleM2: SiGpuController = {
  vendor: 'Apple',
  model: 'Apple M2',
  bus: 'Built-In',
  vram: null,
  vramDynamic: true,
};
const intelUhd770: SiGpuController = {
  vendor: 'Intel Corporation',
  model: 'Intel(R) UHD Graphics 770',
  bus: 'Onboard',
  vram: 128,
  vramDynamic: true,
  driverVersion: '31.0.101.4502',
};
const vmAdapters: SiGpuController[] = [
  { vendor: 'VMware', model: 'SVGA II Adapter', bus: 'PCI', vram: 8, vramDynamic: false },
  { vendor: 'Red Hat, Inc.', model: 'Virtio 1.0 GPU', bus: 'PCI', vram: 0, vramDynamic: false },
  {
    vendor: 'Microsoft Corporation',
    model: 'Microsoft Basic Display Adapter',
    bus: '',
    vram: 0,
    vramDynamic: false,
  },
  { vendor: 'Cirrus Logic', model: 'GD 5446', bus: 'PCI', vram: 4, vramDynamic: false },
  {
    vendor: 'Microsoft Corporation',
    model: 'Microsoft Hyper-V Video',
    bus: 'PCI',
    vram: 8,
    vramDynamic: false,
  },
  {
    vendor: 'InnoTek Systemberatung GmbH',
    model: 'VirtualBox Graphics Adapter',
    bus: 'PCI',
    vram: 16,
    vramDynamic: false,
  },
  {
    vendor: 'ASPEED Technology, Inc.',
    model: 'ASPEED Graphics Family',
    bus: 'Onboard',
    vram: 64,
    vramDynamic: false,
  },
  { vendor: '', model: '', bus: '', vram: null },
];

const RAM_16G = 16384;

describe('GPUs from systeminformation records', () => {
  it('reads an RTX 4090 with its VRAM, free VRAM and driver (Windows and Linux)', () => {
    expect(benchGpusFromControllers([rtx4090Windows], RAM_16G)).toEqual([
      {
        vendor: 'NVIDIA',
        model: 'NVIDIA GeForce RTX 4090',
        vramMb: 24564,
        vramFreeMb: 23180,
        driver: '552.22',
        unifiedMemory: false,
      },
    ]);
    // On Linux lspci names the chip; the marketing name from nvidia-smi is what the owner knows.
    expect(gpusFromControllers([rtx4090Linux])).toEqual([
      { vendor: 'NVIDIA Corporation', model: 'NVIDIA GeForce RTX 4090', vramMb: 24564, driver: '550.54.14' },
    ]);
  });

  it('reads an AMD RX 7900 XTX; an unknown driver or free VRAM stays null', () => {
    const [win] = benchGpusFromControllers([rx7900xtxWindows], RAM_16G);
    expect(win).toMatchObject({
      model: 'AMD Radeon RX 7900 XTX',
      vramMb: 24560,
      vramFreeMb: null,
      driver: '31.0.24027.1012',
      unifiedMemory: false,
    });
    const [linux] = benchGpusFromControllers([rx7900xtxLinux], RAM_16G);
    expect(linux).toMatchObject({ vramMb: 24576, driver: null });
  });

  it('treats Apple M2 as unified memory with the share macOS gives the GPU', () => {
    const [m2] = benchGpusFromControllers([appleM2], RAM_16G);
    expect(m2).toMatchObject({
      vendor: 'Apple',
      model: 'Apple M2',
      unifiedMemory: true,
      vramMb: Math.floor((16384 * 2) / 3),
    });
    expect(appleGpuShareMb(64 * 1024)).toBe(48 * 1024);
  });

  it('keeps an Intel iGPU as shared memory without inventing VRAM, after the dedicated GPU', () => {
    const gpus = benchGpusFromControllers([intelUhd770, rtx4090Windows], RAM_16G);
    expect(gpus.map((g) => g.model)).toEqual(['NVIDIA GeForce RTX 4090', 'Intel(R) UHD Graphics 770']);
    expect(gpus[1]).toMatchObject({ unifiedMemory: true, vramMb: null, vramFreeMb: null });
  });

  it('ignores VM virtual adapters, BMC chips and empty records', () => {
    expect(gpusFromControllers(vmAdapters)).toEqual([]);
    expect(benchGpusFromControllers([...vmAdapters, rx7900xtxWindows], RAM_16G).map((g) => g.model)).toEqual([
      'AMD Radeon RX 7900 XTX',
    ]);
  });
});

const probe = (backend: BackendProbe['backend'], usable: boolean, detail: string): BackendProbe => ({
  backend,
  usable,
  code: usable ? 'loads' : 'no-binary',
  detail,
  gpuNames: [],
  vramTotalMb: null,
  vramFreeMb: null,
});

describe('cpuOnlyReason', () => {
  it('is null when a GPU backend loads', () => {
    const gpus = benchGpusFromControllers([rtx4090Windows], RAM_16G);
    expect(
      cpuOnlyReason(gpus, [probe('cuda', true, 'cuda: RTX 4090'), probe('cpu', true, 'CPU')]),
    ).toBeNull();
  });

  it('explains a machine without GPU as a normal CPU setup', () => {
    expect(
      cpuOnlyReason(
        [],
        [probe('cuda', false, 'no prebuilt cuda binary is installed'), probe('cpu', true, 'CPU')],
      ),
    ).toMatch(/No GPU was found.*CPU.*works/);
  });

  it('names the GPU and what failed when its backend does not load', () => {
    const gpus = benchGpusFromControllers([rtx4090Windows], RAM_16G);
    const reason = cpuOnlyReason(gpus, [
      probe('cuda', false, 'cuda binary loads but sees no GPU (driver missing or too old?)'),
      probe('vulkan', false, 'no prebuilt vulkan binary is installed'),
      probe('cpu', true, 'CPU'),
    ]);
    expect(reason).toContain('NVIDIA GeForce RTX 4090');
    expect(reason).toContain('driver missing');
    expect(reason).toContain('vulkan: no prebuilt');
  });
});

function source(controllers: SiGpuController[]): HardwareSource {
  return {
    cpu: () =>
      Promise.resolve({ manufacturer: 'AMD', brand: 'Ryzen 7 7800X3D', physicalCores: 8, cores: 16 }),
    graphics: () => Promise.resolve({ controllers }),
    osInfo: () => Promise.resolve({ distro: 'Windows 11 Pro', release: '10.0.22631' }),
    mem: () => Promise.resolve({ total: 32 * 2 ** 30, available: 20 * 2 ** 30 }),
  };
}
const backends = (probes: BackendProbe[]): { probe(): Promise<BackendProbe[]>; calls: number } => {
  const b = { calls: 0, probe: () => (b.calls++, Promise.resolve(probes)) };
  return b;
};

describe('detectHardwareDetails', () => {
  it('picks CUDA for an RTX 4090 whose CUDA binary loads, and fills free VRAM from it', async () => {
    const cuda = {
      ...probe('cuda', true, 'cuda: NVIDIA GeForce RTX 4090'),
      gpuNames: ['NVIDIA GeForce RTX 4090'],
      vramTotalMb: 24564,
      vramFreeMb: 22000,
    };
    const d = await detectHardwareDetails({
      source: source([{ ...rtx4090Windows, memoryFree: undefined }]),
      backends: backends([cuda, probe('vulkan', true, 'vulkan'), probe('cpu', true, 'CPU')]),
    });
    expect(d.backend).toBe('cuda');
    expect(d.cpuOnlyReason).toBeNull();
    expect(d.gpus[0]?.vramFreeMb).toBe(22000);
    expect(d.cpu).toEqual({ brand: 'AMD Ryzen 7 7800X3D', cores: 8, threads: 16 });
    expect(d.ramFreeMb).toBe(20480);
  });

  it('falls back to Vulkan for the RX 7900 XTX (no CUDA), and to the CPU with a reason in a VM', async () => {
    const amd = await detectHardwareDetails({
      source: source([rx7900xtxWindows]),
      backends: backends([
        probe('cuda', false, 'no device'),
        probe('vulkan', true, 'vulkan: AMD Radeon RX 7900 XTX'),
        probe('cpu', true, 'CPU'),
      ]),
    });
    expect(amd.backend).toBe('vulkan');
    const vm = await detectHardwareDetails({
      source: source(vmAdapters),
      backends: backends([
        probe('cuda', false, 'no prebuilt cuda binary is installed'),
        probe('cpu', true, 'CPU'),
      ]),
    });
    expect(vm.gpus).toEqual([]);
    expect(vm.backend).toBe('cpu');
    expect(vm.cpuOnlyReason).toMatch(/No GPU was found/);
  });

  it('keeps the summary the daemon shows working with and without GPUs', async () => {
    expect(describeGpus(await detectHardware(source([rtx4090Windows, ...vmAdapters])))).toBe(
      'NVIDIA GeForce RTX 4090 (24 GB)',
    );
    expect(describeGpus(await detectHardware(source(vmAdapters)))).toBe(
      'No GPU detected — serving on the CPU',
    );
  });

  it('answers on this machine through systeminformation without crashing', async () => {
    const d = await detectHardwareDetails({ backends: backends([probe('cpu', true, 'CPU')]) });
    expect(d.cpu.threads).toBeGreaterThan(0);
    expect(d.ramMb).toBeGreaterThan(0);
    expect(hardwareDetailsSchema.safeParse(d).success).toBe(true);
  }, 20_000);
});
