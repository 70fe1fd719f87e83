// The machine's GPUs and usable llama.cpp backends, probed once (in a child process) when something needs
// them: planning a real model's GPU layers, the first-run proposal, the Models screen's fits.
import { BackendProber } from '../bench/backends.js';
import { detectHardwareDetails } from '../bench/hardware.js';
import type { HardwareDetails } from '../bench/bench-schema.js';
import type { Logger } from '../logging/logger.js';

export function lazyHardware(log: Logger): (refresh?: boolean) => Promise<HardwareDetails> {
  let probing: Promise<HardwareDetails> | null = null;
  return (refresh = false) => {
    if (!probing || refresh) {
      probing = detectHardwareDetails({ backends: new BackendProber({ log }) });
      probing.catch(() => (probing = null));
    }
    return probing;
  };
}
