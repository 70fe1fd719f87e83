// worker.changeModel from a 9060ce5-style proxy over a real TLS link (docs/protocol.md §3.4): answered with
// worker.changedModel or a tcp.queryError 602 carrying the reason; never by closing, and a request in
// flight on the real engine (tiny model) runs to its end while the change is answered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import { encodeBoxed, type TlObject } from '../../src/protocol/index.js';
import { RpcError } from '../../src/protocol/rpc.js';
import { decodeBoxedAs } from '../../src/protocol/tl/codec.js';
import type { InferenceBackend } from '../../src/net/query-runner.js';
import type { ModelChangeResult } from '../../src/net/proxy-queries.js';
import type { SandboxHost } from '../../src/engine/sandbox/host.js';
import { ScriptedProxy, type AcceptedLink } from '../support/scripted-proxy.js';
import { waitFor } from '../support/wait-for.js';
import { MODEL, tinyHost } from './engine-helpers.js';
import { testSession, type TestSession } from './net-session-helpers.js';

let proxy: ScriptedProxy;
let host: SandboxHost;
let dir: string;
const sessions: TestSession[] = [];

beforeAll(async () => {
  proxy = await ScriptedProxy.start('9060ce5');
  ({ host, dir } = await tinyHost());
}, 120_000);

afterAll(async () => {
  for (const s of sessions) await s.close();
  await proxy.close();
  await host.stop();
  await rm(dir, { recursive: true, force: true, maxRetries: 5 });
});

async function linked(o: Parameters<typeof testSession>[1]): Promise<{ s: TestSession; link: AcceptedLink }> {
  const before = proxy.links.length;
  const s = await testSession(proxy, o);
  sessions.push(s);
  await waitFor(() => s.session.info && proxy.links.length > before, {
    timeoutMs: 20_000,
    what: 'a completed handshake',
  });
  return { s, link: proxy.links.at(-1)! };
}

async function changeModel(link: AcceptedLink, model: string): Promise<TlObject | RpcError> {
  return link.conn.call({ _: 'worker.changeModel', new_model: model }).catch((err: unknown) => {
    if (err instanceof RpcError) return err;
    throw err;
  });
}

describe('worker.changeModel', () => {
  it('without a handler: 602 "model changes are not supported", and the link stays up', async () => {
    const { s, link } = await linked({});
    const answer = await changeModel(link, 'Qwen/Qwen3-8B');
    expect(answer).toMatchObject({ code: 602, message: 'model changes are not supported' });
    expect(link.conn.closed).toBeUndefined();
    expect(s.session.info).not.toBeNull();
    s.session.stop('next test');
  });

  it('accepted: worker.changedModel, the handler got the name; refused or failing: 602 with the reason', async () => {
    const asked: string[] = [];
    const changeTo = (model: string): Promise<ModelChangeResult> => {
      asked.push(model);
      if (model === 'boom') return Promise.reject(new Error('the engine did not start'));
      return Promise.resolve(
        model === 'Qwen/Qwen3-8B'
          ? { ok: true }
          : { ok: false, reason: `model ${model} is not in the catalog` },
      );
    };
    const { s, link } = await linked({ options: { changeModel: changeTo } });
    expect(await changeModel(link, 'Qwen/Qwen3-8B')).toEqual({ _: 'worker.changedModel' });
    expect(await changeModel(link, 'nope')).toMatchObject({
      code: 602,
      message: 'model nope is not in the catalog',
    });
    expect(await changeModel(link, 'boom')).toMatchObject({ code: 602, message: 'the engine did not start' });
    expect(asked).toEqual(['Qwen/Qwen3-8B', 'nope', 'boom']);
    expect(link.conn.closed).toBeUndefined();
    s.session.stop('next test');
  });

  it('answers while a request is in flight, and the request runs to its end', async () => {
    let called = false;
    let open: () => void = () => undefined;
    const gate = new Promise<void>((r) => (open = r));
    // The real engine; its answer body is held until the change has been answered.
    const backend: InferenceBackend = {
      request: async (req, opts) => {
        called = true;
        const res = await host.request(req, opts);
        return {
          ...res,
          body: (async function* held() {
            await gate;
            yield* res.body;
          })(),
        };
      },
    };
    const { s, link } = await linked({
      options: { backend, changeModel: () => Promise.resolve({ ok: true }) },
    });
    const body = JSON.stringify({ model: MODEL, prompt: 'hello', max_tokens: 8, temperature: 0 });
    link.conn.send({
      _: 'proxy.runQueryEx',
      query: encodeBoxed({
        _: 'http.request',
        method: 'POST',
        url: '/v1/completions',
        http_version: 'HTTP/1.1',
        headers: [{ _: 'http.header', name: 'Content-Type', value: 'application/json' }],
        payload: Buffer.from(body),
      }),
      signed_payment: { _: 'proxy.signedPaymentEmpty' },
      coefficient: 1000n,
      timeout: 60,
      request_id: Buffer.alloc(32, 0x42),
      flags: 3,
      enable_debug: false,
      private_key: Buffer.alloc(32),
    });
    await waitFor(() => called, { timeoutMs: 20_000, what: 'the request reaching the engine' });
    expect(await changeModel(link, 'Qwen/Qwen3-8B')).toEqual({ _: 'worker.changedModel' });
    const last = (): TlObject | undefined =>
      link.received.find((m) => 'flags' in m && 'final_info' in m && (m.flags & 1) === 1);
    expect(last()).toBeUndefined();
    open();
    await waitFor(last, { timeoutMs: 30_000, what: 'the final answer' });
    expect(last()?._).not.toBe('proxy.queryAnswerErrorEx');
    const head = link.received.find((m) => m._ === 'proxy.queryAnswerEx');
    const response = head?._ === 'proxy.queryAnswerEx' ? decodeBoxedAs('http.Response', head.answer) : null;
    expect(response?._ === 'http.response' ? response.status_code : null).toBe(200);
    expect(link.conn.closed).toBeUndefined();
    s.session.stop('done');
  }, 60_000);
});
