// worker.changeModel from the proxy side (docs/protocol.md §3.4), as Cocoon's proxy's
// /request/change_worker_model: a tcp.query to one worker connection, its answer or refusal.
import type { FramedConnection } from '../../protocol/connection.js';
import { ErrorCode, RpcError } from '../../protocol/rpc.js';
import type { Logger } from '../../logging/logger.js';

/** What a worker answered to worker.changeModel (docs/protocol.md §3.4). */
export type ModelChangeAnswer = { ok: true } | { ok: false; code: number; reason: string };

/** Cocoon's proxy waits 60 s for a model change (ProxyRunner.cpp). */
export const CHANGE_MODEL_TIMEOUT_MS = 60_000;

/**
 * A refusal (602 with a reason, 621 from a worker that does not know the query) is an answer, not a
 * failure: the connection stays up. Any other error (the connection failing) is thrown.
 */
export async function askModelChange(
  conn: FramedConnection,
  log: Logger,
  workerId: number,
  model: string,
  timeoutMs: number,
): Promise<ModelChangeAnswer> {
  try {
    const answer = await conn.call({ _: 'worker.changeModel', new_model: model }, { timeoutMs });
    if (answer._ !== 'worker.changedModel')
      return { ok: false, code: ErrorCode.protoviolation, reason: answer._ };
    log.info(`worker #${workerId} accepted model ${model.slice(0, 100)}`);
    return { ok: true };
  } catch (err) {
    if (!(err instanceof RpcError)) throw err;
    log.info(`worker #${workerId} refused model ${model.slice(0, 100)}: ${err.code} ${err.message}`);
    return { ok: false, code: err.code, reason: err.message };
  }
}
