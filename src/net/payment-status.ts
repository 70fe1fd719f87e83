// The live session's payment status poll (docs/protocol.md §3.4): every 10–20 s the worker asks
// worker.updatePaymentStatus and hands the signed payment to the session. As in the C++ worker, a failed
// or inconsistent status is reported, not fatal. Returns the function that stops the poll.
import type { FramedConnection } from '../protocol/connection.js';
import type { WorkerPaymentStatus } from '../protocol/tl/schema.gen.js';

export interface PaymentStatusPoll {
  conn: FramedConnection;
  everyMs?: { min: number; max: number };
  /** Handles one status; a rejection goes to onError. */
  take: (status: WorkerPaymentStatus) => Promise<void>;
  onError: (err: unknown) => void;
}

export function pollPaymentStatus(p: PaymentStatusPoll): () => void {
  const { min, max } = p.everyMs ?? { min: 10_000, max: 20_000 };
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const schedule = (): void => {
    if (stopped || p.conn.closed) return;
    timer = setTimeout(() => void once(), min + Math.random() * (max - min));
    timer.unref();
  };
  const once = async (): Promise<void> => {
    try {
      const s = await p.conn.call({ _: 'worker.updatePaymentStatus' }, { timeoutMs: 60_000 });
      if (s._ === 'worker.paymentStatus') await p.take(s);
    } catch (err) {
      if (!stopped) p.onError(err);
    }
    schedule();
  };
  schedule();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}
