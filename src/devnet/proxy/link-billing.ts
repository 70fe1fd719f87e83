// The bill after each request on one worker connection (docs/protocol.md §5.3): credit the owner with the
// final tokens (or withhold them when verification says no), sign the new cumulative payment and send
// proxy.workerRequestPayment. With a `settle` decision the bill waits for it; a failure is logged, not thrown.
import type { FramedConnection } from '../../protocol/connection.js';
import { drop, type Logger } from '../../logging/logger.js';
import type { OwnerBooks } from './books.js';
import type { AcceptedWorker } from './worker-params.js';

export interface LinkBilling {
  conn: FramedConnection;
  books: OwnerBooks;
  /** The client owner named in proxy.workerRequestPayment. */
  clientOwner: string;
  log: Logger;
  workerId: number;
}

/** Bills a finished request now, or once `settle` has decided whether its tokens are paid. */
export function settleRequest(
  b: LinkBilling,
  worker: AcceptedWorker,
  requestId: Buffer,
  tokens: bigint,
  settle?: (tokens: bigint) => Promise<boolean>,
): void {
  if (!settle) {
    billRequest(b, worker, requestId, tokens, true);
    return;
  }
  drop(
    settle(tokens).then((pay) => billRequest(b, worker, requestId, tokens, pay)),
    b.log,
    `settling a request of worker #${b.workerId}`,
  );
}

function billRequest(
  b: LinkBilling,
  worker: AcceptedWorker,
  requestId: Buffer,
  tokens: bigint,
  paid: boolean,
): void {
  if (paid) b.books.credit(worker.owner, tokens);
  else b.books.withhold(worker.owner, tokens);
  const pay = b.books.payment(worker.owner);
  b.conn.send({
    _: 'proxy.workerRequestPayment',
    request_id: requestId,
    signed_payment: { _: 'proxy.signedPayment', data: pay.signed },
    db_tokens: pay.dbTokens,
    max_tokens: pay.maxTokens,
    request_tokens: tokens,
    request_client_owner: b.clientOwner,
  });
}
