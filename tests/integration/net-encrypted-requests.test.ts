// Encrypted requests end to end (docs/protocol.md §4.8): a 9060ce5-style proxy on loopback (TCP → PoW →
// TLS 1.3 → frames) sends proxy.runQueryEx with private_key to a real worker session serving the tiny model
// in its sandbox. The answer comes back sealed for the client and opens to what the same request gives in
// clear; tampered requests get 602/621 and the link stays up; neither the prompt nor the answer reaches a
// log line or a file, and the receipt says the request was encrypted.
import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeBoxed, decodeBoxedAs } from '../../src/protocol/tl/codec.js';
import type { TlObject } from '../../src/protocol/tl/schema.gen.js';
import {
  answerDecryptor,
  COCOON_TEST_KEY,
  encryptRequest,
  type ClientKey,
  type JsonObject,
} from '../../src/protocol/e2e/index.js';
import type { EarningsLedger } from '../../src/earnings/ledger.js';
import type { SandboxHost } from '../../src/engine/sandbox/host.js';
import { ScriptedProxy, type AcceptedLink } from '../support/scripted-proxy.js';
import { waitFor } from '../support/wait-for.js';
import { MODEL, tinyHost } from './engine-helpers.js';
import { openLedger, testSession, type TestSession } from './net-session-helpers.js';

const PROMPT = 'the secret recipe of grandmother';
const clientKey: ClientKey = {
  seed: createHash('sha256').update('e2e test client').digest(),
  receiverPublicKey: COCOON_TEST_KEY.publicKey,
};

let host: SandboxHost;
let engineDir: string;
let proxy: ScriptedProxy;
let ledger: EarningsLedger;
let ledgerDir: string;
let s: TestSession;
let link: AcceptedLink;
let engineLines: { message: string }[] = [];

beforeAll(async () => {
  const engine = await tinyHost();
  ({ host, dir: engineDir } = engine);
  proxy = await ScriptedProxy.start('9060ce5');
  ({ ledger, dir: ledgerDir } = await openLedger());
  s = await testSession(proxy, { ledger, options: { backend: host } });
  link = await waitFor(() => proxy.links.find((l) => l.complete), { timeoutMs: 30_000, what: 'a handshake' });
  await waitFor(() => s.session.info, { timeoutMs: 10_000, what: 'the session to be ready' });
  engineLines = engine.lines; // the engine's log, read at the end
}, 120_000);

afterAll(async () => {
  await s.close();
  await ledger.close();
  await proxy.close();
  await host.stop();
  await rm(engineDir, { recursive: true, force: true, maxRetries: 5 });
  await rm(ledgerDir, { recursive: true, force: true, maxRetries: 5 });
});

type Answer = Extract<TlObject, { request_id: Buffer; _: `proxy.queryAnswer${string}Ex` }>;

/** Sends one runQueryEx over the real link and collects every answer message for it. */
async function run(body: Buffer, privateKey?: Buffer, url = '/v1/chat/completions'): Promise<Answer[]> {
  const requestId = randomBytes(32);
  link.conn.send({
    _: 'proxy.runQueryEx',
    query: encodeBoxed({
      _: 'http.request',
      method: 'POST',
      url,
      http_version: 'HTTP/1.1',
      headers: [{ _: 'http.header', name: 'Content-Type', value: 'application/json' }],
      payload: body,
    }),
    signed_payment: { _: 'proxy.signedPaymentEmpty' },
    coefficient: 1000n,
    timeout: 60,
    request_id: requestId,
    // As a 9060ce5 proxy to a protocol-3 worker: bit 0 enable_debug, bit 1 private_key (zero: unencrypted).
    flags: 3,
    enable_debug: false,
    private_key: privateKey ?? Buffer.alloc(32),
  });
  const mine = (): Answer[] =>
    link.received.filter((m): m is Answer => 'request_id' in m && m.request_id.equals(requestId));
  await waitFor(() => mine().some((m) => m._ === 'proxy.queryAnswerErrorEx' || (m.flags & 1) === 1), {
    timeoutMs: 60_000,
    what: 'the final answer message',
  });
  return mine();
}

function bodyOf(answers: Answer[]): Buffer {
  return Buffer.concat(answers.filter((m) => m._ === 'proxy.queryAnswerPartEx').map((m) => m.answer));
}

function statusOf(answers: Answer[]): number {
  const head = answers[0];
  if (head?._ !== 'proxy.queryAnswerEx') throw new Error(`no answer head: ${head?._ ?? 'nothing'}`);
  const res = decodeBoxedAs('http.Response', head.answer);
  if (res._ !== 'http.response') throw new Error('not an http.response');
  return res.status_code;
}

const chat = (extra: JsonObject = {}): JsonObject => ({
  model: MODEL,
  messages: [{ role: 'user', content: PROMPT }],
  max_tokens: 8,
  temperature: 0,
  ...extra,
});

const sealed = (body: JsonObject): Buffer => Buffer.from(JSON.stringify(encryptRequest(body, clientKey)));

function contentOf(json: string): string {
  return (JSON.parse(json) as { choices: { message: { content: string } }[] }).choices[0]!.message.content;
}

