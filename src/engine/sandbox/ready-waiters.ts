// Requests that arrive while the child (re)starts wait here, each bounded by its own timeout and signal.
import { EngineError } from './errors.js';

interface Waiter<T> {
  resolve: (value: T) => void;
  reject: (err: Error) => void;
}

export class ReadyWaiters<T> {
  #waiters: Array<Waiter<T>> = [];

  wait(timeoutMs: number, signal: AbortSignal | undefined): Promise<T> {
    return new Promise((resolve, reject) => {
      const done = (err?: Error, value?: T): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        this.#waiters = this.#waiters.filter((w) => w !== waiter);
        if (value !== undefined) resolve(value);
        else reject(err ?? new EngineError('not-ready', 'the engine is not ready'));
      };
      const waiter: Waiter<T> = { resolve: (v) => done(undefined, v), reject: (err) => done(err) };
      const timer = setTimeout(
        () =>
          done(new EngineError('timeout', `worker: timeout while the engine was starting (${timeoutMs} ms)`)),
        timeoutMs,
      );
      const onAbort = (): void => done(new EngineError('cancelled', 'the request was cancelled'));
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#waiters.push(waiter);
    });
  }

  resolveAll(value: T): void {
    for (const w of this.#waiters.splice(0)) w.resolve(value);
  }

  rejectAll(err: Error): void {
    for (const w of this.#waiters.splice(0)) w.reject(err);
  }
}
