import { Address } from '@ton/core';
import { describe, expect, it } from 'vitest';
import {
  parseSignedPayment,
  signPayment,
  verifySignedPayment,
} from '../../chain/contracts/signed-payment.js';
import { RpcError } from '../../protocol/rpc.js';
import type { TlObject, WorkerParams } from '../../protocol/tl/schema.gen.js';
import { OwnerBooks } from './books.js';
import { ProxyHandshake } from './handshake.js';
import { testSigner } from '../../../tests/support/test-signer.js';

const { signer, keys, proxySc } = testSigner();
const owner = new Address(0, Buffer.alloc(32, 9));
const params = (over: Partial<WorkerParams> = {}): WorkerParams => ({
  _: 'worker.params',
  flags: 3,
  worker_owner_address: owner.toString({ bounceable: false }),
  model: 'silkworm-tiny@abc',
  coefficient: 1000,
  is_test: true,
  proxy_cnt: 2,
  max_active_requests: 5,
  min_proto_version: 1,
  max_proto_version: 2,
  ...over,
});

function start(books = new OwnerBooks(signer)) {
  const completed: Array<{ cap: number; disabled: boolean }> = [];
  const hs = new ProxyHandshake({
    signer,
    books,
    events: { onComplete: (w, disabled) => completed.push({ cap: w.cap, disabled }) },
  });
  return { hs, books, completed };
}

function refusal(fn: () => unknown): { code: number; message: string } {
  try {
    fn();
  } catch (err) {
    if (err instanceof RpcError) return { code: err.code, message: err.message };
    throw err;
  }
  throw new Error('not refused');
}

const cmp = (chain: bigint, db: bigint, max: bigint): TlObject => ({
  _: 'worker.compareBalanceWithProxy',
  tokens_committed_to_blockchain: chain,
  tokens_committed_to_db: db,
  max_tokens: max,
});

describe('payment signer', () => {
  it('produces exactly the bytes of the chain module signPayment (node:crypto Ed25519 is deterministic)', () => {
    const reference = signPayment({
      qid: 77n,
      tokens: 1234n,
      workerSc: signer.workerSc(owner),
      returnExcessesTo: proxySc,
      secretKey: keys.secretKey,
    });
    expect(signer.sign(owner, 1234n).equals(reference.toBoc({ idx: false, crc32: false }))).toBe(true);
  });
});

