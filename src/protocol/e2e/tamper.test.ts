// Every way an encrypted request can be wrong gets Cocoon's refusal (602, or 621 for malformed forms),
// and no refusal quotes a field's value (docs/protocol.md §4.8).
import { createCipheriv, createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ed25519PublicKey, messageSecret, sharedSecret } from './curve.js';
import { E2eError, type E2eErrorKind } from './errors.js';
import type { JsonObject } from './json-fields.js';
import { COCOON_TEST_KEY, decryptAnswer, encryptRequest } from './client.js';
import { openRequest } from './request.js';
import { encryptJson } from './envelope.js';

const clientSeed = createHash('sha256').update('tamper client').digest();
const key = { seed: clientSeed, receiverPublicKey: COCOON_TEST_KEY.publicKey };
const SECRET_TEXT = 'my secret prompt';
const plain = { model: 'tiny', max_tokens: 5, messages: [{ role: 'user', content: SECRET_TEXT }] };

function sealed(): JsonObject {
  return encryptRequest(plain, key);
}

function messages(v: JsonObject): { role: string; content: string }[] {
  return v.messages as { role: string; content: string }[];
}

function refusal(body: JsonObject | Buffer, privateKey: Buffer | undefined): E2eError {
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body));
  try {
    openRequest(bytes, privateKey);
  } catch (err) {
    if (!(err instanceof E2eError)) throw err;
    expect(err.message).not.toContain(SECRET_TEXT);
    expect(err.message).not.toMatch(/[0-9a-fA-F]{24}/);
    return err;
  }
  throw new Error('the request was accepted');
}

/** `privateKey` null: the proxy sent no key. */
function expectRefused(
  body: JsonObject | Buffer,
  kind: E2eErrorKind,
  code: 602 | 621,
  privateKey: Buffer | null = COCOON_TEST_KEY.seed,
): void {
  const err = refusal(body, privateKey ?? undefined);
  expect([err.kind, err.code]).toEqual([kind, code]);
}

function withContent(v: JsonObject, content: string): JsonObject {
  return { ...v, messages: [{ ...messages(v)[0]!, content }] };
}

/** An ENC_ string with a valid MAC whose padding prefix byte is `prefixByte` (tde2e's construction). */
function forgedPrefix(v: JsonObject, prefixByte: number): string {
  const ecdh = sharedSecret(COCOON_TEST_KEY.publicKey, clientSeed);
  const secret = messageSecret(ecdh, v.encryption_nonce as string, 'client-to-worker');
  const padded = Buffer.alloc(32, 0x41);
  padded[0] = prefixByte;
  const large = createHmac('sha512', secret).update('tde2e_encrypt_data').digest();
  const msgId = createHmac('sha256', large.subarray(32))
    .update(padded)
    .update(Buffer.alloc(4))
    .digest()
    .subarray(0, 16);
  const st = createHmac('sha512', large.subarray(0, 32)).update(msgId).digest();
  const c = createCipheriv('aes-256-cbc', st.subarray(0, 32), st.subarray(32, 48)).setAutoPadding(false);
  return 'ENC_' + Buffer.concat([msgId, c.update(padded), c.final()]).toString('hex');
}

