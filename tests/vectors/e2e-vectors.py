#!/usr/bin/env python3
"""Derives the test vectors of src/protocol/e2e/vectors.test.ts from Cocoon's rules for encrypted
requests (docs/protocol.md section 4.8), independently of the TypeScript code: Python's `cryptography`
package for Ed25519, X25519, AES and HMAC, and the Edwards-to-Montgomery map written out here.

    python3 tests/vectors/e2e-vectors.py      # prints the vectors as JSON
"""
import base64
import hashlib
import hmac
import json

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

P = 2**255 - 19
RAW = serialization.Encoding.Raw


class Stream:
    """The fixed 'random' stream: SHA-256(label || le32(i)) blocks, consumed in order."""

    def __init__(self, label):
        self.label = label.encode()
        self.buf = b""
        self.i = 0

    def __call__(self, n):
        while len(self.buf) < n:
            self.buf += hashlib.sha256(self.label + self.i.to_bytes(4, "little")).digest()
            self.i += 1
        out, self.buf = self.buf[:n], self.buf[n:]
        return out


def ed_pub(seed):
    return Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes(RAW, serialization.PublicFormat.Raw)


def montgomery_u(ed_pub_key):
    y = int.from_bytes(ed_pub_key[:31] + bytes([ed_pub_key[31] & 0x7F]), "little")
    u = (1 + y) * pow((1 - y) % P, P - 2, P) % P
    return u.to_bytes(32, "little")


def ecdh(peer_ed_pub, seed):
    h = bytearray(hashlib.sha512(seed).digest()[:32])
    h[0] &= 248
    h[31] = (h[31] & 127) | 64
    priv = X25519PrivateKey.from_private_bytes(bytes(h))
    return priv.exchange(X25519PublicKey.from_public_bytes(montgomery_u(peer_ed_pub)))


def message_secret(shared, nonce_text, tag):
    return hashlib.sha256(shared + nonce_text.encode() + tag).digest()


def tde2e_encrypt(data, secret, rnd):
    prefix_len = ((16 + 15 + len(data)) & -16) - len(data)
    prefix = bytearray(rnd(prefix_len))
    prefix[0] = prefix_len
    padded = bytes(prefix) + data
    large = hmac.new(secret, b"tde2e_encrypt_data", hashlib.sha512).digest()
    enc_key, mac_key = large[:32], large[32:64]
    msg_id = hmac.new(mac_key, padded + b"" + (0).to_bytes(4, "little"), hashlib.sha256).digest()[:16]
    st = hmac.new(enc_key, msg_id, hashlib.sha512).digest()
    enc = Cipher(algorithms.AES(st[:32]), modes.CBC(st[32:48])).encryptor()
    return msg_id + enc.update(padded) + enc.finalize()


CLEAR = {"is_encrypted", "sender_public_key", "receiver_public_key", "encryption_nonce", "model",
         "max_completion_tokens", "max_tokens", "max_coefficient", "timeout", "debug", "enable_debug",
         "request_guid"}


def walk(v, fn):
    if isinstance(v, str):
        return fn(v)
    if isinstance(v, list):
        return [walk(x, fn) for x in v]
    if isinstance(v, dict):
        # nlohmann::json objects are std::maps: keys in byte order, which is code-point order.
        return {k: (v[k] if k in CLEAR else walk(v[k], fn)) for k in sorted(v)}
    return v


def encrypt_json(value, sender_seed, receiver_pub, tag, rnd):
    v = dict(value)
    v["is_encrypted"] = "v1"
    v["sender_public_key"] = ed_pub(sender_seed).hex()
    v["receiver_public_key"] = receiver_pub.hex()
    nonce = base64.b64encode(rnd(32)).decode()
    v["encryption_nonce"] = nonce
    secret = message_secret(ecdh(receiver_pub, sender_seed), nonce, tag)
    return walk(v, lambda s: "ENC_" + tde2e_encrypt(s.encode(), secret, rnd).hex())


def dump(v):
    return json.dumps(v, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


test_seed = base64.b64decode("BwrYLmEy2rMgZ/tyCv0AYFVaZPkFu+wNwoSQiJUbOmM=")
client_seed = hashlib.sha256(b"silkworm e2e client").digest()
test_pub = ed_pub(test_seed)
client_pub = ed_pub(client_seed)
shared = ecdh(test_pub, client_seed)
secret_c = message_secret(shared, "bm9uY2U=", b"c")

rnd = Stream("tde2e")
tde2e = [{"data": d.hex(), "out": tde2e_encrypt(d, secret_c, rnd).hex()}
         for d in [b"", b"hello", b"0123456789abcdef", "кот and the cat, 15".encode()]]

request = {"model": "tiny", "max_tokens": 12, "temperature": 0, "stream": True,
           "messages": [{"role": "system", "content": "be brief"}, {"role": "user", "content": "tell me about the cat"}]}
answer = {"id": "cmpl-1", "object": "chat.completion", "model": "tiny",
          "choices": [{"index": 0, "message": {"role": "assistant", "content": "the cat sat"}, "finish_reason": "stop"}],
          "usage": {"prompt_tokens": 7, "completion_tokens": 3, "total_tokens": 10}}

print(json.dumps({
    "test_pub": test_pub.hex(),
    "client_pub": client_pub.hex(),
    "client_u": montgomery_u(client_pub).hex(),
    "shared": shared.hex(),
    "secret_c": secret_c.hex(),
    "secret_w": message_secret(shared, "bm9uY2U=", b"w").hex(),
    "tde2e": tde2e,
    "request": dump(encrypt_json(request, client_seed, test_pub, b"c", Stream("request"))),
    "answer": dump(encrypt_json(answer, test_seed, client_pub, b"w", Stream("answer"))),
}, indent=2, ensure_ascii=False))
