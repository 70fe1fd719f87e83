// The sandbox host (supervisor): starts the inference child under its permission policy, restarts it
// with backoff when it dies, admits requests up to max_active_requests, enforces per-request timeouts,
// maps AbortSignal to cancel, and frees the GPU on pause() by ending the child (tracked by handle).
// Its serving API looks like an HTTP backend so the network layer can wrap it in Cocoon messages.
// reload() switches the served model or configuration: the caller drains first; the child is replaced.
export type {
  SandboxEvent,
  SandboxHostOptions,
  SandboxInfo,
  SandboxState,
  ServingHostOptions,
} from './host-types.js';
import { backoffDelay } from '../../async/backoff.js';
import type { ChildLink, DutyWindow, Generation } from './child-link.js';
import { initAndLoad, launchChild } from './child-start.js';
import { ReadyWaiters } from './ready-waiters.js';
import { EngineError } from './errors.js';
import { ChildProcessLauncher, type SandboxLauncher } from './launcher.js';
import type { SandboxHostOptions, SandboxInfo, SandboxState, ServingHostOptions } from './host-types.js';
import { defaultSandboxPaths, type SandboxPaths } from './paths.js';
import { hostOptionsFromConfig, isServingConfig } from './serving-options.js';
import type { ServingConfig } from '../serving-config.js';
import {
  badRequest,
  serveGeneration,
  type EngineRequest,
  type EngineResponse,
  type RequestOptions,
} from './serve.js';
import { validateRequest } from '../openai/validate.js';
import { errorMessage } from '../../logging/logger.js';

export class SandboxHost {
  #o: SandboxHostOptions;
  readonly #launcher: SandboxLauncher;
  readonly #paths: SandboxPaths;
  #state: SandboxState = 'stopped';
  #link: ChildLink | undefined;
  #exit: Promise<void> = Promise.resolve();
  #info: SandboxInfo | undefined;
  readonly #waiters = new ReadyWaiters<ChildLink>();
  #active = 0;
  readonly #inflight = new Set<Generation>();
  #restarts = 0;
  #readyAt = 0;
  #restartTimer: NodeJS.Timeout | undefined;
  #reloading = false;
  /** The throttling level: duty cap (kept across restarts and reloads) and admission limit (null: none). */
  #dutyShare = 1;
  #admitLimit: number | null = null;

  constructor(options: SandboxHostOptions) {
    this.#o = options;
    this.#launcher = options.launcher ?? new ChildProcessLauncher();
    this.#paths = options.paths ?? defaultSandboxPaths();
  }

  /** A host for one serving configuration; `base` names the collaborators and folders. */
  static fromConfig(
    config: ServingConfig,
    base: Omit<SandboxHostOptions, keyof ServingHostOptions>,
  ): SandboxHost {
    return new SandboxHost({ ...base, ...hostOptionsFromConfig(config) });
  }

  /** The network name requests must carry now. */
  get modelName(): string {
    return this.#o.modelName;
  }

  get state(): SandboxState {
    return this.#state;
  }
  get info(): SandboxInfo | undefined {
    return this.#info;
  }
  get activeRequests(): number {
    return this.#active;
  }

