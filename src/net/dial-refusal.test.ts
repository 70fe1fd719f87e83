// Which dial failures are trust refusals, and what they say (docs/discovery.md).
import { describe, expect, it } from 'vitest';
import { ProtocolError } from '../protocol/errors.js';
import { CertificateError } from '../protocol/ratls/cert-error.js';
import { ConnectionSetupError } from '../protocol/setup-error.js';
import { refusalOf, retryFloorMs, type RefusalContext } from './dial-refusal.js';

const ctx: RefusalContext = {
  address: '127.0.0.1:9',
  policy: 'tee',
  peer: null,
  offer: 'a home report',
  retry: { ours: 60_000, theirs: 300_000 },
};
const alert = (code: string): Error => Object.assign(new Error('alert'), { code });

describe('refusalOf', () => {
  it('our refusal of the proxy keeps the check sentence and waits the shorter floor', () => {
    const r = refusalOf(
      new ConnectionSetupError(
        'verify',
        new CertificateError('PEER_REFUSED', 'proxy 127.0.0.1:9 refused: its key ab is not listed by root R'),
      ),
      ctx,
    );
    expect([r?.kind, r?.message, retryFloorMs(r)]).toEqual([
      'proxy-not-trusted',
      'proxy 127.0.0.1:9 refused: its key ab is not listed by root R',
      60_000,
    ]);
    const bad = refusalOf(
      new ConnectionSetupError('verify', new CertificateError('EXPIRED', 'expired at x')),
      ctx,
    );
    expect(bad?.message).toBe(
      'proxy 127.0.0.1:9 refused: its certificate fails the tee policy (EXPIRED: expired at x)',
    );
  });

  it("the proxy's refusal of us: closed after TLS, or a TLS alert, with what is known", () => {
    const closed = refusalOf(
      new ConnectionSetupError('ready', new ProtocolError('CLOSED', 'the peer closed the connection')),
      ctx,
    );
    expect([closed?.kind, retryFloorMs(closed)]).toEqual(['refused-by-proxy', 300_000]);
    expect(closed?.message).toBe(
      'the proxy refused our certificate: 127.0.0.1:9 closed the connection right after TLS; we offered a home report',
    );
    const tee = { ...ctx, peer: { teeExtensions: true } as RefusalContext['peer'] };
    const alerted = refusalOf(
      new ConnectionSetupError('ready', alert('ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE')),
      tee,
    );
    expect(alerted?.message).toMatch(
      /^the proxy refused our certificate \(policy tee: a TEE proxy, TLS alert "bad certificate"\): /,
    );
  });

  it('leaves network failures and timeouts alone', () => {
    expect(refusalOf(new ConnectionSetupError('tcp', alert('ECONNREFUSED')), ctx)).toBeNull();
    expect(
      refusalOf(
        new ConnectionSetupError('ready', new ProtocolError('TIMEOUT', 'no tcp.connected in time')),
        ctx,
      ),
    ).toBeNull();
    expect(refusalOf(new ConnectionSetupError('tls', new ProtocolError('CLOSED', 'x')), ctx)).toBeNull();
    expect(refusalOf(new Error('other'), ctx)).toBeNull();
    expect(retryFloorMs(new Error('other'))).toBe(0);
  });
});
