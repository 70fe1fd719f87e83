// Answers to encrypted requests: every JSON value of a body and every SSE event is sealed on its own,
// wherever the chunks cut it, and nothing that cannot be sealed is let through (docs/protocol.md §4.8).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AnswerStream, answerFormat } from './answer-stream.js';
import { answerSealer } from './seal.js';
import { answerDecryptor, COCOON_TEST_KEY } from './client.js';
import { ed25519PublicKey } from './curve.js';
import type { JsonObject } from './json-fields.js';

const clientSeed = createHash('sha256').update('stream client').digest();
const workerKeys = { seed: COCOON_TEST_KEY.seed, clientPublicKey: ed25519PublicKey(clientSeed) };
const clientKey = { seed: clientSeed, receiverPublicKey: COCOON_TEST_KEY.publicKey };

/** Feeds `body` in pieces of `size` bytes (cutting UTF-8 sequences too) and collects the output. */
function run(stream: AnswerStream, body: Buffer, size: number): string {
  const out: Buffer[] = [];
  for (let i = 0; i < body.length; i += size) out.push(stream.push(body.subarray(i, i + size)));
  out.push(stream.finish());
  return Buffer.concat(out).toString();
}

const chunk = (content: string, usage?: object): string =>
  `data: ${JSON.stringify({ object: 'chat.completion.chunk', choices: [{ delta: { content } }], ...(usage ? { usage } : {}) })}\n\n`;

describe('sealing answers', () => {
  it('seals a streamed SSE answer event by event, keeps [DONE], and the client reads the same events', () => {
    const body = Buffer.from(
      chunk('кот ') +
        chunk('sat') +
        chunk('', { prompt_tokens: 4, completion_tokens: 2 }) +
        'data: [DONE]\n\n',
    );
    for (const size of [1, 3, 7, 1000]) {
      const sealer = answerSealer('sse', workerKeys);
      const wire = run(sealer, body, size);
      expect(wire).not.toContain('кот');
      expect(wire).not.toContain('sat');
      expect(wire.endsWith('data: [DONE]\n\n')).toBe(true);
      const events = wire.split('\n\n').filter(Boolean);
      expect(events).toHaveLength(4);
      // Token counts stay in clear (the proxy and the client runner read them).
      expect((JSON.parse(events[2]!.slice(6)) as { usage: unknown }).usage).toEqual({
        prompt_tokens: 4,
        completion_tokens: 2,
      });
      expect(sealer.droppedBytes).toBe(0);
      const opened = run(answerDecryptor('sse', clientKey), Buffer.from(wire), size);
      const contents = opened
        .split('\n\n')
        .filter((e) => e.startsWith('data: {'))
        .map(
          (e) =>
            (JSON.parse(e.slice(6)) as { choices: { delta: { content: string } }[] }).choices[0]!.delta
              .content,
        );
      expect(contents).toEqual(['кот ', 'sat', '']);
    }
  });

  it('seals each value of a JSON body with its own nonce', () => {
    const a = { id: 'x', choices: [{ text: 'one' }] };
    const b = { id: 'y', choices: [{ text: 'two "quoted" {brace}' }] };
    const body = Buffer.from(`${JSON.stringify(a)}\n  ${JSON.stringify(b)}`);
    for (const size of [1, 5, 1000]) {
      const wire = run(answerSealer('json', workerKeys), body, size);
      const values = wire
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as JsonObject);
      expect(values).toHaveLength(2);
      expect(values[0]!.encryption_nonce).not.toBe(values[1]!.encryption_nonce);
      expect(wire).not.toContain('one');
      const opened = run(answerDecryptor('json', clientKey), Buffer.from(wire), size);
      expect(
        opened
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l) as unknown),
      ).toEqual([a, b]);
    }
  });

  it('drops what it cannot cut into objects instead of forwarding it', () => {
    const sealer = answerSealer('json', workerKeys);
    const wire = run(sealer, Buffer.from('{"text":"fine"} plain secret text {"text":"after"}'), 4);
    expect(wire.trim().split('\n')).toHaveLength(1);
    expect(wire).not.toContain('secret');
    expect(wire).not.toContain('after');
    expect(sealer.droppedBytes).toBeGreaterThan(0);

    const sse = answerSealer('sse', workerKeys);
    const sseWire = run(sse, Buffer.from('data: not json secret\n\n: comment secret\n\ndata: {"a":"b"}'), 5);
    expect(sseWire).not.toContain('secret');
    expect(sseWire.split('\n\n').filter(Boolean)).toHaveLength(1);
    expect(sse.droppedBytes).toBeGreaterThan(0);

    const unfinished = answerSealer('json', workerKeys);
    expect(run(unfinished, Buffer.from('{"text":"cut off'), 3)).toBe('');
    expect(unfinished.droppedBytes).toBe('{"text":"cut off'.length);
  });

  it('tells the formats apart by Content-Type', () => {
    expect(answerFormat('text/event-stream')).toBe('sse');
    expect(answerFormat('Text/Event-Stream; charset=utf-8')).toBe('sse');
    expect(answerFormat('application/json')).toBe('json');
    expect(answerFormat(undefined)).toBe('json');
  });
});
