// The worker's lifecycle as the owner sees it: stopped → starting → serving ⇄ paused, or error.
// It follows one question — "should the GPU serve now?" — answered by the availability policy (which also
// holds the owner's manual pause and resume), and drives the runtime (engine + network) to match.
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
  #wanted = false;
  #hold: { reason: string; reasonCode: ReasonCode } | null = null;
  #policy: PauseDecision = {
    pause: false,
    reason: 'Serving',
    reasonCode: code('worker.serving'),
    until: null,
  };
  #status: WorkerStatus = 'stopped';
  #reason = 'Not started';
  #since: number;
  #chain: Promise<void> = Promise.resolve();

  constructor(options: WorkerControllerOptions) {
    this.#runtime = options.runtime;
    this.#log = options.log;
    this.#onChange = options.onChange;
    this.#now = options.now ?? Date.now;
    this.#since = this.#now();
  }

  get status(): WorkerStatus {
    return this.#status;
  }

  /** Serve whenever the policy allows (the app's "on" switch; stopping is `shutdown`). */
  start(): Promise<void> {
    this.#wanted = true;
    return this.#reconcile();
  }

  /** Pauses serving for the app's own use of the GPU (the benchmark) until `release`. Beats the policy. */
  hold(reason: string, reasonCode: ReasonCode): Promise<void> {
    this.#hold = { reason, reasonCode };
    return this.#reconcile();
  }

  release(): Promise<void> {
    this.#hold = null;
    return this.#reconcile();
  }

  /** Resolves once every decision given so far has been carried out. */
  settled(): Promise<void> {
    return this.#chain;
  }

  /** The availability policy's latest answer. */
  setPolicy(decision: PauseDecision): Promise<void> {
    this.#policy = decision;
    return this.#reconcile();
  }

  async shutdown(): Promise<void> {
    this.#wanted = false;
    await this.#reconcile();
  }

  #desired(): Want {
    if (!this.#wanted)
      return {
        serve: false,
        status: 'stopped',
        reason: 'Stopped',
        code: code('worker.stopped'),
        until: null,
      };
    if (this.#hold)
      return {
        serve: false,
        status: 'paused',
        reason: this.#hold.reason,
        code: this.#hold.reasonCode,
        until: null,
      };
    const p = this.#policy;
    return {
      serve: !p.pause,
      status: p.pause ? 'paused' : 'serving',
      reason: p.reason,
      code: p.reasonCode,
      until: p.until,
    };
  }

  #reconcile(): Promise<void> {
    const run = this.#chain.then(() => this.#apply());
    this.#chain = run.catch(() => undefined);
    return run;
  }

  async #apply(): Promise<void> {
    const want = this.#desired();
    const running = this.#status === 'serving' || this.#status === 'starting';
    if (want.serve && !running) {
      this.#set({
        ...want,
        status: 'starting',
        reason: 'Starting the engine…',
        code: code('worker.starting'),
        until: null,
      });
      try {
        await this.#runtime.start();
      } catch (err) {
        this.#log.error(`start failed: ${errorMessage(err)}`);
        this.#set({
          ...want,
          status: 'error',
          reason: `Could not start: ${errorMessage(err)}`,
          code: code('worker.error', { message: errorMessage(err) }),
        });
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

  #set(want: Want): void {
    if (want.status === this.#status && want.reason === this.#reason) return;
    if (want.status !== this.#status) this.#since = this.#now();
    this.#status = want.status;
    this.#reason = want.reason;
    this.#log.info(`worker ${want.status}: ${want.reason}`);
    this.#onChange({
      status: want.status,
      reason: want.reason,
      reasonCode: want.code,
      since: this.#since,
      pausedUntil: want.until,
    });
  }
}
