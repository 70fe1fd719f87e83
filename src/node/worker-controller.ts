// The worker's lifecycle as the owner sees it: stopped → starting → serving ⇄ paused, or error.
// It follows one question — "should the GPU serve now?" — answered by the owner's manual pause and by
// the availability policy, and drives the runtime (engine + network) to match.
import type { ReasonCode, WorkerState, WorkerStatus } from '../api/state.js';
import { errorMessage, type Logger } from '../logging/logger.js';

/** What actually serves: the sandboxed engine and the proxy sessions. */
export interface WorkerRuntime {
  /** Brings serving up; resolves when requests can be served. */
  start(): Promise<void>;
  /** Stops serving and frees the GPU; resolves when the engine process is gone. */
  stop(reason: string): Promise<void>;
}

export interface PauseDecision {
  pause: boolean;
  reason: string;
  reasonCode: ReasonCode;
  /** When the decision changes by itself (epoch ms), if known. */
  until: number | null;
}

type Shown = Pick<WorkerState, 'status' | 'reason' | 'reasonCode' | 'since' | 'pausedUntil'>;

export interface WorkerControllerOptions {
  runtime: WorkerRuntime;
  log: Logger;
  onChange: (state: Shown) => void;
  now?: () => number;
  formatTime?: (epochMs: number) => string;
}

interface Want {
  serve: boolean;
  status: WorkerStatus;
  reason: string;
  code: ReasonCode;
  until: number | null;
}

const code = (key: string, params: ReasonCode['params'] = {}): ReasonCode => ({ key, params });

export class WorkerController {
  readonly #runtime: WorkerRuntime;
  readonly #log: Logger;
  readonly #onChange: WorkerControllerOptions['onChange'];
  readonly #now: () => number;
  readonly #formatTime: (ms: number) => string;
  #wanted = false;
  #manualUntil: number | null | undefined = undefined; // undefined: no manual pause; null: until resumed
  #policy: PauseDecision = { pause: false, reason: 'Serving', reasonCode: code('worker.serving'), until: null };
  #status: WorkerStatus = 'stopped';
  #reason = 'Not started';
  #since: number;
  #timer: NodeJS.Timeout | null = null;
  #chain: Promise<void> = Promise.resolve();

  constructor(options: WorkerControllerOptions) {
    this.#runtime = options.runtime;
    this.#log = options.log;
    this.#onChange = options.onChange;
    this.#now = options.now ?? Date.now;
    this.#formatTime =
      options.formatTime ?? ((ms) => new Date(ms).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' }));
    this.#since = this.#now();
  }

  get status(): WorkerStatus {
    return this.#status;
  }

  start(): Promise<void> {
    this.#wanted = true;
    this.#manualUntil = undefined;
    return this.#reconcile();
  }

  /** Pauses until resumed, or for `forMs`. */
  pause(forMs?: number): Promise<void> {
    this.#wanted = true;
    this.#manualUntil = forMs === undefined ? null : this.#now() + forMs;
    return this.#reconcile();
  }

  resume(): Promise<void> {
    return this.start();
  }

  /** The availability policy's latest answer. */
  setPolicy(decision: PauseDecision): Promise<void> {
    this.#policy = decision;
    return this.#reconcile();
  }

  async shutdown(): Promise<void> {
    this.#wanted = false;
    await this.#reconcile();
    if (this.#timer) clearTimeout(this.#timer);
  }

  #desired(): Want {
    const now = this.#now();
    if (typeof this.#manualUntil === 'number' && this.#manualUntil <= now) this.#manualUntil = undefined;
    if (!this.#wanted) return { serve: false, status: 'stopped', reason: 'Stopped', code: code('worker.stopped'), until: null };
    if (this.#manualUntil === null) {
      return { serve: false, status: 'paused', reason: 'Paused by you until you resume', code: code('worker.pausedByYou'), until: null };
    }
    if (this.#manualUntil !== undefined) {
      const until = this.#manualUntil;
      const reason = `Paused until ${this.#formatTime(until)} by you`;
      return { serve: false, status: 'paused', reason, code: code('worker.pausedByYouUntil', { until }), until };
    }
    const p = this.#policy;
    return { serve: !p.pause, status: p.pause ? 'paused' : 'serving', reason: p.reason, code: p.reasonCode, until: p.until };
  }

  #reconcile(): Promise<void> {
    const run = this.#chain.then(() => this.#apply());
    this.#chain = run.catch(() => undefined);
    return run;
  }

  async #apply(): Promise<void> {
    const want = this.#desired();
    this.#armTimer(want.until);
    const running = this.#status === 'serving' || this.#status === 'starting';
    if (want.serve && !running) {
      this.#set({ ...want, status: 'starting', reason: 'Starting the engine…', code: code('worker.starting'), until: null });
      try {
        await this.#runtime.start();
      } catch (err) {
        this.#log.error(`start failed: ${errorMessage(err)}`);
        this.#set({ ...want, status: 'error', reason: `Could not start: ${errorMessage(err)}`, code: code('worker.error', { message: errorMessage(err) }) });
        return;
      }
      const again = this.#desired();
      if (!again.serve) await this.#runtime.stop(again.reason);
      this.#set(again);
      return;
    }
    if (!want.serve && (running || this.#status === 'error')) {
      try {
        await this.#runtime.stop(want.reason);
      } catch (err) {
        this.#log.error(`stop failed: ${errorMessage(err)}`);
      }
    }
    this.#set(want);
  }

  #armTimer(until: number | null): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    if (until === null) return;
    const delay = Math.max(0, Math.min(until - this.#now(), 2 ** 31 - 1));
    this.#timer = setTimeout(() => void this.#reconcile(), delay + 5);
    this.#timer.unref();
  }

  #set(want: Want): void {
    if (want.status === this.#status && want.reason === this.#reason) return;
    if (want.status !== this.#status) this.#since = this.#now();
    this.#status = want.status;
    this.#reason = want.reason;
    this.#log.info(`worker ${want.status}: ${want.reason}`);
    this.#onChange({ status: want.status, reason: want.reason, reasonCode: want.code, since: this.#since, pausedUntil: want.until });
  }
}
