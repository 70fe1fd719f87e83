import { describe, expect, it } from 'vitest';
import { encodeBoxed } from '../../protocol/tl/codec.js';
import { normalizeAnswer, type NormalAnswer } from './answers.js';
import { ProxyRequestError } from './errors.js';
import { RelayedRequest, RelayViolation, type RelayEnd } from './relay.js';

const id = Buffer.alloc(32, 1);
const head = encodeBoxed({
  _: 'http.response',
  http_version: 'HTTP/1.1',
  status_code: 200,
  reason: 'OK',
  headers: [
    { _: 'http.header', name: 'Content-Type', value: 'text/event-stream' },
    { _: 'http.header', name: 'Transfer-Encoding', value: 'chunked' },
  ],
  payload: Buffer.alloc(0),
});
const tokens = (total: bigint) => ({
  _: 'tokensUsed' as const,
  prompt_tokens_used: 0n,
  cached_tokens_used: 0n,
  completion_tokens_used: total,
  reasoning_tokens_used: 0n,
  total_tokens_used: total,
});
const final = (total: bigint) => ({
  _: 'proxy.queryFinalInfo' as const,
  flags: 0,
  tokens_used: tokens(total),
});
const answer = (m: Parameters<typeof normalizeAnswer>[0]): NormalAnswer => normalizeAnswer(m)!;

function relay() {
  const ends: RelayEnd[] = [];
  return { r: new RelayedRequest({ requestId: id, workerId: 1, onEnd: (e) => ends.push(e) }), ends };
}

async function text(body: AsyncIterable<Buffer>): Promise<string> {
  let s = '';
  for await (const b of body) s += b.toString();
  return s;
}

describe('answer relay', () => {
  it('streams head, parts and bills the final tokens', async () => {
    const { r, ends } = relay();
    r.onAnswer(answer({ _: 'proxy.queryAnswerEx', request_id: id, answer: head, flags: 0 }));
    const res = await r.response;
    expect(res.status).toBe(200);
    expect(res.headers.map(([n]) => n)).toEqual([
      'Content-Type',
      'X-Cocoon-Proxy-Start',
      'X-Cocoon-Proxy-End',
    ]); // hop-by-hop headers dropped
    r.onAnswer(
      answer({ _: 'proxy.queryAnswerPartEx', request_id: id, answer: Buffer.from('data: a\n\n'), flags: 0 }),
    );
    r.onAnswer(
      answer({
        _: 'proxy.queryAnswerPartEx',
        request_id: id,
        answer: Buffer.alloc(0),
        flags: 1,
        final_info: final(7n),
      }),
    );
    expect(await text(res.body)).toBe('data: a\n\n');
    expect(ends).toEqual([{ ok: true, tokens: 7n, error: null }]);
  });

  it('bills a worker error too, and fails the body when it comes after the head', async () => {
    const { r, ends } = relay();
    r.onAnswer(answer({ _: 'proxy.queryAnswerEx', request_id: id, answer: head, flags: 0 }));
    const res = await r.response;
    r.onAnswer(
      answer({
        _: 'proxy.queryAnswerErrorEx',
        request_id: id,
        error_code: 652,
        error: 'worker: timeout',
        flags: 1,
        final_info: final(3n),
      }),
    );
    await expect(text(res.body)).rejects.toMatchObject({ code: 'worker_error', workerCode: 652 });
    expect(ends[0]).toMatchObject({ ok: false, tokens: 3n });
  });

  it('rejects the response when the worker errs before the head; bills 0 without final_info', async () => {
    const { r, ends } = relay();
    r.onAnswer(
      answer({
        _: 'proxy.queryAnswerErrorEx',
        request_id: id,
        error_code: 602,
        error: 'too many active queries',
        flags: 0,
      }),
    );
    await expect(r.response).rejects.toBeInstanceOf(ProxyRequestError);
    expect(ends[0]!.tokens).toBe(0n);
  });

  it('treats out-of-order or implausible answers as violations', () => {
    expect(() =>
      relay().r.onAnswer(
        answer({ _: 'proxy.queryAnswerPartEx', request_id: id, answer: Buffer.from('x'), flags: 0 }),
      ),
    ).toThrow(RelayViolation);
    expect(() =>
      relay().r.onAnswer(
        answer({ _: 'proxy.queryAnswerEx', request_id: id, answer: Buffer.from([1, 2, 3, 4]), flags: 0 }),
      ),
    ).toThrow(RelayViolation);
    expect(() =>
      relay().r.onAnswer(
        answer({ _: 'proxy.queryAnswerEx', request_id: id, answer: head, flags: 1, final_info: final(-1n) }),
      ),
    ).toThrow(RelayViolation);
    const { r } = relay();
    r.onAnswer(answer({ _: 'proxy.queryAnswerEx', request_id: id, answer: head, flags: 0 }));
    expect(() =>
      r.onAnswer(answer({ _: 'proxy.queryAnswerEx', request_id: id, answer: head, flags: 0 })),
    ).toThrow(/second response head/);
  });

  it('ends without a bill when the request is aborted (connection lost)', async () => {
    const { r, ends } = relay();
    r.abort(new ProxyRequestError('worker_lost', 'gone'));
    await expect(r.response).rejects.toMatchObject({ code: 'worker_lost' });
    expect(ends).toEqual([{ ok: false, tokens: null, error: expect.any(ProxyRequestError) as unknown }]);
  });
});
