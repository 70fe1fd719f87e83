// The proxy's per-connection handshake state machine (docs/protocol.md §3.3): None → Compare → (CompareExt) →
// FinishingHandshake → Ok. A query that does not fit the current state is answered with an error and the
// connection is closed by the caller. Balance comparison never trusts the worker's numbers: a worker that
// claims more than we committed is refused (the C++ proxy aborts there; we only drop that connection).
import { ErrorCode, RpcError } from '../../protocol/rpc.js';
import type { TlObject } from '../../protocol/tl/schema.gen.js';
import type { OwnerBooks } from './books.js';
import type { PaymentSigner } from './payment-signer.js';
import { checkWorkerParams, type AcceptedWorker } from './worker-params.js';

export type HandshakeState = 'none' | 'compare' | 'compare_ext' | 'finishing' | 'ok';

export interface HandshakeEvents {
  /** Step 4 done: the connection may be routed to (unless disabled). */
  onComplete(worker: AcceptedWorker, disabled: boolean): void;
}

export class ProxyHandshake {
  readonly #signer: PaymentSigner;
  readonly #books: OwnerBooks;
  readonly #events: HandshakeEvents;
  readonly #testnet: boolean;
  #state: HandshakeState = 'none';
  #worker: AcceptedWorker | null = null;

  /** `testnet`: the test flag of the addresses sent (Cocoon sets it from its runner's is_testnet). */
  constructor(o: { signer: PaymentSigner; books: OwnerBooks; events: HandshakeEvents; testnet?: boolean }) {
    this.#testnet = o.testnet ?? true;
    this.#signer = o.signer;
    this.#books = o.books;
    this.#events = o.events;
  }

  get state(): HandshakeState {
    return this.#state;
  }

  get worker(): AcceptedWorker | null {
    return this.#worker;
  }

  #expect(state: HandshakeState, what: string): void {
    if (this.#state !== state)
      throw new RpcError(ErrorCode.protoviolation, `unexpected ${what} in state ${this.#state}`);
  }

  /** Answers one tcp.query; throws RpcError (then the connection must be closed). */
  answer(fn: TlObject): TlObject {
    switch (fn._) {
      case 'worker.connectToProxy': {
        this.#expect('none', fn._);
        const w = checkWorkerParams(fn.params, this.#signer);
        this.#worker = w;
        this.#state = 'compare';
        const s = this.#signer;
        // As Cocoon's proxy: every address user-friendly and NON-bounceable, the test flag as the network's;
        // a C++ worker compares them with the flags included (docs/protocol.md §3.3).
        const form = { bounceable: false, testOnly: this.#testnet };
        return {
          _: 'worker.connectedToProxy',
          params: {
            _: 'proxy.params',
            flags: 1 | (w.protoVersion > 0 ? 2 : 0),
            proxy_public_key: s.publicKey,
            proxy_owner_address: s.proxyOwner.toString(form),
            proxy_sc_address: s.proxySc.toString(form),
            is_test: s.isTest,
            ...(w.protoVersion > 0 ? { proto_version: w.protoVersion } : {}),
          },
          worker_sc_address: s.workerSc(w.owner).toString(form),
        };
      }
      case 'worker.compareBalanceWithProxy': {
        this.#expect('compare', fn._);
        const w = this.#worker as AcceptedWorker;
        const ours = this.#books.counters(w.owner);
        if (fn.tokens_committed_to_blockchain > ours.chain || fn.tokens_committed_to_db > ours.db) {
          throw new RpcError(
            ErrorCode.protoviolation,
            'the worker reports more committed tokens than this proxy has',
          );
        }
        const pay = this.#books.payment(w.owner);
        const errorCode = fn.max_tokens <= pay.maxTokens ? 0 : 1;
        this.#state = errorCode === 0 ? 'finishing' : 'compare_ext';
        return {
          _: 'worker.compareBalanceWithProxyResult',
          signed_payment: { _: 'proxy.signedPayment', data: pay.signed },
          tokens_committed_to_db: pay.dbTokens,
          max_tokens: pay.maxTokens,
          error_code: errorCode,
        };
      }
      case 'worker.extendedCompareBalanceWithProxy':
        // As Cocoon: the `other` bytes are not interpreted yet, the answer is always 0.
        this.#expect('compare_ext', fn._);
        this.#state = 'finishing';
        return { _: 'worker.extendedCompareBalanceWithProxyResult', error_code: 0 };
      case 'worker.proxyHandshakeComplete':
        this.#expect('finishing', fn._);
        this.#state = 'ok';
        this.#events.onComplete(this.#worker as AcceptedWorker, fn.is_disabled);
        return { _: 'worker.proxyHandshakeCompleted' };
      case 'worker.updatePaymentStatus': {
        this.#expect('ok', fn._);
        const pay = this.#books.payment((this.#worker as AcceptedWorker).owner);
        return {
          _: 'worker.paymentStatus',
          signed_payment: { _: 'proxy.signedPayment', data: pay.signed },
          db_tokens: pay.dbTokens,
          max_tokens: pay.maxTokens,
        };
      }
      default:
        throw new RpcError(ErrorCode.protoviolation, `unsupported query ${fn._}`);
    }
  }
}
