import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_FIELD, evidenceEvent, evidenceValue } from '../../engine/evidence/carriage.js';
import type { TokenEvidence } from '../../engine/evidence/format.js';
import { ProxyRequestError } from '../proxy/errors.js';
import type { ProxyResponse } from '../proxy/relay.js';
import { positionGap } from './distance.js';
import { carriedEvidence, clientAsksLogprobs } from './evidence-tap.js';

const tokens: TokenEvidence[] = [
  {
    token: 7,
    logprob: -0.5,
    top: [
      { token: 7, logprob: -0.5 },
      { token: 9, logprob: -1.2 },
    ],
  },
];

function response(contentType: string, parts: string[]): ProxyResponse {
  const body = Readable.from(parts.map((p) => Buffer.from(p))) as AsyncIterable<Buffer>;
  return { status: 200, headers: [['Content-Type', contentType]], body, workerId: 1 };
}

async function read(r: ProxyResponse): Promise<string> {
  let out = '';
  for await (const c of r.body) out += c.toString();
  return out;
}

const ask = Buffer.from(JSON.stringify({ model: 'm', messages: [] }));

describe('the proxy evidence tap', () => {
  it('asks with the evidence header on every request', () => {
    expect(carriedEvidence.headers).toEqual([['X-Silkworm-Evidence', 'top5']]);
  });

  it('takes the evidence out of a JSON answer and hands it to the verifier', async () => {
    const answer = JSON.stringify({ choices: [{}], [EVIDENCE_FIELD]: evidenceValue(tokens, 'top-k') });
    const t = carriedEvidence.tap('/v1/chat/completions', ask, response('application/json', [answer]));
    const body = await read(t.response);
    expect(body).not.toContain(EVIDENCE_FIELD);
    expect(JSON.parse(body)).toEqual({ choices: [{}] });
    const e = await t.evidence;
    expect(e?.basis).toBe('top-k');
    expect(e?.tokens[0]?.token).toBe(7);
  });

  it('splits an SSE stream cut anywhere, and keeps the evidence for a client that asked for logprobs', async () => {
    const stream = `data: {"choices":[{"delta":{"content":"a"}}]}\n\n${evidenceEvent({ id: 'x' }, tokens, 'vocabulary').toString()}data: [DONE]\n\n`;
    const parts = stream.match(/[\s\S]{1,5}/g) ?? [];
    const t = carriedEvidence.tap('/v1/chat/completions', ask, response('text/event-stream', parts));
    const body = await read(t.response);
    expect(body).toBe('data: {"choices":[{"delta":{"content":"a"}}]}\n\ndata: [DONE]\n\n');
    expect((await t.evidence)?.basis).toBe('vocabulary');
    const logprobs = Buffer.from(JSON.stringify({ model: 'm', logprobs: true }));
    expect(clientAsksLogprobs(logprobs)).toBe(true);
    const kept = carriedEvidence.tap(
      '/v1/chat/completions',
      logprobs,
      response('text/event-stream', [stream]),
    );
    expect(await read(kept.response)).toBe(stream);
  });

  it('an answer without evidence gives null; unreadable evidence ends the answer with a worker error', async () => {
    const none = carriedEvidence.tap('/', ask, response('application/json', ['{"choices":[]}']));
    expect(await read(none.response)).toBe('{"choices":[]}');
    expect(await none.evidence).toBeNull();
    const bad = `{"choices":[],"${EVIDENCE_FIELD}":"AQU="}`; // version 1, k 5, then nothing: truncated
    const t = carriedEvidence.tap('/', ask, response('application/json', [bad]));
    await expect(read(t.response)).rejects.toThrow(ProxyRequestError);
    expect(await t.evidence).toBeNull();
  });

  it('an answer the client stopped reading leaves nothing to check', async () => {
    const t = carriedEvidence.tap('/', ask, response('text/event-stream', ['data: {}\n\n', 'data: {}\n\n']));
    for await (const chunk of t.response.body) {
      expect(chunk.length).toBeGreaterThan(0);
      break;
    }
    expect(await t.evidence).toBeUndefined();
  });
});

describe('the distance in the top-k basis', () => {
  const reference = new Map([
    [7, Math.log(0.5)],
    [9, Math.log(0.2)],
    [3, Math.log(0.3)],
  ]);
  const renorm = (p: number): number => Math.log(p / 0.7);

  it('renormalises the reference over the reported tokens: an honest top-k answer is at zero', () => {
    const honest: TokenEvidence = {
      token: 7,
      logprob: renorm(0.5),
      top: [
        { token: 7, logprob: renorm(0.5) },
        { token: 9, logprob: renorm(0.2) },
      ],
    };
    expect(positionGap(honest, reference, 'top-k')).toBeCloseTo(0, 9);
    // Read as whole-vocabulary values the same numbers are off by log(1/0.7) each.
    expect(positionGap(honest, reference, 'vocabulary')).toBeCloseTo(-Math.log(0.7), 9);
  });

  it('a distribution that differs stays far in the top-k basis', () => {
    const other: TokenEvidence = {
      token: 7,
      logprob: Math.log(0.9),
      top: [
        { token: 7, logprob: Math.log(0.9) },
        { token: 9, logprob: Math.log(0.1) },
      ],
    };
    expect(positionGap(other, reference, 'top-k')).toBeGreaterThan(0.3);
  });
});