  async start(): Promise<SandboxInfo> {
    if (this.#state === 'ready' && this.#info) return this.#info;
    this.#setState('starting');
    return this.#boot();
  }

  /** Serves one OpenAI-style request. Refusals (cap, pause) throw EngineError at once. */
  async request(req: EngineRequest, opts: RequestOptions = {}): Promise<EngineResponse> {
    if (this.#reloading) throw new EngineError('not-ready', 'the engine is reloading (switching models)');
    const v = validateRequest(req.path, req.body, this.#o.modelName);
    if (!v.ok) return badRequest(v.status, v.message, v.param);
    const vocab = this.#info?.load.vocabSize ?? 0;
    if (v.prompt.kind === 'tokens' && vocab > 0 && v.prompt.tokens.some((t) => t >= vocab)) {
      return badRequest(400, `'prompt' has a token id outside the vocabulary (size ${vocab})`, 'prompt');
    }
    if (this.#state === 'paused') throw new EngineError('paused', 'serving is paused by the GPU owner');
    if (this.#state === 'stopped') throw new EngineError('stopped', 'the engine is stopped');
    if (this.#active >= Math.min(this.#o.maxActiveRequests, this.#admitLimit ?? Infinity))
      throw new EngineError('too-many-active-queries', 'too many active queries');
    this.#active++;
    let released = false;
    const release = (): void => {
      if (!released) {
        released = true;
        this.#active--;
      }
    };
    const timeoutMs = opts.timeoutMs ?? this.#o.defaultTimeoutMs ?? 120_000;
    const started = performance.now();
    try {
      const link = await this.#whenReady(timeoutMs, opts.signal);
      // The proxy's evidence needs ids only; a client's logprobs (params.evidence 'text') include them.
      const params = req.evidence === true ? { evidence: 'ids' as const, ...v.params } : v.params;
      const gen = link.generate(v.prompt, params);
      this.#inflight.add(gen);
      const settle = (): void => {
        this.#inflight.delete(gen);
        release();
      };
      gen.done.then(settle, settle);
      return await serveGeneration({
        gen,
        valid: v,
        modelName: this.#o.modelName,
        signal: opts.signal,
        timeoutMs: Math.max(1, timeoutMs - (performance.now() - started)),
        log: this.#o.log,
        bodyBytes: req.body.length,
        evidence: req.evidence === true,
      });
    } catch (err) {
      release();
      throw err;
    }
  }

  /**
   * Applies a throttling level without touching in-flight requests: `admit` bounds new admissions (requests
   * beyond it that already run finish), `dutyShare` caps decoding from the child's next step. Resolves once
   * the running child has the cap, with how the cap it replaced held (null: no child runs now; a stopped
   * or paused engine gets the cap when it next starts).
   */
  async throttle(level: { admit: number | null; dutyShare: number }): Promise<DutyWindow | null> {
    this.#admitLimit = level.admit;
    this.#dutyShare = level.dutyShare;
    if (this.#state !== 'ready' || !this.#link || this.#link.exited) return null;
    return this.#link.duty(level.dutyShare);
  }

  /** Frees the GPU: in-flight requests end with 'paused', the child exits. Resolves when it has exited. */
  async pause(): Promise<{ exitMs: number }> {
    const t0 = performance.now();
    if (this.#state === 'paused') return { exitMs: 0 };
    this.#setState('paused');
    await this.#endChild(new EngineError('paused', 'the GPU owner paused serving; the request was ended'));
    const exitMs = performance.now() - t0;
    this.#o.log.info(`paused: sandbox exited in ${exitMs.toFixed(0)} ms`);
    this.#o.onEvent?.({ type: 'paused', exitMs });
    return { exitMs };
  }

  async resume(): Promise<SandboxInfo> {
    if (this.#state !== 'paused' && this.#state !== 'stopped') return this.start();
    this.#setState('starting');
    return this.#boot();
  }

  /**
   * Replaces the child with one on the new model or configuration (the caller drains first). Requests
   * meanwhile are refused with 'not-ready'. With start: false (a paused or stopped engine) only the
   * options change; the next start or resume loads them.
   */
  async reload(
    next: ServingConfig | Partial<ServingHostOptions>,
    { start = true }: { start?: boolean } = {},
  ): Promise<SandboxInfo | undefined> {
    if (this.#reloading) throw new EngineError('not-ready', 'a reload is already in progress');
    const idle = this.#state === 'paused' ? 'paused' : 'stopped';
    this.#reloading = true;
    try {
      await this.#endChild(new EngineError('not-ready', 'the engine is reloading (switching models)'));
      this.#o = { ...this.#o, ...(isServingConfig(next) ? hostOptionsFromConfig(next) : next) };
      this.#info = undefined;
      if (!start) {
        this.#setState(idle);
        return undefined;
      }
      this.#setState('starting');
      return await this.#boot();
    } finally {
      this.#reloading = false;
    }
  }

  async stop(): Promise<void> {
    this.#setState('stopped');
    await this.#endChild(new EngineError('stopped', 'the engine was stopped'));
  }

  async #endChild(reason: EngineError): Promise<void> {
    clearTimeout(this.#restartTimer);
    this.#waiters.rejectAll(reason);
    for (const g of this.#inflight) g.fail(reason);
    const link = this.#link;
    if (!link || link.exited) return;
    link.failAll(reason);
    link.shutdown();
    const timer = setTimeout(() => link.kill(), this.#o.exitGraceMs ?? 100);
    await this.#exit;
    clearTimeout(timer);
  }

  #setState(state: SandboxState): void {
    if (this.#state === state) return;
    this.#state = state;
    this.#o.onEvent?.({ type: 'state', state });
  }

  /** The running child, waiting (bounded by the request's timeout and signal) while it (re)starts. */
  #whenReady(timeoutMs: number, signal: AbortSignal | undefined): Promise<ChildLink> {
    if (this.#state === 'ready' && this.#link) return Promise.resolve(this.#link);
    return this.#waiters.wait(timeoutMs, signal);
  }

  async #boot(): Promise<SandboxInfo> {
    const o = this.#o;
    let launched;
    try {
      launched = await launchChild(o, this.#launcher, this.#paths, (link, code, signal) =>
        this.#onExit(link, code, signal),
      );
    } catch (err) {
      this.#setState('stopped');
      throw err;
    }
    const { link, policy } = launched;
    this.#exit = launched.exit;
    this.#link = link;
    const timer = setTimeout(() => link.kill(), o.startTimeoutMs ?? 60_000);
    try {
      const { runtime, load } = await initAndLoad(link, o, this.#dutyShare);
      const info: SandboxInfo = {
        pid: link.pid,
        modelName: o.modelName,
        launcher: this.#launcher.kind,
        paths: this.#paths,
        policy,
        runtime,
        load,
        modelPath: o.modelPath,
      };
      if (link.exited || this.#link !== link)
        throw new EngineError('start-failed', 'the sandbox exited while starting');
      this.#info = info;
      this.#readyAt = performance.now();
      this.#setState('ready');
      o.log.info(
        `sandbox ready: pid ${link.pid ?? '?'} (${policy.confinement.kind}), ${load.backend} (${load.gpuLayers}/${load.totalLayers} layers on the GPU, flash attention ${load.flashAttention ? 'on' : 'off'}), context ${load.contextSize} × ${load.sequences}`,
      );
      o.onEvent?.({ type: 'ready', info });
      this.#waiters.resolveAll(link);
      return info;
    } catch (err) {
      // A failed first start (or resume) is reported to the caller; a failed restart backs off again.
      if (this.#state === 'starting') {
        this.#setState('stopped');
        this.#waiters.rejectAll(new EngineError('start-failed', 'the sandbox failed to start'));
      }
      link.kill();
      const message = errorMessage(err);
      throw err instanceof EngineError && err.code === 'start-failed'
        ? err
        : new EngineError('start-failed', `the sandbox failed to start: ${message}`);
    } finally {
      clearTimeout(timer);
    }
  }

  #onExit(link: ChildLink, code: number | null, signal: string | null): void {
    if (this.#link !== link) return;
    this.#link = undefined;
    if (this.#state === 'paused' || this.#state === 'stopped' || this.#reloading) return;
    if (performance.now() - this.#readyAt > 30_000) this.#restarts = 0;
    const { initial, max } = this.#o.restartBackoffMs ?? { initial: 200, max: 10_000 };
    const delay = backoffDelay(this.#restarts++, { initialMs: initial, maxMs: max });
    this.#o.log.warn(
      `sandbox pid ${link.pid ?? '?'} exited (${signal ?? `code ${code}`}); restarting in ${delay} ms`,
    );
    this.#o.onEvent?.({ type: 'crash', code, signal, restartInMs: delay });
    this.#setState('restarting');
    this.#restartTimer = setTimeout(() => {
      if (this.#state !== 'restarting') return;
      this.#boot().catch((err: unknown) => {
        this.#o.log.error(`sandbox restart failed: ${errorMessage(err)}`);
      });
    }, delay);
  }
}