describe('a tampered or malformed encrypted request', () => {
  it('is refused with 602 when a bit of the MAC or the ciphertext flips', () => {
    const v = sealed();
    const content = messages(v)[0]!.content;
    for (const at of [4, 4 + 31, 4 + 32, content.length - 1]) {
      const flipped = content.slice(0, at) + (content[at] === '0' ? '1' : '0') + content.slice(at + 1);
      expectRefused(withContent(v, flipped), 'BAD_CIPHERTEXT', 602);
    }
  });

  it('is refused when the ciphertext is cut short, empty or not whole blocks', () => {
    const v = sealed();
    const content = messages(v)[0]!.content;
    expectRefused(withContent(v, content.slice(0, content.length - 32)), 'BAD_CIPHERTEXT', 602);
    expectRefused(withContent(v, content.slice(0, content.length - 2)), 'BAD_CIPHERTEXT', 602);
    expectRefused(withContent(v, 'ENC_'), 'BAD_CIPHERTEXT', 602);
    expectRefused(withContent(v, content.slice(0, 4 + 32)), 'BAD_CIPHERTEXT', 602);
  });

  it('is refused when a valid MAC covers a bad padding prefix (below 16, beyond the data)', () => {
    const v = sealed();
    expectRefused(withContent(v, forgedPrefix(v, 15)), 'BAD_CIPHERTEXT', 602);
    expectRefused(withContent(v, forgedPrefix(v, 33)), 'BAD_CIPHERTEXT', 602);
    // The same construction with a good prefix opens, so the refusals above are about the prefix.
    const ok = openRequest(
      Buffer.from(JSON.stringify(withContent(v, forgedPrefix(v, 16)))),
      COCOON_TEST_KEY.seed,
    );
    expect(messages(JSON.parse(ok.body.toString()) as JsonObject)[0]!.content).toBe('A'.repeat(16));
  });

  it('is refused with 602 for ENC_ that is not hex, and 621 for a string that is neither ENC_ nor DEC_', () => {
    const v = sealed();
    expectRefused(withContent(v, 'ENC_abc'), 'BAD_HEX', 602);
    expectRefused(withContent(v, 'ENC_zz' + '00'.repeat(31)), 'BAD_HEX', 602);
    expectRefused(withContent(v, SECRET_TEXT), 'BAD_METHOD', 621);
    expectRefused(withContent(v, 'EN'), 'BAD_METHOD', 621);
    expectRefused({ ...v, messages: [{ ...messages(v)[0]!, role: 'user' }] }, 'BAD_METHOD', 621);
  });

  it('takes DEC_ strings in clear', () => {
    const v = withContent(sealed(), 'DEC_hello there');
    expect(
      JSON.parse(openRequest(Buffer.from(JSON.stringify(v)), COCOON_TEST_KEY.seed).body.toString()),
    ).toEqual({
      ...plain,
      messages: [{ role: 'user', content: 'hello there' }],
    });
  });

  it('is refused when the proxy sent the wrong private key (public key mismatch, 602)', () => {
    const other = createHash('sha256').update('another key').digest();
    expectRefused(sealed(), 'KEY_MISMATCH', 602, other);
  });

  it('is refused when the sender key or the nonce was swapped (the secret differs, the MAC fails)', () => {
    const v = sealed();
    const stranger = ed25519PublicKey(createHash('sha256').update('stranger').digest()).toString('hex');
    expectRefused({ ...v, sender_public_key: stranger }, 'BAD_CIPHERTEXT', 602);
    expectRefused(
      { ...v, encryption_nonce: 'AAAA' + (v.encryption_nonce as string).slice(4) },
      'BAD_CIPHERTEXT',
      602,
    );
  });

  it('is refused when an encryption field is missing or not a string, or a key has a bad form', () => {
    const v = sealed();
    for (const field of ['is_encrypted', 'sender_public_key', 'receiver_public_key', 'encryption_nonce']) {
      const { [field]: _dropped, ...rest } = v;
      if (field !== 'is_encrypted') expectRefused(rest, 'MISSING_FIELDS', 602);
      expectRefused({ ...v, [field]: 7 }, 'MISSING_FIELDS', 602);
    }
    expectRefused({ ...v, sender_public_key: 'abcd' }, 'BAD_KEY', 621);
    expectRefused({ ...v, sender_public_key: 'z'.repeat(64) }, 'BAD_KEY', 621);
    expectRefused({ ...v, receiver_public_key: '*'.repeat(44) }, 'BAD_KEY', 621);
    // The three forms Cocoon reads all name the same key.
    const pub = COCOON_TEST_KEY.publicKey;
    for (const form of [pub.toString('hex').toUpperCase(), pub.toString('base64')]) {
      expect(
        openRequest(Buffer.from(JSON.stringify({ ...v, receiver_public_key: form })), COCOON_TEST_KEY.seed)
          .encryption,
      ).not.toBeNull();
    }
  });

  it('pairs keys and bodies as Cocoon does', () => {
    // An encrypted body without a key, a key without an encrypted body, a key with a body that is not JSON.
    expectRefused(sealed(), 'NO_KEY', 602, null);
    expectRefused(sealed(), 'NO_KEY', 602, Buffer.alloc(32));
    expectRefused(plain, 'UNENCRYPTED_WITH_KEY', 602);
    expectRefused(Buffer.from('not json'), 'NOT_JSON', 621);
    expectRefused(Buffer.from('[1,2]'), 'NOT_JSON', 621);
    // No key, no is_encrypted: the body goes on untouched, whatever it is.
    for (const body of [Buffer.from(JSON.stringify(plain)), Buffer.from('not json')]) {
      const opened = openRequest(body, Buffer.alloc(32));
      expect(opened.body).toBe(body);
      expect(opened.encryption).toBeNull();
    }
  });

  it('keeps a member named __proto__ a plain member', () => {
    const v = encryptRequest(
      { model: 'tiny', chat_template_kwargs: JSON.parse('{"__proto__":{"x":"y"}}') as JsonObject },
      key,
    );
    const opened = JSON.parse(
      openRequest(Buffer.from(JSON.stringify(v)), COCOON_TEST_KEY.seed).body.toString(),
    ) as {
      chat_template_kwargs: object;
    };
    expect(Object.getOwnPropertyNames(opened.chat_template_kwargs)).toEqual(['__proto__']);
    expect(JSON.stringify(opened.chat_template_kwargs)).toBe('{"__proto__":{"x":"y"}}');
  });
});

describe('a tampered answer on the client', () => {
  const answer = { id: 'a', choices: [{ message: { role: 'assistant', content: 'hi' } }] };
  const sealedAnswer = (): JsonObject =>
    encryptJson(answer, COCOON_TEST_KEY.seed, ed25519PublicKey(clientSeed), 'worker-to-client');

  it('opens the genuine one', () => {
    expect(decryptAnswer(sealedAnswer(), key)).toEqual(answer);
  });

  it('refuses an answer from another sender, a flipped byte, the wrong direction and a clear answer', () => {
    const other = createHash('sha256').update('impostor').digest();
    const forged = encryptJson(answer, other, ed25519PublicKey(clientSeed), 'worker-to-client');
    expect(() => decryptAnswer(forged, key)).toThrow(/sender public key mismatch/);
    const v = sealedAnswer();
    const id = v.id as string;
    const flipped = { ...v, id: id.slice(0, -1) + (id.endsWith('0') ? '1' : '0') };
    expect(() => decryptAnswer(flipped, key)).toThrow(E2eError);
    const reflected = encryptJson(
      answer,
      COCOON_TEST_KEY.seed,
      ed25519PublicKey(clientSeed),
      'client-to-worker',
    );
    expect(() => decryptAnswer(reflected, key)).toThrow(/integrity/);
    expect(() => decryptAnswer(answer, key)).toThrow(/not encrypted/);
  });
});