describe('an encrypted request through a real worker session', () => {
  let clearContent = '';
  let clearStream = '';

  it('serves a non-streamed request sealed, and it opens to the answer the clear request gets', async () => {
    const clear = await run(Buffer.from(JSON.stringify(chat())));
    expect(statusOf(clear)).toBe(200);
    clearContent = contentOf(bodyOf(clear).toString());
    expect(clearContent.length).toBeGreaterThan(0);

    const answers = await run(sealed(chat()), COCOON_TEST_KEY.seed);
    expect(statusOf(answers)).toBe(200);
    const wire = bodyOf(answers).toString();
    expect(wire).toContain('"is_encrypted":"v1"');
    expect(wire).not.toContain(clearContent);
    const sealedValue = JSON.parse(wire) as JsonObject & { usage: { completion_tokens: number } };
    expect(sealedValue.usage.completion_tokens).toBeGreaterThan(0); // token counts stay in clear
    const decryptor = answerDecryptor('json', clientKey);
    const opened = Buffer.concat([decryptor.push(Buffer.from(wire)), decryptor.finish()]).toString();
    expect(contentOf(opened)).toBe(clearContent);
    // Billed from the plaintext usage, as for a clear request.
    const final = answers.at(-1)!;
    expect(final._).toBe('proxy.queryAnswerPartEx');
    expect(final.final_info?.tokens_used.total_tokens_used).toBeGreaterThan(0n);
  });

  it('seals a streamed answer event by event', async () => {
    const clear = bodyOf(await run(Buffer.from(JSON.stringify(chat({ stream: true })))));
    clearStream = deltas(clear.toString());
    const answers = await run(sealed(chat({ stream: true })), COCOON_TEST_KEY.seed);
    expect(statusOf(answers)).toBe(200);
    // More than one part: the stream was not buffered into one answer.
    expect(
      answers.filter((m) => m._ === 'proxy.queryAnswerPartEx' && m.answer.length > 0).length,
    ).toBeGreaterThan(2);
    const wire = bodyOf(answers);
    expect(wire.toString()).not.toContain(clearStream.trim());
    expect(wire.toString().endsWith('data: [DONE]\n\n')).toBe(true);
    const decryptor = answerDecryptor('sse', clientKey);
    const opened = Buffer.concat([decryptor.push(wire), decryptor.finish()]).toString();
    expect(deltas(opened)).toBe(clearStream);
  });

  it('answers a tampered request with a clean 602 or 621 and keeps serving', async () => {
    const good = encryptRequest(chat(), clientKey);
    const content = (good.messages as { content: string }[])[0]!.content;
    const flipped = content.slice(0, -1) + (content.endsWith('0') ? '1' : '0');
    // key: what the proxy sends (the right one unless named; null: no key).
    const cases: { body: JsonObject; key?: Buffer | null; code: number; says: RegExp }[] = [
      {
        body: {
          ...good,
          messages: [{ role: (good.messages as { role: string }[])[0]!.role, content: flipped }],
        },
        code: 602,
        says: /integrity/,
      },
      { body: good, key: randomBytes(32), code: 602, says: /public key mismatch/ },
      {
        body: { ...good, messages: [{ role: 'user', content: PROMPT }] },
        code: 621,
        says: /bad encryption method/,
      },
      { body: { ...good, messages: [{ role: 'ENC_xyz', content }] }, code: 602, says: /not hex/ },
      { body: chat(), key: COCOON_TEST_KEY.seed, code: 602, says: /request is unencrypted/ },
      { body: good, key: null, code: 602, says: /cannot find private key/ },
    ];
    for (const c of cases) {
      const answers = await run(
        Buffer.from(JSON.stringify(c.body)),
        c.key === undefined ? COCOON_TEST_KEY.seed : (c.key ?? undefined),
      );
      expect(answers).toHaveLength(1);
      const err = answers[0]!;
      if (err._ !== 'proxy.queryAnswerErrorEx') throw new Error(`expected an error, got ${err._}`);
      expect(err.error_code).toBe(c.code);
      expect(err.error).toMatch(/^worker: invalid http request: /);
      expect(err.error).toMatch(c.says);
      expect(err.error).not.toContain(PROMPT);
      expect(err.flags & 1).toBe(1);
      expect(err.final_info?.tokens_used.total_tokens_used).toBe(0n);
    }
    expect(link.conn.closed).toBeUndefined();
    const after = await run(sealed(chat()), COCOON_TEST_KEY.seed);
    expect(statusOf(after)).toBe(200);
  });

  it('records which receipts were encrypted, and keeps prompts and answers out of logs and files', async () => {
    await waitFor(
      async () => (await ledger.receipts.page({ okOnly: false, offset: 0, limit: 100 })).length >= 11,
      {
        timeoutMs: 10_000,
        what: 'every receipt',
      },
    );
    const receipts = await ledger.receipts.page({ okOnly: false, offset: 0, limit: 100 });
    const served = receipts.filter((r) => r.ok);
    expect(served.map((r) => r.encrypted).sort()).toEqual([false, false, true, true, true]);
    const refused = receipts.filter((r) => !r.ok);
    expect(refused).toHaveLength(6);

    const secrets = [PROMPT, clearContent, clearStream.trim()].filter((t) => t.length >= 4);
    const logs = [...s.lines.map((l) => l.message), ...engineLines.map((l) => l.message)].join('\n');
    const files = await readTree(ledgerDir);
    for (const secret of secrets) {
      expect(logs).not.toContain(secret);
      expect(files).not.toContain(secret);
    }
    expect(files).not.toMatch(/ENC_[0-9a-f]{32}/);
  });
});

function deltas(sse: string): string {
  return sse
    .split('\n\n')
    .filter((e) => e.startsWith('data: {'))
    .map(
      (e) =>
        (JSON.parse(e.slice(6)) as { choices?: { delta?: { content?: string } }[] }).choices?.[0]?.delta
          ?.content ?? '',
    )
    .join('');
}

async function readTree(dir: string): Promise<string> {
  let text = '';
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) text += (await readFile(join(entry.parentPath, entry.name))).toString('latin1');
  }
  return text;
}
