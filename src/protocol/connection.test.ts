// The tcp.* layer over a real loopback socket: handshake, RPC, timers (driven by a manual clock), and the
// violations that must close the connection with a logged reason.
import { afterEach, describe, expect, it } from 'vitest';
import type { Socket } from 'node:net';
import { createLogger, type LogSink } from '../logging/logger.js';
import type { LogLine } from '../api/events.js';
import {
  FramedConnection,
  type CloseReason,
  type ConnectionHandlers,
  type FramedConnectionOptions,
} from './connection.js';
import { encodeFrame } from './frame.js';
import { ErrorCode, RpcError } from './rpc.js';
import { decodeBoxed, encodeBoxed } from './tl/codec.js';
import { socketPair } from '../../tests/support/socket-pair.js';
import { ManualClock } from '../../tests/support/manual-clock.js';
import { waitFor } from '../../tests/support/wait-for.js';

const sockets: Socket[] = [];
afterEach(() => {
  for (const s of sockets.splice(0)) s.destroy();
});

interface Side {
  conn: FramedConnection;
  closed: Promise<CloseReason>;
  lines: LogLine[];
}

function side(
  stream: Socket,
  role: 'client' | 'server',
  handlers: ConnectionHandlers = {},
  extra: Partial<FramedConnectionOptions> = {},
): Side {
  const lines: LogLine[] = [];
  const sink: LogSink = (l) => lines.push(l);
  let onClose: (r: CloseReason) => void = () => undefined;
  const closed = new Promise<CloseReason>((resolve) => (onClose = resolve));
  const conn = new FramedConnection({
    stream,
    role,
    log: createLogger(role, sink, 'debug'),
    handlers: { ...handlers, onClose: (r) => onClose(r) },
    ...extra,
  });
  return { conn, closed, lines };
}

async function pair(
  serverHandlers: ConnectionHandlers = {},
  extra: Partial<FramedConnectionOptions> = {},
): Promise<{ client: Side; server: Side }> {
  const [c, s] = await socketPair();
  sockets.push(c, s);
  let ready: () => void = () => undefined;
  const isReady = new Promise<void>((r) => (ready = r));
  const server = side(s, 'server', serverHandlers, extra);
  const client = side(c, 'client', { onReady: () => ready() }, extra);
  await isReady;
  return { client, server };
}

const until = (cond: () => boolean, what: string): Promise<boolean> =>
  waitFor(cond, { timeoutMs: 5000, intervalMs: 5, what });

/** A raw peer that writes whatever frames a test wants. */
async function rawServer(): Promise<{ client: Side; raw: Socket; received: Promise<Buffer> }> {
  const [c, raw] = await socketPair();
  sockets.push(c, raw);
  const received = new Promise<Buffer>((resolve) => raw.once('data', resolve));
  return { client: side(c, 'client'), raw, received };
}

