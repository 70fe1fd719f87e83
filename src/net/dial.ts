// How the worker reaches a proxy: TCP → proof-of-work → RA-TLS → framed tcp.connect (src/protocol), with a
// TLS certificate that carries Silkworm's signed home attestation report. The report binds the device key
// and the measured sandbox (code, native binary, model, policy) to this certificate's key
// (report data = SHA-512 of the raw TLS public key, as Cocoon binds TDX quotes). A proxy's certificate is
// verified before any frame carries the owner: root-listed proxies against the root contract (the check comes
// from src/discovery), manual ones under `any`, unverified.
import { openClientConnection } from '../protocol/client.js';
import { createCertificate, reportDataFor } from '../protocol/ratls/certificate.js';
import type { TlsIdentity } from '../protocol/ratls/tls.js';
import type { AttestationPolicy, PeerCheck, VerifiedPeer, VerifyOptions } from '../protocol/ratls/verify.js';
import { createHomeReport } from '../attestation/report.js';
import type { DeviceKey } from '../attestation/device-key.js';
import {
  FileHashCache,
  measureSandbox,
  type MeasuredSandbox,
  type Measurements,
} from '../attestation/measure.js';
import type { Logger } from '../logging/logger.js';
import type { Dial } from './proxy-session.js';
import type { ProxyTarget, ProxyTrust } from './worker-network.js';
import { refusalOf } from './dial-refusal.js';

/** Certificates live 24 h (as Cocoon's); a fresh one is made well before that. */
const REFRESH_MS = 6 * 3600 * 1000;

export class AttestedIdentity {
  readonly #deviceKey: DeviceKey;
  readonly #measure: () => Promise<Measurements>;
  #current: { identity: TlsIdentity; madeAt: number } | null = null;

  /**
   * Test mode: the certificate also offers Cocoon's fake_tee quote (the 64-byte SHA-512 of the TLS key), which
   * test proxies on a `fake_tee` port ask for. It attests nothing and is labelled so wherever it shows.
   */
  readonly testMode: boolean;

  constructor(o: { deviceKey: DeviceKey; measure: () => Promise<Measurements>; testQuote?: boolean }) {
    this.#deviceKey = o.deviceKey;
    this.#measure = o.measure;
    this.testMode = o.testQuote ?? false;
  }

  /** What our certificate offers, in words (the refusal detail names it). */
  get offer(): string {
    return this.testMode
      ? 'a Silkworm home report and a fake_tee quote (test mode)'
      : 'a Silkworm home report, no TEE quote';
  }

  /** The identity of a worker whose engine is `engine`: measured once it has started (model hashed once). */
  static forEngine(
    deviceKey: DeviceKey,
    engine: { readonly info: MeasuredSandbox | undefined },
    opts: { testQuote?: boolean } = {},
  ): AttestedIdentity {
    const cache = new FileHashCache();
    return new AttestedIdentity({
      ...opts,
      deviceKey,
      measure: () => {
        const info = engine.info;
        if (!info) throw new Error('the engine has not started yet; nothing to attest');
        return measureSandbox(info, { cache });
      },
    });
  }

  /** Forgets the certificate, e.g. after the model or the engine changed. */
  invalidate(): void {
    this.#current = null;
  }

  async get(): Promise<TlsIdentity> {
    if (this.#current && Date.now() - this.#current.madeAt < REFRESH_MS) return this.#current.identity;
    const measurements = await this.#measure();
    // The TLS key is made first; the report then names it, and the certificate carries the report.
    const probe = createCertificate();
    const homeReport = createHomeReport({
      deviceKey: this.#deviceKey,
      rawTlsPublicKey: probe.rawPublicKey,
      measurements,
    });
    const cert = createCertificate({
      privateKey: probe.privateKey,
      homeReport,
      ...(this.testMode ? { quote: reportDataFor(probe.rawPublicKey) } : {}),
    });
    this.#current = { identity: { certPem: cert.certPem, keyPem: cert.keyPem }, madeAt: Date.now() };
    return this.#current.identity;
  }
}

export function parseHostPort(address: string): { host: string; port: number } {
  const i = address.lastIndexOf(':');
  const port = Number(address.slice(i + 1));
  if (i <= 0 || !Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`"${address}" is not host:port`);
  return { host: address.slice(0, i), port };
}

/** Floors for the wait after a refusal: we refused the proxy / the proxy refused us. */
export interface RefusalRetry {
  ours: number;
  theirs: number;
}

export const DEFAULT_REFUSAL_RETRY: RefusalRetry = { ours: 60_000, theirs: 300_000 };

export interface ProxyDialOptions {
  address: string;
  identity: AttestedIdentity;
  policy: AttestationPolicy;
  log: Logger;
  maxPowDifficulty?: number;
  /** More checks on the proxy's certificate (image-hash allow-list, `checkPeer`). */
  verify?: Omit<VerifyOptions, 'peerRole'>;
  /** The proxy's certificate as verified, at each attempt that got that far (before `checkPeer` decides). */
  onPeer?: (peer: VerifiedPeer) => void;
  refusalRetry?: RefusalRetry;
}

export function proxyDial(o: ProxyDialOptions): Dial {
  const { host, port } = parseHostPort(o.address);
  return async (signal) => {
    let peer: VerifiedPeer | null = null;
    const userCheck = o.verify?.checkPeer;
    const checkPeer: PeerCheck = (p) => {
      peer = p;
      o.onPeer?.(p);
      return userCheck ? userCheck(p) : { ok: true };
    };
    try {
      const opened = await openClientConnection({
        host,
        port,
        identity: await o.identity.get(),
        policy: o.policy,
        verify: { ...o.verify, checkPeer },
        log: o.log,
        signal,
        ...(o.maxPowDifficulty !== undefined ? { maxPowDifficulty: o.maxPowDifficulty } : {}),
      });
      return opened.connection;
    } catch (err) {
      throw (
        refusalOf(err, {
          address: o.address,
          policy: o.policy,
          peer,
          offer: o.identity.offer,
          retry: o.refusalRetry ?? DEFAULT_REFUSAL_RETRY,
        }) ?? err
      );
    }
  };
}

interface TargetOptions {
  address: string;
  identity: AttestedIdentity;
  log: Logger;
  maxPowDifficulty?: number;
  refusalRetry?: RefusalRetry;
}

/**
 * A proxy the root contract lists: verified under `tee` (structure) and then `check` (its tier against the
 * root). Its tier shows once its certificate was seen (`home` until then); `verified` is true while the last
 * certificate it presented passed.
 */
export function rootProxyTarget(o: TargetOptions & { check: PeerCheck }): ProxyTarget {
  const trust: ProxyTrust = { tier: 'home', verified: false };
  const check: PeerCheck = async (peer) => {
    trust.tier = peer.teeExtensions ? 'tee' : 'home';
    const verdict = await o.check(peer);
    trust.verified = verdict.ok;
    return verdict;
  };
  const dial = proxyDial({ ...o, policy: 'tee', verify: { checkPeer: check } });
  return {
    address: o.address,
    dial: async (signal) => {
      trust.verified = false; // until this connection's certificate passes
      return dial(signal);
    },
    trust: () => ({ ...trust }),
  };
}

/** An expert's `host:port` from the settings: dialled under `any`, never verified (tier `manual`). */
export function manualProxyTarget(o: TargetOptions): ProxyTarget {
  return {
    address: o.address,
    dial: proxyDial({ ...o, policy: 'any' }),
    trust: () => ({ tier: 'manual', verified: false }),
  };
}
