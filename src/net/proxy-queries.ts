// tcp.query from the proxy to the worker (docs/protocol.md §3.4). Since 9060ce5 a proxy may send one:
// worker.changeModel, which an operator triggers. It is answered with worker.changedModel or a
// tcp.queryError 602 carrying the reason, never by closing the connection, and requests in flight go on.
// Any other query is a 621, as before.
import { errorMessage, type Logger } from '../logging/logger.js';
import { ErrorCode, RpcError } from '../protocol/rpc.js';
import type { TlObject } from '../protocol/tl/schema.gen.js';

export type ModelChangeResult = { ok: true } | { ok: false; reason: string };
/** Switches the served model to `model` (a network model name), or says why not. */
export type ChangeModel = (model: string) => Promise<ModelChangeResult>;

export const NO_MODEL_CHANGES = 'model changes are not supported';

export async function answerProxyQuery(
  fn: TlObject,
  o: { changeModel: ChangeModel | undefined; ready: boolean; log: Logger },
): Promise<TlObject> {
  switch (fn._) {
    case 'worker.changeModel': {
      if (!o.ready) throw new RpcError(ErrorCode.notready, 'the handshake is not complete');
      if (!o.changeModel) throw new RpcError(ErrorCode.error, NO_MODEL_CHANGES);
      let result: ModelChangeResult;
      try {
        result = await o.changeModel(fn.new_model);
      } catch (err) {
        result = { ok: false, reason: errorMessage(err) };
      }
      if (!result.ok) {
        o.log.info(`the proxy asked for model "${fn.new_model}": refused (${result.reason})`);
        throw new RpcError(ErrorCode.error, result.reason);
      }
      o.log.info(`the proxy asked for model "${fn.new_model}": switched`);
      return { _: 'worker.changedModel' };
    }
    default:
      throw new RpcError(ErrorCode.protoviolation, `unsupported query ${fn._}`);
  }
}