describe('FramedConnection', () => {
  it('exchanges tcp.connect / tcp.connected, then messages both ways', async () => {
    const got: string[] = [];
    const { client, server } = await pair({ onPacket: (m) => got.push(m._) });
    expect(client.conn.ready && server.conn.ready).toBe(true);
    expect(client.conn.send({ _: 'worker.enabledDisabled', disabled: 0 })).toBe(true);
    await until(() => got.length > 0, 'a frame from the peer');
    expect(got).toEqual(['worker.enabledDisabled']);
  });

  it('answers queries with the typed result, and errors with their code', async () => {
    const { client } = await pair({
      onQuery: (fn) => {
        if (fn._ === 'worker.proxyHandshakeComplete') return { _: 'worker.proxyHandshakeCompleted' };
        throw new RpcError(ErrorCode.error, 'test mode mismatch');
      },
    });
    await expect(
      client.conn.call({ _: 'worker.proxyHandshakeComplete', is_disabled: false }),
    ).resolves.toEqual({
      _: 'worker.proxyHandshakeCompleted',
    });
    await expect(client.conn.call({ _: 'worker.updatePaymentStatus' })).rejects.toMatchObject({
      code: 602,
      message: 'test mode mismatch',
    });
  });

  it('answers an unsupported query with 621 and keeps the connection', async () => {
    const { client } = await pair();
    await expect(client.conn.call({ _: 'worker.updatePaymentStatus' })).rejects.toMatchObject({ code: 621 });
    expect(client.conn.closed).toBeUndefined();
  });

  it('fails a query that gets no answer in time with 652, and pending queries on close with 653', async () => {
    const clock = new ManualClock();
    const { client } = await pair({ onQuery: () => new Promise(() => undefined) }, { clock });
    const slow = client.conn.call({ _: 'worker.updatePaymentStatus' }, { timeoutMs: 5_000 });
    const other = client.conn.call({ _: 'worker.updatePaymentStatus' }, { timeoutMs: 9_000 });
    clock.advance(4_999);
    // An absence under test (no close 1 ms before the deadline): a short real wait lets any wrongly
    // scheduled close reach the socket.
    await new Promise((r) => setTimeout(r, 20));
    expect(client.conn.closed).toBeUndefined();
    clock.advance(1);
    await expect(slow).rejects.toMatchObject({ code: 652 });
    client.conn.close();
    await expect(other).rejects.toMatchObject({ code: 653 });
  });

  it('client pings after 10 s of silence and fails after 20 s', async () => {
    const clock = new ManualClock();
    const [c, s] = await socketPair();
    sockets.push(c, s);
    const frames: string[] = [];
    s.on('data', (d: Buffer) => {
      for (let at = 0; at < d.length;) {
        const len = d.readUInt32LE(at);
        frames.push(decodeBoxed(d.subarray(at + 8, at + 8 + len))._);
        at += 8 + len;
      }
    });
    const me = side(c, 'client', {}, { clock });
    await until(() => frames.length === 1, 'the tcp.connect frame');
    s.write(encodeFrame(0, encodeBoxed({ _: 'tcp.connected', id: 1n })));
    await until(() => me.conn.ready, 'the connection to be ready');
    clock.advance(9_999);
    // An absence under test (no ping 1 ms early): a short real wait lets a wrongly sent frame arrive.
    await new Promise((r) => setTimeout(r, 20));
    expect(frames).toEqual(['tcp.connect']);
    clock.advance(1);
    await until(() => frames.length === 2, 'the ping frame');
    expect(frames).toEqual(['tcp.connect', 'tcp.ping']);
    clock.advance(10_000);
    const reason = await me.closed;
    expect(reason.code).toBe('idle_timeout');
    expect(me.lines.some((l) => l.level === 'warn' && /idle_timeout/.test(l.message))).toBe(true);
  });

  it('server never pings and fails after 60 s of silence', async () => {
    const clock = new ManualClock();
    const { server } = await pair({}, { clock, idleTimeoutMs: undefined, pingAfterMs: undefined });
    clock.advance(59_999);
    expect(server.conn.closed).toBeUndefined();
    clock.advance(1);
    expect((await server.closed).code).toBe('idle_timeout');
  });

  it('closes on a bad seqno with a logged reason', async () => {
    const { client, raw, received } = await rawServer();
    await received;
    raw.write(encodeFrame(1, encodeBoxed({ _: 'tcp.connected', id: 1n })));
    const reason = await client.closed;
    expect([reason.code, reason.message]).toEqual(['protocol_error', 'BAD_SEQNO: bad seqno 1, expected 0']);
    expect(client.lines.some((l) => l.level === 'warn' && l.message.includes('bad seqno 1'))).toBe(true);
  });

  it('closes on an oversized frame before reading its body', async () => {
    const { client, raw, received } = await rawServer();
    await received;
    const header = Buffer.alloc(8);
    header.writeUInt32LE((1 << 24) + 1, 0);
    raw.write(header);
    const reason = await client.closed;
    expect(reason.message).toMatch(/^BAD_FRAME_LENGTH at byte 0: frame length 16777217/);
    expect(client.lines.some((l) => l.level === 'warn' && l.message.includes('BAD_FRAME_LENGTH'))).toBe(true);
  });

  it('closes on a malformed packet and on packets out of place', async () => {
    const bad = await rawServer();
    await bad.received;
    bad.raw.write(encodeFrame(0, Buffer.from('deadbeef', 'hex')));
    expect((await bad.client.closed).message).toMatch(/UNKNOWN_CONSTRUCTOR at byte 0/);

    const early = await rawServer();
    await early.received;
    early.raw.write(encodeFrame(0, encodeBoxed({ _: 'tcp.ping', id: 1n })));
    expect((await early.client.closed).message).toBe('UNEXPECTED_PACKET: tcp.ping before tcp.connected');
  });
});
