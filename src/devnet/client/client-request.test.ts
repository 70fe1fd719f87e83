import { describe, expect, it } from 'vitest';
import { ClientError, parseClientRequest } from './client-request.js';

const parse = (body: unknown) =>
  parseClientRequest(
    '/v1/chat/completions',
    Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)),
  );

describe('client requests', () => {
  it('strips the client-private keys and uses them for routing and the timeout', () => {
    const r = parse({
      model: 'm',
      messages: [],
      max_coefficient: 1500,
      timeout: 10,
      enable_debug: true,
      request_guid: 'g',
      stream: true,
    });
    expect(JSON.parse(r.payload.toString())).toEqual({ model: 'm', messages: [], stream: true });
    expect(r).toMatchObject({
      model: 'm',
      maxCoefficient: 1500,
      timeoutMs: 9500,
      enableDebug: true,
      stream: true,
    });
  });

  it('drops max_tokens when max_completion_tokens is present, and defaults the timeout to 0.95 × 120 s', () => {
    const r = parse({ model: 'm', messages: [], max_tokens: 5, max_completion_tokens: 7 });
    expect(JSON.parse(r.payload.toString())).toEqual({ model: 'm', messages: [], max_completion_tokens: 7 });
    expect(r.timeoutMs).toBe(114_000);
    expect(r.stream).toBe(false);
  });

  it('answers bad input with a typed 400', () => {
    const err = (body: unknown) => {
      try {
        parse(body);
      } catch (e) {
        if (e instanceof ClientError) return [e.status, e.type];
      }
      return null;
    };
    expect(err('{not json')).toEqual([400, 'invalid_json']);
    expect(err([1])).toEqual([400, 'invalid_request']);
    expect(err({ messages: [] })).toEqual([400, 'invalid_request']);
    expect(err({ model: 'm', timeout: -1 })).toEqual([400, 'invalid_request']);
    expect(err({ model: 'm', max_coefficient: 'cheap' })).toEqual([400, 'invalid_request']);
  });

  it("takes an encrypted body's receiver_public_key as the request's public key and keeps it in the body", () => {
    const key = Buffer.alloc(32, 7);
    for (const form of [key.toString('hex'), key.toString('base64')]) {
      const r = parse({ model: 'm', is_encrypted: 'v1', receiver_public_key: form, messages: 'ENC_00' });
      expect(r.publicKey?.equals(key)).toBe(true);
      expect(JSON.parse(r.payload.toString())).toMatchObject({ receiver_public_key: form });
    }
    expect(parse({ model: 'm' }).publicKey).toBeUndefined();
    expect(() => parse({ model: 'm', receiver_public_key: 'short' })).toThrow(/receiver_public_key/);
    expect(() => parse({ model: 'm', receiver_public_key: 5 })).toThrow(ClientError);
  });

  it('min_reputation: removed before forwarding, kept for routing, refused outside 0..1', () => {
    const r = parse({ model: 'm', messages: [], min_reputation: 0.8 });
    expect(JSON.parse(r.payload.toString())).toEqual({ model: 'm', messages: [] });
    expect(r.minReputation).toBe(0.8);
    expect(parse({ model: 'm', messages: [] }).minReputation).toBeUndefined();
    for (const bad of [1.5, -0.1, '0.5', null])
      expect(() => parse({ model: 'm', min_reputation: bad })).toThrow(/min_reputation/);
  });
});