describe('proxy handshake', () => {
  it('runs None → Compare → FinishingHandshake → Ok and signs a verifiable payment', () => {
    const { hs, completed } = start();
    const connected = hs.answer({ _: 'worker.connectToProxy', params: params() });
    if (connected._ !== 'worker.connectedToProxy') throw new Error(connected._);
    expect(connected.params.flags).toBe(3);
    expect(connected.params.proto_version).toBe(2);
    expect(Address.parse(connected.worker_sc_address).equals(signer.workerSc(owner))).toBe(true);
    const result = hs.answer(cmp(0n, 0n, 0n));
    if (
      result._ !== 'worker.compareBalanceWithProxyResult' ||
      result.signed_payment._ !== 'proxy.signedPayment'
    )
      throw new Error('no payment');
    expect(result.error_code).toBe(0);
    const p = parseSignedPayment(result.signed_payment.data);
    verifySignedPayment(p, { proxyPublicKey: keys.publicKey, workerSc: signer.workerSc(owner) });
    expect(hs.state).toBe('finishing');
    expect(hs.answer({ _: 'worker.proxyHandshakeComplete', is_disabled: true })._).toBe(
      'worker.proxyHandshakeCompleted',
    );
    expect(completed).toEqual([{ cap: 3, disabled: true }]); // ceil(5 / 2)
  });

  it('takes the extended comparison when the worker knows more max tokens, and answers 0', () => {
    const books = new OwnerBooks(signer);
    books.credit(owner, 40n);
    const { hs } = start(books);
    hs.answer({ _: 'worker.connectToProxy', params: params() });
    const r = hs.answer(cmp(40n, 40n, 99n));
    expect(r).toMatchObject({ error_code: 1, max_tokens: 40n, tokens_committed_to_db: 40n });
    expect(hs.state).toBe('compare_ext');
    expect(
      hs.answer({
        _: 'worker.extendedCompareBalanceWithProxy',
        tokens_committed_to_db: 40n,
        other: Buffer.alloc(0),
      }),
    ).toEqual({ _: 'worker.extendedCompareBalanceWithProxyResult', error_code: 0 });
    expect(hs.state).toBe('finishing');
  });

  it('refuses a worker that claims more committed tokens than the proxy has', () => {
    const { hs } = start();
    hs.answer({ _: 'worker.connectToProxy', params: params() });
    expect(refusal(() => hs.answer(cmp(5n, 0n, 0n))).code).toBe(621);
  });

  it('refuses queries out of order and payment status before Ok', () => {
    const { hs } = start();
    expect(refusal(() => hs.answer({ _: 'worker.updatePaymentStatus' })).message).toMatch(/state none/);
    expect(refusal(() => hs.answer({ _: 'worker.proxyHandshakeComplete', is_disabled: false })).code).toBe(
      621,
    );
  });

  it('checks worker.params in the spec order with its error codes', () => {
    const check = (p: Partial<WorkerParams>) =>
      refusal(() => start().hs.answer({ _: 'worker.connectToProxy', params: params(p) }));
    expect(check({ flags: 2, is_test: false })).toEqual({ code: 602, message: 'too old worker' });
    expect(check({ is_test: false, model: '' })).toEqual({ code: 602, message: 'test mode mismatch' });
    expect(check({ model: '', coefficient: -1 }).code).toBe(621);
    expect(check({ coefficient: 1_000_000_000 }).message).toBe('invalid coefficient value');
    expect(check({ max_active_requests: 0 }).message).toMatch(/max_active_requests/);
    expect(check({ proxy_cnt: 0 }).message).toMatch(/proxy_cnt/);
    expect(check({ min_proto_version: 5, max_proto_version: 6 }).message).toBe(
      'cannot choose common protocol version',
    );
    expect(check({ worker_owner_address: 'not an address' }).message).toMatch(/owner address/);
  });

  it('negotiates protocol 0 for a worker without protocol fields', () => {
    const { hs } = start();
    const r = hs.answer({
      _: 'worker.connectToProxy',
      params: {
        _: 'worker.params',
        flags: 1,
        worker_owner_address: owner.toString(),
        model: 'm',
        coefficient: 0,
        is_test: true,
        proxy_cnt: 1,
        max_active_requests: 1,
      },
    });
    expect(r).toMatchObject({ params: { flags: 1 } });
    expect(r).not.toHaveProperty('params.proto_version');
  });

  it("accepts a 9060ce5 C++ worker's range [3,4] and negotiates 4, as Cocoon's proxy (max 4)", () => {
    const r = start().hs.answer({
      _: 'worker.connectToProxy',
      params: params({ min_proto_version: 3, max_proto_version: 4 }),
    });
    expect(r).toMatchObject({ params: { flags: 3, proto_version: 4 } });
    const b75 = start().hs.answer({ _: 'worker.connectToProxy', params: params() });
    expect(b75).toMatchObject({ params: { proto_version: 2 } }); // a [1,2] worker still gets 2
  });

  it('sends every address non-bounceable with the test flag, as Cocoon compares them flags included', () => {
    const r = start().hs.answer({ _: 'worker.connectToProxy', params: params() });
    if (r._ !== 'worker.connectedToProxy') throw new Error(r._);
    for (const text of [r.params.proxy_sc_address, r.worker_sc_address, r.params.proxy_owner_address]) {
      const parsed = Address.parseFriendly(text);
      expect(parsed.isBounceable).toBe(false);
      expect(parsed.isTestOnly).toBe(true);
    }
    expect(r.params.proxy_sc_address).toBe(proxySc.toString({ bounceable: false, testOnly: true }));
    expect(Address.parse(r.worker_sc_address).equals(signer.workerSc(owner))).toBe(true);
    const mainnet = new ProxyHandshake({
      signer,
      books: new OwnerBooks(signer),
      testnet: false,
      events: { onComplete: () => undefined },
    }).answer({ _: 'worker.connectToProxy', params: params() });
    if (mainnet._ !== 'worker.connectedToProxy') throw new Error(mainnet._);
    expect(Address.parseFriendly(mainnet.params.proxy_sc_address)).toMatchObject({
      isBounceable: false,
      isTestOnly: false,
    });
  });
});
