// How the worker reaches a proxy: TCP → proof-of-work → RA-TLS → framed tcp.connect (src/protocol), with a
// TLS certificate that carries Silkworm's signed home attestation report. The report binds the device key
// and the measured sandbox (code, native binary, model, policy) to this certificate's key
// (report data = SHA-512 of the raw TLS public key, as Cocoon binds TDX quotes).
import { openClientConnection } from '../protocol/client.js';
import { createCertificate } from '../protocol/ratls/certificate.js';
import type { TlsIdentity } from '../protocol/ratls/tls.js';
import type { AttestationPolicy } from '../protocol/ratls/verify.js';
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

/** Certificates live 24 h (as Cocoon's); a fresh one is made well before that. */
const REFRESH_MS = 6 * 3600 * 1000;

export class AttestedIdentity {
  readonly #deviceKey: DeviceKey;
  readonly #measure: () => Promise<Measurements>;
  #current: { identity: TlsIdentity; madeAt: number } | null = null;

  constructor(o: { deviceKey: DeviceKey; measure: () => Promise<Measurements> }) {
    this.#deviceKey = o.deviceKey;
    this.#measure = o.measure;
  }

  /** The identity of a worker whose engine is `engine`: measured once it has started (model hashed once). */
  static forEngine(
    deviceKey: DeviceKey,
    engine: { readonly info: MeasuredSandbox | undefined },
  ): AttestedIdentity {
    const cache = new FileHashCache();
    return new AttestedIdentity({
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
    const cert = createCertificate({ privateKey: probe.privateKey, homeReport });
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

export function proxyDial(o: {
  address: string;
  identity: AttestedIdentity;
  policy: AttestationPolicy;
  log: Logger;
  maxPowDifficulty?: number;
}): Dial {
  const { host, port } = parseHostPort(o.address);
  return async (signal) => {
    const opened = await openClientConnection({
      host,
      port,
      identity: await o.identity.get(),
      policy: o.policy,
      log: o.log,
      signal,
      ...(o.maxPowDifficulty !== undefined ? { maxPowDifficulty: o.maxPowDifficulty } : {}),
    });
    return opened.connection;
  };
}
