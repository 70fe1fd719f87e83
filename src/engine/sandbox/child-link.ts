// One running sandbox child seen from the host: numbers outgoing messages, validates incoming ones, and
// routes answers to the command or generation they belong to. A link lives exactly as long as its child.
import type { Logger } from '../../logging/logger.js';
import { AsyncQueue } from '../../async/async-queue.js';
import { EngineError } from './errors.js';
import type { SandboxProcess } from './launcher.js';
import {
  childMessageSchema,
  type ChildMessage,
  type GenerateParams,
  type GenerationUsage,
  type GpuOption,
  type HostMessageBody,
  type LoadInfo,
  type Prompt,
  type RuntimeInfo,
  type TokenEvidenceMessage,
} from './messages.js';

type Result = Extract<ChildMessage, { type: 'result' }>['result'];

/** How a duty cap held: its share, and the busy and elapsed ms of its accounting window. */
export interface DutyWindow {
  share: number;
  busyMs: number;
  elapsedMs: number;
}

interface Pending {
  resolve: (r: Result) => void;
  reject: (e: Error) => void;
  pieces?: AsyncQueue<Piece>;
}

/** What the child streams: text, the tokens it counted, and their evidence when the request asked. */
export interface Piece {
  text: string;
  tokens: number;
  evidence?: TokenEvidenceMessage[] | undefined;
}

export interface Generation {
  /** Text pieces as the child produces them; fails with an EngineError if the generation fails. */
  pieces: AsyncIterable<Piece>;
  /** Settles when the child has finished with this request (its sequence is free again). */
  done: Promise<GenerationUsage>;
  cancel(): void;
  /** Ends the caller's view at once with `error`; the child is told to stop. */
  fail(error: Error): void;
}

export class ChildLink {
  readonly #proc: SandboxProcess;
  readonly #log: Logger;
  readonly #pending = new Map<number, Pending>();
  #seq = 0;
  #lastIn = -1;
  #exited = false;

  constructor(
    proc: SandboxProcess,
    log: Logger,
    onExit: (code: number | null, signal: string | null) => void,
  ) {
    this.#proc = proc;
    this.#log = log;
    proc.onMessage((m) => this.#receive(m));
    proc.onExit((code, signal) => {
      this.#exited = true;
      this.failAll(
        new EngineError('sandbox-crashed', `the inference sandbox exited (${signal ?? `code ${code}`})`),
      );
      onExit(code, signal);
    });
  }

  get pid(): number | undefined {
    return this.#proc.pid;
  }

  get exited(): boolean {
    return this.#exited;
  }

  #send(body: HostMessageBody): number {
    const seq = this.#seq++;
    this.#proc.send({ ...body, seq });
    return seq;
  }

  #command(body: HostMessageBody): Promise<Result> {
    return new Promise((resolve, reject) => {
      if (this.#exited)
        return reject(new EngineError('sandbox-crashed', 'the inference sandbox is not running'));
      this.#pending.set(this.#send(body), { resolve, reject });
    });
  }

  async init(threads: number, gpu: GpuOption): Promise<RuntimeInfo> {
    const r = await this.#command({ type: 'init', threads, gpu });
    if (r.kind !== 'init') throw new EngineError('engine-failed', `unexpected answer ${r.kind} to init`);
    return r.info;
  }

  async load(options: Omit<Extract<HostMessageBody, { type: 'load' }>, 'type'>): Promise<LoadInfo> {
    const r = await this.#command({ type: 'load', ...options });
    if (r.kind !== 'load') throw new EngineError('engine-failed', `unexpected answer ${r.kind} to load`);
    return r.info;
  }

  /** Sets the engine's duty cap; resolves once the child runs under it, with how the old cap held. */
  async duty(share: number): Promise<DutyWindow> {
    const r = await this.#command({ type: 'duty', share });
    if (r.kind !== 'duty') throw new EngineError('engine-failed', `unexpected answer ${r.kind} to duty`);
    return { share: r.previousShare, busyMs: r.busyMs, elapsedMs: r.elapsedMs };
  }

  generate(prompt: Prompt, params: GenerateParams): Generation {
    const pieces = new AsyncQueue<Piece>();
    let re = -1;
    const done = new Promise<GenerationUsage>((resolve, reject) => {
      if (this.#exited)
        return reject(new EngineError('sandbox-crashed', 'the inference sandbox is not running'));
      re = this.#send({ type: 'generate', prompt, params });
      this.#pending.set(re, {
        resolve: (r) =>
          r.kind === 'generate' ? resolve(r.usage) : reject(new EngineError('engine-failed', 'bad answer')),
        reject,
        pieces,
      });
    });
    done.then(
      () => pieces.close(),
      (err: unknown) => pieces.close(err instanceof Error ? err : new Error(String(err))),
    );
    const cancel = (): void => {
      if (re >= 0 && this.#pending.has(re) && !this.#exited) this.#send({ type: 'cancel', re });
    };
    return { pieces, done, cancel, fail: (error) => (pieces.close(error), cancel()) };
  }

  shutdown(): void {
    if (!this.#exited) this.#send({ type: 'shutdown' });
  }

  kill(): void {
    this.#proc.kill('SIGKILL');
  }

  failAll(error: Error): void {
    const all = [...this.#pending.values()];
    this.#pending.clear();
    for (const p of all) p.reject(error);
  }

  #receive(raw: unknown): void {
    const parsed = childMessageSchema.safeParse(raw);
    if (!parsed.success || parsed.data.seq <= this.#lastIn) {
      // A child that breaks the protocol is not trusted further.
      this.#log.error(`sandbox sent an invalid message; killing pid ${this.#proc.pid ?? '?'}`);
      this.kill();
      return;
    }
    const msg = parsed.data;
    this.#lastIn = msg.seq;
    switch (msg.type) {
      case 'log':
        this.#log[msg.level](`engine: ${msg.message}`);
        return;
      case 'token':
        this.#pending
          .get(msg.re)
          ?.pieces?.push({ text: msg.text, tokens: msg.tokens, evidence: msg.evidence });
        return;
      case 'result': {
        const p = this.#pending.get(msg.re);
        this.#pending.delete(msg.re);
        p?.resolve(msg.result);
        return;
      }
      case 'error': {
        const code = msg.code === 'context-length-exceeded' ? msg.code : 'engine-failed';
        const err = new EngineError(code, msg.message);
        if (msg.re === null) {
          this.#log.error(`sandbox reported: ${msg.code}`);
          return;
        }
        const p = this.#pending.get(msg.re);
        this.#pending.delete(msg.re);
        p?.reject(err);
        return;
      }
    }
  }
}
