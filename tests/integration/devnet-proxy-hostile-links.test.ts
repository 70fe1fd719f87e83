// The devnet proxy against peers hostile at the link: raw sockets sending oversized or malformed frames,
// handshakes refused or abused, and a worker without an attestation report; each closes only that
// connection, with a logged reason, while an honest worker keeps serving. Request-level hostility is in
// devnet-proxy-hostile-requests.test.ts; the shared devnet in devnet-proxy-hostile-setup.ts.
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { Address } from '@ton/core';
import { openClientConnection } from '../../src/protocol/client.js';
import { clientPow } from '../../src/protocol/pow/pow-exchange.js';
import { tlsClient } from '../../src/protocol/ratls/tls.js';
import { RpcError } from '../../src/protocol/rpc.js';
import { encodeFrame } from '../../src/protocol/frame.js';
import { attestedIdentity, MODEL, post, waitFor } from './devnet-proxy-helpers.js';
import {
  chat,
  client,
  honest,
  lines,
  log,
  measurements,
  proxy,
  useHostileDevnet,
} from './devnet-proxy-hostile-setup.js';

useHostileDevnet();

async function rawTls() {
  const socket = connect({ host: '127.0.0.1', port: proxy.port });
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  await clientPow(socket);
  const tls = await tlsClient(socket, attestedIdentity(77, measurements));
  const closed = new Promise<void>((resolve) => tls.once('close', () => resolve()));
  return { tls, closed };
}

describe('devnet proxy against bad peers', () => {
  it('closes a connection that sends an oversized frame, and keeps serving', async () => {
    const { tls, closed } = await rawTls();
    const header = Buffer.alloc(8);
    header.writeUInt32LE((1 << 24) + 1, 0);
    tls.write(header);
    await closed;
    await waitFor(
      'the logged reason',
      () => lines.some((l) => l.scope.includes('proxy') && /protocol_error/.test(l.message)),
      2_000,
    );
    expect((await post(client.url, '/v1/chat/completions', chat('still there?'))).status).toBe(200);
  });

  it('closes a connection that sends a frame that is not a tcp.Packet', async () => {
    const { tls, closed } = await rawTls();
    tls.write(encodeFrame(0, Buffer.from('definitely not TL')));
    await closed;
    expect(proxy.workers().filter((w) => w.ready).length).toBe(2);
  });

  it('refuses a test-mode mismatch with 602 and closes the connection', async () => {
    const { connection } = await openClientConnection({
      host: '127.0.0.1',
      port: proxy.port,
      identity: attestedIdentity(78, measurements),
      policy: 'any',
      log,
    });
    const closed = new Promise<void>((resolve) => connection.setHandlers({ onClose: () => resolve() }));
    const answer = connection.call({
      _: 'worker.connectToProxy',
      params: {
        _: 'worker.params',
        flags: 3,
        worker_owner_address: honest.owner.toString(),
        model: MODEL,
        coefficient: 1000,
        is_test: false,
        proxy_cnt: 1,
        max_active_requests: 1,
        min_proto_version: 1,
        max_proto_version: 2,
      },
    });
    await expect(answer).rejects.toThrow(RpcError);
    await expect(answer).rejects.toMatchObject({ code: 602, message: 'test mode mismatch' });
    await closed;
  });

  it('drops messages before the handshake completes and closes on a negative coefficient', async () => {
    const { connection } = await openClientConnection({
      host: '127.0.0.1',
      port: proxy.port,
      identity: attestedIdentity(80, measurements),
      policy: 'any',
      log,
    });
    const closed = new Promise<string>((resolve) =>
      connection.setHandlers({ onClose: (r) => resolve(r.message) }),
    );
    const owner = new Address(0, Buffer.alloc(32, 80));
    connection.send({ _: 'worker.enabledDisabled', disabled: 0 }); // before Ok: dropped, not fatal
    await connection.call({
      _: 'worker.connectToProxy',
      params: {
        _: 'worker.params',
        flags: 3,
        worker_owner_address: owner.toString(),
        model: MODEL,
        coefficient: 1000,
        is_test: true,
        proxy_cnt: 1,
        max_active_requests: 1,
        min_proto_version: 1,
        max_proto_version: 2,
      },
    });
    await connection.call({
      _: 'worker.compareBalanceWithProxy',
      tokens_committed_to_blockchain: 0n,
      tokens_committed_to_db: 0n,
      max_tokens: 0n,
    });
    await connection.call({ _: 'worker.proxyHandshakeComplete', is_disabled: true });
    const mine = () => proxy.workers().find((w) => w.owner === owner.toRawString());
    expect(mine()).toMatchObject({ ready: true, enabled: false }); // the early enable was dropped
    const status = await connection.call({ _: 'worker.updatePaymentStatus' });
    expect(status).toMatchObject({ _: 'worker.paymentStatus', db_tokens: 0n, max_tokens: 0n });
    connection.send({ _: 'worker.newCoefficient', new_coefficient: -5 });
    expect(await closed).toMatch(/closed/);
    await waitFor('the link to leave', () => mine() === undefined, 2_000);
    expect(lines.some((l) => /negative coefficient -5/.test(l.message))).toBe(true);
  });

  it('drops a worker whose certificate carries no attestation report', async () => {
    const attempt = openClientConnection({
      host: '127.0.0.1',
      port: proxy.port,
      identity: attestedIdentity(79, measurements, { report: false }),
      policy: 'any',
      log,
      stepTimeoutMs: 3_000,
    });
    await expect(attempt).rejects.toThrow();
    await waitFor(
      'the logged refusal',
      () => lines.some((l) => /HOME_REPORT_MISSING|no Silkworm attestation report/.test(l.message)),
      2_000,
    );
  });
});
