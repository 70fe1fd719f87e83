// Golden vectors for encrypted requests (docs/protocol.md §4.8).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ed25519PublicKey, messageSecret, montgomeryU, sharedSecret } from './curve.js';
import { encryptJson } from './envelope.js';
import { E2eError } from './errors.js';
import { dumpSorted } from './answer-stream.js';
import type { JsonObject } from './json-fields.js';
import { decryptData, encryptData, prefixLength } from './tde2e.js';
import { COCOON_TEST_KEY, decryptAnswer, encryptRequest } from './client.js';
import { openRequest } from './request.js';

// Golden vectors for encrypted requests, derived by tests/vectors/e2e-vectors.py from Cocoon's rules
// (docs/protocol.md §4.8) with Python's cryptography package, independently of this code. Keys: Cocoon's
// test-mode key manager key and a client seed SHA-256("silkworm e2e client"); randomness: the stream
// SHA-256(label ‖ le32(i)) of the script, consumed in the order Cocoon consumes random bytes.
const VECTORS = {
  test_pub: 'fb67d0fcd338f20e0d4957d9e82adc101d2e3513a448a3ab46052ee1b88c5818',
  client_pub: 'a95a25a4d71685831351b6a5ba4f897cade11495a4615df9fd7922dd82280a8c',
  client_u: '9832803f7fdedc4c87960f0974be13cea0a14f0184b9231a5d43eb2632415d25',
  shared: '651308fdcc1870cc935fd78084344b0e961a005271195ec2c72cefb2794eec62',
  secret_c: 'e4b25b8ffb3935c5e7be772684c433d273e14faa77b024273b4c03d85ecc08ce',
  secret_w: '42ee9b12edd96187795ec95b2ea5072372980273af9887c03e310afdba913de1',
  tde2e: [
    {
      data: '',
      out: 'f2aadfc19d07e5c10bc705b8ddb31cbbd6b609317f88a609bb020cf3ae6cb250',
    },
    {
      data: '68656c6c6f',
      out: 'd16259fb163520793bacf27153af5c2cc509b3c83e7d6b38e7201ce5b4c77dfa2f7ac1d246307d64949d51a114f44567',
    },
    {
      data: '30313233343536373839616263646566',
      out: 'b4334b213c04df0e910356465b3c3344c2ab3d66bdc5fffc76be3badd449de7b5265e18665b3d14566fb7919e6d40a2f',
    },
    {
      data: 'd0bad0bed18220616e6420746865206361742c203135',
      out: 'ecd601687470a581fee85b12862176df8d94d72593bba6a36eb299ec02b766c0bd4fdf6da18bd6d263ccacc0e8561c9bccae63f1d88ece778cd69c89a6501d8f',
    },
  ],
  request:
    '{"encryption_nonce":"28DTGIJFaYxJjvfuGuceEA+wNLVBkIGPq1ot2sdcJTg=","is_encrypted":"v1","max_tokens":12,"messages":[{"content":"ENC_c06977d3bc434c84e6b5882fc6c38c4dd54376db6afbde59b413df15e27fd0d6c2d1a16701dbf7fa73703407f0b95bf9","role":"ENC_a8ac0609f9f31bf617790927d97dc73b8ca6e6cdd92d6951d32e73cfc98151d8de5a726b252eab569dcf41b3ca0836aa"},{"content":"ENC_53453967d238bd35e5ac0b2d7819357a1844493d3012296900ad1c8ca4c3926ad2c7eaf3118d8335e4f73ef104c2f9464fa324765407db414eded3a7d8e8a05a","role":"ENC_0a4b0d4b0c404d427687272769fa1f770c85d39167a50ff09c393fc5fcba31703fa4b111052b00165811fe4bd507a754"}],"model":"tiny","receiver_public_key":"fb67d0fcd338f20e0d4957d9e82adc101d2e3513a448a3ab46052ee1b88c5818","sender_public_key":"a95a25a4d71685831351b6a5ba4f897cade11495a4615df9fd7922dd82280a8c","stream":true,"temperature":0}',
  answer:
    '{"choices":[{"finish_reason":"ENC_98865dfed5393529119fb32603fd1a82e7dad50c1fe6d05f26d7277294df7d4c5aeb79fb66efa21cd0022722c1e3e5cd","index":0,"message":{"content":"ENC_39d86dfa05bec11decd3d1da888c89b4e9ea8de49351f13886f46df4514d60b9192c69daab802ec790b706b86a87bf16","role":"ENC_b2af6868844061ecaf29b23b89c4eaec0c91ffd0905bc2953207ddb3fcd7dc04faf759f6dd509d05900ca252bdcd5c8e"}}],"encryption_nonce":"Tr24Mlyme9kpWHvM5Q/3UDDF0DQkcvTkW9HtGYOGpnI=","id":"ENC_c86a98beb48d034dca4e3ee7f3062055e5d8ba7e2f159cd50b8b48fb686901535cfec7652c201b50deccfbee02e01243","is_encrypted":"v1","model":"tiny","object":"ENC_c2c44d8c2869e9003e4a9d779915fcc8e554b93043bd32f05788ca2fab2ac6ac82c03a2dd9845b61e421fc9ea62ba77d","receiver_public_key":"a95a25a4d71685831351b6a5ba4f897cade11495a4615df9fd7922dd82280a8c","sender_public_key":"fb67d0fcd338f20e0d4957d9e82adc101d2e3513a448a3ab46052ee1b88c5818","usage":{"completion_tokens":3,"prompt_tokens":7,"total_tokens":10}}',
} as const;

