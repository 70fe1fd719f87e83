// The worker's network as every node builds it: the device key attests the sandboxed engine, each proxy is
// dialled with that attested identity — a root-listed proxy verified against the root contract before the
// worker says anything, an expert's manual proxy as typed — and the runtime holds the network, so a model
// switch drains it, measures the new file in the next certificate and reconnects.
import type { Logger } from '../logging/logger.js';
import type { EarningsLedger } from '../earnings/ledger.js';
import type { SecretStore } from '../attestation/secret-store.js';
import { loadOrCreateDeviceKey } from '../attestation/device-key.js';
import { WorkerNetwork, type ProxyTarget } from '../net/worker-network.js';
import { AttestedIdentity, manualProxyTarget, rootProxyTarget } from '../net/dial.js';
import type { RequestDone } from '../net/request-serving.js';
import type { Multipliers } from '../net/token-counter.js';
import type { ChangeModel } from '../net/proxy-queries.js';
import type { rootProxyCheck } from '../discovery/proxy-check.js';

type PeerCheck = ReturnType<typeof rootProxyCheck>;
import type { EngineRuntime } from './runtime.js';

/** A proxy to serve: listed by the root contract (verified) or typed by the owner (manual, unverified). */
export interface ProxySpec {
  address: string;
  listed: boolean;
}

export interface AttachNetworkOptions {
  proxies: readonly ProxySpec[];
  /** The check a root-listed proxy's certificate must pass (its tier against the root contract). */
  rootCheck: (address: string) => PeerCheck;
  /** Where the device key lives (created on first use). */
  secrets: SecretStore;
  runtime: Pick<EngineRuntime, 'engine' | 'modelName' | 'attachNetwork'>;
  /** The owner address as the handshake sends it, read at each handshake (a new wallet link changes it). */
  owner: () => string;
  isTest: boolean;
  maxActiveRequests: number;
  coefficient: number;
  ledger: EarningsLedger;
  multipliers: () => Multipliers;
  feePerToken: () => bigint;
  pricePerToken?: () => bigint | undefined;
  /** The network's logger; dials log under its `dial` child. */
  log: Logger;
  onChange?: (network: WorkerNetwork) => void;
  onRequestDone?: (done: RequestDone) => void;
  backoff?: { initialMs: number; maxMs: number };
  /** Called after a model switch, once the attestation is invalidated. */
  onModelChange?: () => void;
  changeModel?: ChangeModel;
  machineDescription?: () => Record<string, unknown> | null;
}

export interface AttachedNetwork {
  network: WorkerNetwork;
  /** Serves exactly these proxies from now on (sessions of removed ones finish their requests first). */
  setProxies(specs: readonly ProxySpec[]): Promise<void>;
}

export async function attachWorkerNetwork(o: AttachNetworkOptions): Promise<AttachedNetwork> {
  const deviceKey = await loadOrCreateDeviceKey(o.secrets);
  const identity = AttestedIdentity.forEngine(deviceKey, o.runtime.engine);
  const dialLog = o.log.child('dial');
  const targetOf = (p: ProxySpec): ProxyTarget =>
    p.listed
      ? rootProxyTarget({ address: p.address, identity, log: dialLog, check: o.rootCheck(p.address) })
      : manualProxyTarget({ address: p.address, identity, log: dialLog });
  const { runtime } = o;
  const network: WorkerNetwork = new WorkerNetwork({
    proxies: o.proxies.map(targetOf),
    identity: {
      get ownerAddress() {
        return o.owner();
      },
      get model() {
        return runtime.modelName;
      },
      isTest: o.isTest,
      maxActiveRequests: o.maxActiveRequests,
      ...(o.machineDescription ? { machineDescription: o.machineDescription } : {}),
    },
    coefficient: o.coefficient,
    ledger: o.ledger,
    backend: runtime.engine,
    multipliers: o.multipliers,
    feePerToken: o.feePerToken,
    ...(o.pricePerToken ? { pricePerToken: o.pricePerToken } : {}),
    log: o.log,
    onChange: () => o.onChange?.(network),
    ...(o.onRequestDone ? { onRequestDone: o.onRequestDone } : {}),
    ...(o.backoff ? { backoff: o.backoff } : {}),
    ...(o.changeModel ? { changeModel: o.changeModel } : {}),
  });
  runtime.attachNetwork(network, () => {
    // The next certificate measures the new model file.
    identity.invalidate();
    o.onModelChange?.();
  });
  return { network, setProxies: (specs) => network.setProxies(specs.map(targetOf)) };
}
