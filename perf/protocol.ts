// `npm run perf -- protocol`: TL throughput on the messages a worker handles most — a proxy.runQueryEx
// packet carrying a 2 KB chat request, and the streamed answer parts (200-byte proxy.queryAnswerPartEx) —
// and the median proof-of-work solve time at Cocoon's default difficulty 20.
import { solvePow } from '../src/protocol/pow/pow.js';
import { decodeBoxed, decodeBoxedAs, encodeBoxed } from '../src/protocol/tl/codec.js';
import { Prng } from '../tests/support/prng.js';

const rng = new Prng(2024);
const requestId = rng.bytes(32);
const signedPayment = rng.bytes(200);
const answerChunk = Buffer.from(
  `data: ${JSON.stringify({ choices: [{ delta: { content: rng.bytes(96).toString('base64') } }] })}\n\n`,
);
const chatBody = JSON.stringify({
  model: 'Qwen/Qwen3-0.6B',
  stream: true,
  max_tokens: 256,
  messages: [
    { role: 'system', content: 'You are a helpful assistant. '.repeat(20) },
    { role: 'user', content: rng.bytes(1200).toString('base64').slice(0, 1600) },
  ],
});

/** The proxy's side: http.request inside proxy.runQueryEx inside tcp.packet, every layer encoded. */
function encodeRunQuery(): Buffer {
  const request = encodeBoxed({
    _: 'http.request',
    method: 'POST',
    url: '/v1/chat/completions',
    http_version: 'HTTP/1.1',
    headers: [
      { _: 'http.header', name: 'Content-Type', value: 'application/json' },
      { _: 'http.header', name: 'Content-Length', value: String(Buffer.byteLength(chatBody)) },
    ],
    payload: Buffer.from(chatBody),
  });
  const query = encodeBoxed({
    _: 'proxy.runQueryEx',
    query: request,
    signed_payment: { _: 'proxy.signedPayment', data: signedPayment },
    coefficient: 1000n,
    timeout: 108.3,
    request_id: requestId,
    flags: 1,
    enable_debug: false,
  });
  return encodeBoxed({ _: 'tcp.packet', data: query });
}

/** The worker's side: one streamed part of the answer body. */
function encodeAnswerPart(): Buffer {
  const data = encodeBoxed({
    _: 'proxy.queryAnswerPartEx',
    request_id: requestId,
    answer: answerChunk,
    flags: 0,
    final_info: undefined,
  });
  return encodeBoxed({ _: 'tcp.packet', data });
}

/** Decodes a frame payload the way the worker does: the packet, its message, and a query's http.request. */
function decodeAll(payload: Buffer): void {
  const packet = decodeBoxedAs('tcp.Packet', payload);
  if (packet._ !== 'tcp.packet') return;
  const message = decodeBoxed(packet.data);
  if (message._ === 'proxy.runQueryEx') decodeBoxed(message.query);
}

function mbPerSecond(bytes: number, run: () => void): number {
  for (let i = 0; i < 2000; i++) run(); // warm-up
  let done = 0;
  const started = process.hrtime.bigint();
  while (process.hrtime.bigint() - started < 1_000_000_000n) {
    for (let i = 0; i < 500; i++) run();
    done += 500;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return Math.round((done * bytes) / seconds / 1e5) / 10;
}

export async function protocolPerf(): Promise<Record<string, number>> {
  // One request and ten 200-byte answer parts: what a short streamed completion puts on the wire.
  const encoders = [encodeRunQuery, ...Array.from({ length: 10 }, () => encodeAnswerPart)];
  const payloads = encoders.map((encode) => encode());
  const bytes = payloads.reduce((n, p) => n + p.length, 0);
  const decode = mbPerSecond(bytes, () => payloads.forEach(decodeAll));
  const encode = mbPerSecond(bytes, () => encoders.forEach((e) => e()));
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    await solvePow({ difficulty: 20, salt: new Prng(100 + i).bytes(16) });
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { decode_mb_s: decode, encode_mb_s: encode, pow20_ms: Math.round(times[2] ?? 0) };
}