function stream(label: string): (n: number) => Buffer {
  let buf = Buffer.alloc(0);
  let i = 0;
  return (n) => {
    while (buf.length < n) {
      const counter = Buffer.alloc(4);
      counter.writeUInt32LE(i++);
      buf = Buffer.concat([buf, createHash('sha256').update(label).update(counter).digest()]);
    }
    const out = buf.subarray(0, n);
    buf = buf.subarray(n);
    return Buffer.from(out);
  };
}

const clientSeed = createHash('sha256').update('silkworm e2e client').digest();
const hex = (b: Buffer): string => b.toString('hex');

describe('keys and the shared secret', () => {
  it('derives the Ed25519 public key of a seed (RFC 8032 test 1, Cocoon test-mode key)', () => {
    const rfc = Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex');
    expect(hex(ed25519PublicKey(rfc))).toBe(
      'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
    );
    expect(ed25519PublicKey(COCOON_TEST_KEY.seed).equals(COCOON_TEST_KEY.publicKey)).toBe(true);
    expect(hex(COCOON_TEST_KEY.publicKey)).toBe(VECTORS.test_pub);
    expect(hex(ed25519PublicKey(clientSeed))).toBe(VECTORS.client_pub);
  });

  it('maps the Edwards key to its Montgomery u and agrees on one secret from both sides', () => {
    const clientPub = ed25519PublicKey(clientSeed);
    expect(hex(montgomeryU(clientPub))).toBe(VECTORS.client_u);
    const a = sharedSecret(COCOON_TEST_KEY.publicKey, clientSeed);
    const b = sharedSecret(clientPub, COCOON_TEST_KEY.seed);
    expect(hex(a)).toBe(VECTORS.shared);
    expect(a.equals(b)).toBe(true);
  });

  it('hashes the ECDH output, the nonce text and the direction', () => {
    const ecdh = Buffer.from(VECTORS.shared, 'hex');
    expect(hex(messageSecret(ecdh, 'bm9uY2U=', 'client-to-worker'))).toBe(VECTORS.secret_c);
    expect(hex(messageSecret(ecdh, 'bm9uY2U=', 'worker-to-client'))).toBe(VECTORS.secret_w);
  });

  it('refuses a point without a Montgomery form and a low-order point', () => {
    const yOne = Buffer.alloc(32);
    yOne[0] = 1; // y = 1: 1 - y = 0
    expect(() => sharedSecret(yOne, clientSeed)).toThrow(E2eError);
    const yMinusOne = Buffer.from('ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f', 'hex'); // u = 0
    expect(() => sharedSecret(yMinusOne, clientSeed)).toThrow(/low-order/);
  });
});

describe('tde2e message format', () => {
  const secret = Buffer.from(VECTORS.secret_c, 'hex');

  it('produces the vector bytes from the fixed random stream, and decrypts them back', () => {
    const random = stream('tde2e');
    for (const v of VECTORS.tde2e) {
      const data = Buffer.from(v.data, 'hex');
      const out = encryptData(data, secret, random);
      expect(hex(out)).toBe(v.out);
      expect(decryptData(out, secret).equals(data)).toBe(true);
    }
  });

  it('pads with a 16..31-byte prefix to a multiple of 16', () => {
    for (let n = 0; n < 40; n++) {
      const p = prefixLength(n);
      expect(p).toBeGreaterThanOrEqual(16);
      expect(p).toBeLessThanOrEqual(31);
      expect((p + n) % 16).toBe(0);
    }
  });
});

describe('encrypted JSON', () => {
  it('encrypts a request exactly as the C++ client does (same bytes from the same randomness)', () => {
    const request = {
      model: 'tiny',
      max_tokens: 12,
      temperature: 0,
      stream: true,
      messages: [
        { role: 'system', content: 'be brief' },
        { role: 'user', content: 'tell me about the cat' },
      ],
    };
    const key = { seed: clientSeed, receiverPublicKey: COCOON_TEST_KEY.publicKey };
    const sealed = encryptRequest(request, key, stream('request'));
    expect(dumpSorted(sealed)).toBe(VECTORS.request);
    expect(sealed.model).toBe('tiny');
    expect(sealed.max_tokens).toBe(12);
    const opened = openRequest(Buffer.from(JSON.stringify(sealed)), COCOON_TEST_KEY.seed);
    expect(JSON.parse(opened.body.toString())).toEqual(request);
    expect(opened.encryption?.clientPublicKey.equals(ed25519PublicKey(clientSeed))).toBe(true);
  });

  it('encrypts an answer back (direction w) and the client opens it', () => {
    const answer = JSON.parse(
      '{"id":"cmpl-1","object":"chat.completion","model":"tiny","choices":[{"index":0,"message":{"role":"assistant","content":"the cat sat"},"finish_reason":"stop"}],"usage":{"prompt_tokens":7,"completion_tokens":3,"total_tokens":10}}',
    ) as JsonObject;
    const sealed = encryptJson(
      answer,
      COCOON_TEST_KEY.seed,
      ed25519PublicKey(clientSeed),
      'worker-to-client',
      stream('answer'),
    );
    expect(dumpSorted(sealed)).toBe(VECTORS.answer);
    const key = { seed: clientSeed, receiverPublicKey: COCOON_TEST_KEY.publicKey };
    expect(decryptAnswer(sealed, key)).toEqual(answer);
  });
});
