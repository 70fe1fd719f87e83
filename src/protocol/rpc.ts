// tcp.query RPC: error codes (docs/protocol.md §4.6, TON's common/errorcode.h), the error type for failed queries, and
// the table of queries waiting for an answer, each with its own timeout.
import type { Clock, TimerHandle } from './clock.js';

export const ErrorCode = {
  failure: 601,
  error: 602,
  warning: 603,
  protoviolation: 621,
  notready: 651,
  timeout: 652,
  cancelled: 653,
} as const;

/** A tcp.queryError, received from the peer or produced locally (timeout, connection closed). */
export class RpcError extends Error {
  override readonly name = 'RpcError';
  readonly code: number;

  constructor(code: number, message: string) {
    super(message);
    this.code = code;
  }
}

interface Pending {
  resolve: (data: Buffer) => void;
  reject: (err: RpcError) => void;
  timer: TimerHandle;
}

export class PendingQueries {
  readonly #clock: Clock;
  readonly #pending = new Map<bigint, Pending>();

  constructor(clock: Clock) {
    this.#clock = clock;
  }

  get size(): number {
    return this.#pending.size;
  }

  has(id: bigint): boolean {
    return this.#pending.has(id);
  }

  add(id: bigint, timeoutMs: number): Promise<Buffer> {
    return new Promise<Buffer>((resolve, reject) => {
      const timer = this.#clock.setTimeout(() => {
        this.#pending.delete(id);
        reject(new RpcError(ErrorCode.timeout, `query timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      this.#pending.set(id, { resolve, reject, timer });
    });
  }

  /** Settles a query; false when no such query is waiting (late or unknown answer). */
  settle(id: bigint, result: Buffer | RpcError): boolean {
    const p = this.#pending.get(id);
    if (!p) return false;
    this.#pending.delete(id);
    this.#clock.clearTimeout(p.timer);
    if (result instanceof RpcError) p.reject(result);
    else p.resolve(result);
    return true;
  }

  rejectAll(err: RpcError): void {
    for (const id of [...this.#pending.keys()]) this.settle(id, err);
  }
}
