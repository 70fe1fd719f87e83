// A level's optional GPU power limit. Only NVIDIA's driver offers one to a program, through
// `nvidia-smi --power-limit`, and it needs administrator rights everywhere: root on Linux (or a
// driver set up to let users change it), an elevated prompt on Windows. Without them the tool says
// "Insufficient Permissions" and nothing changes; we report that plainly rather than retry or elevate.
// AMD (rocm-smi --setpoweroverdrive) also needs root and is not driven; macOS has no such control.
// The duty cap (enforced by the engine itself) bounds power on every GPU without any rights.
import type { ToolRunner } from '../sensors/run-tool.js';

export type PowerLimitOutcome =
  | { state: 'applied'; watts: number }
  | { state: 'cleared' }
  | { state: 'needs-admin'; message: string }
  | { state: 'unsupported'; message: string }
  | { state: 'failed'; message: string };

const TIMEOUT_MS = 5000;

export class PowerLimiter {
  readonly #run: ToolRunner;
  readonly #gpuIndex: number;
  /** The board's default limit, read before our first change (restored when a level has none). */
  #defaultW: number | null = null;
  #appliedW: number | null = null;

  constructor(options: { run: ToolRunner; gpuIndex?: number }) {
    this.#run = options.run;
    this.#gpuIndex = options.gpuIndex ?? 0;
  }

  /** Sets `watts`, or restores the default when null (and we changed it). Never throws. */
  async apply(watts: number | null): Promise<PowerLimitOutcome> {
    if (watts === null) {
      if (this.#appliedW === null) return { state: 'cleared' };
      const restore = this.#defaultW;
      if (restore === null) return { state: 'cleared' };
      const r = await this.#set(restore);
      if (r.state === 'applied') this.#appliedW = null;
      return r.state === 'applied' ? { state: 'cleared' } : r;
    }
    if (this.#defaultW === null) {
      const read = await this.#run(
        'nvidia-smi',
        ['-i', String(this.#gpuIndex), '--query-gpu=power.default_limit', '--format=csv,noheader,nounits'],
        TIMEOUT_MS,
      );
      if (!read.ok)
        return read.reason === 'absent' ? unsupported() : { state: 'failed', message: read.message };
      const w = Number.parseFloat(read.stdout.trim());
      if (!Number.isFinite(w)) return unsupported();
      this.#defaultW = Math.round(w);
    }
    const r = await this.#set(watts);
    if (r.state === 'applied') this.#appliedW = watts;
    return r;
  }

  async #set(watts: number): Promise<PowerLimitOutcome> {
    const r = await this.#run('nvidia-smi', ['-i', String(this.#gpuIndex), '-pl', String(watts)], TIMEOUT_MS);
    if (r.ok) return { state: 'applied', watts };
    if (r.reason === 'absent') return unsupported();
    if (/insufficient permissions|administrator|root/i.test(r.message)) {
      return {
        state: 'needs-admin',
        message:
          'setting a GPU power limit needs administrator rights (nvidia-smi -pl); the duty cap still applies',
      };
    }
    return { state: 'failed', message: r.message.slice(0, 200) };
  }
}

function unsupported(): PowerLimitOutcome {
  return {
    state: 'unsupported',
    message:
      'no power limit control here (it needs an NVIDIA GPU with nvidia-smi); the duty cap still applies',
  };
}
