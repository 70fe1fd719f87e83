// One proxy.runQueryEx served through the real sandboxed engine on the tiny model, checked message by
// message against docs/protocol.md §4.4 and the billing of §4.5.
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { encodeBoxed, decodeBoxedAs } from '../../src/protocol/tl/codec.js';
import type { ProxyRunQueryEx } from '../../src/protocol/tl/schema.gen.js';
import { runQuery, type AnswerMessage } from '../../src/net/query-runner.js';
import { UNIT_MULTIPLIERS } from '../../src/net/token-counter.js';
import type { SandboxHost } from '../../src/engine/sandbox/host.js';
import { MODEL, tinyHost } from './engine-helpers.js';

let host: SandboxHost;
let dir: string;
beforeAll(async () => {
  ({ host, dir } = await tinyHost());
});
afterAll(async () => {
  await host.stop();
  await rm(dir, { recursive: true, force: true });
});

function query(
  body: object,
  opts: { coefficient?: bigint; timeout?: number; url?: string } = {},
): ProxyRunQueryEx {
  const http = encodeBoxed({
    _: 'http.request',
    method: 'POST',
    url: opts.url ?? '/v1/chat/completions',
    http_version: 'HTTP/1.1',
    headers: [{ _: 'http.header', name: 'Content-Type', value: 'application/json' }],
    payload: Buffer.from(JSON.stringify(body)),
  });
  return {
    _: 'proxy.runQueryEx',
    query: http,
    signed_payment: { _: 'proxy.signedPaymentEmpty' },
    coefficient: opts.coefficient ?? 1000n,
    timeout: opts.timeout ?? 30,
    request_id: randomBytes(32),
    flags: 0,
  };
}

async function serve(q: ProxyRunQueryEx) {
  const sent: AnswerMessage[] = [];
  const outcome = await runQuery(q, {
    backend: host,
    protoVersion: 2,
    multipliers: UNIT_MULTIPLIERS,
    send: (m) => sent.push(m),
    signal: new AbortController().signal,
  });
  for (const m of sent) expect(m.request_id.equals(q.request_id)).toBe(true);
  return { sent, outcome };
}

const chat = (extra: object = {}) => ({
  model: MODEL,
  messages: [{ role: 'user', content: 'tell me about the cat' }],
  max_tokens: 12,
  temperature: 0,
  ...extra,
});

describe('serving proxy.runQueryEx', () => {
  it('streams the head, body parts and a final part billed from the usage', async () => {
    const q = query(chat({ stream: true }), { coefficient: 1500n });
    const { sent, outcome } = await serve(q);
    const head = sent[0]!;
    expect(head._).toBe('proxy.queryAnswerEx');
    expect(head.flags).toBe(0);
    const response = decodeBoxedAs('http.Response', (head as { answer: Buffer }).answer);
    if (response._ !== 'http.response') throw new Error('not a response');
    expect(response.status_code).toBe(200);
    const names = response.headers.map((h) => h.name);
    expect(names).toContain('X-Cocoon-Worker-Start');
    expect(names).toContain('Transfer-Encoding');
    expect(names.map((n) => n.toLowerCase())).not.toContain('content-length');
    const parts = sent.slice(1);
    expect(parts.every((p) => p._ === 'proxy.queryAnswerPartEx')).toBe(true);
    const last = parts.at(-1)!;
    expect(last.flags & 1).toBe(1);
    const body = Buffer.concat(parts.map((p) => (p as { answer: Buffer }).answer)).toString();
    expect(body).toContain('data: [DONE]');
    const usage = (
      JSON.parse(/data: (\{.*"usage".*\})/.exec(body)![1]!) as {
        usage: { prompt_tokens: number; completion_tokens: number };
      }
    ).usage;
    const t = last.final_info!.tokens_used;
    // coefficient 1.5, multipliers 1.0: each category truncated separately (docs/protocol.md §4.5).
    expect(t.prompt_tokens_used).toBe(BigInt(Math.trunc(usage.prompt_tokens * 1.5)));
    expect(t.completion_tokens_used).toBe(BigInt(Math.trunc(usage.completion_tokens * 1.5)));
    expect(t.total_tokens_used).toBe(outcome.tokens.total);
    expect(last.final_info!.flags).toBe(2);
    expect(last.final_info!.worker_end_time).toBeGreaterThanOrEqual(last.final_info!.worker_start_time!);
    expect(outcome.ok).toBe(true);
  });

  it('serves a non-streamed completion and bills it', async () => {
    const { sent, outcome } = await serve(
      query({ model: MODEL, prompt: 'the cat', max_tokens: 5, temperature: 0 }, { url: '/v1/completions' }),
    );
    const body = JSON.parse(
      Buffer.concat(sent.slice(1).map((p) => (p as { answer: Buffer }).answer)).toString(),
    ) as { usage: { prompt_tokens: number; completion_tokens: number } };
    expect(outcome.tokens.total).toBe(BigInt(body.usage.prompt_tokens + body.usage.completion_tokens));
  });

  it('forwards a request the engine refuses as an HTTP error answer naming the key', async () => {
    const { sent } = await serve(query(chat({ tools: [] })));
    const response = decodeBoxedAs('http.Response', (sent[0] as { answer: Buffer }).answer);
    if (response._ !== 'http.response') throw new Error('not a response');
    expect(response.status_code).toBe(400);
    expect(Buffer.concat(sent.slice(1).map((p) => (p as { answer: Buffer }).answer)).toString()).toContain(
      'tools',
    );
  });

  it('answers a query that is not an http.request with an error carrying final_info', async () => {
    const q = query(chat());
    q.query = Buffer.from([1, 2, 3, 4, 5]);
    const { sent, outcome } = await serve(q);
    expect(sent).toHaveLength(1);
    const err = sent[0]!;
    expect(err._).toBe('proxy.queryAnswerErrorEx');
    if (err._ !== 'proxy.queryAnswerErrorEx') return;
    expect(err.error_code).toBe(621);
    expect(err.flags & 1).toBe(1);
    expect(err.final_info?.tokens_used.total_tokens_used).toBe(0n);
    expect(outcome.ok).toBe(false);
  });

  it('ends with worker: timeout (652) when the request outlives its timeout', async () => {
    const { sent } = await serve(query(chat({ max_tokens: 4000, stream: true }), { timeout: 0.05 }));
    const last = sent.at(-1)!;
    expect(last._).toBe('proxy.queryAnswerErrorEx');
    if (last._ === 'proxy.queryAnswerErrorEx') {
      expect(last.error_code).toBe(652);
      expect(last.flags & 1).toBe(1);
    }
  });
});
