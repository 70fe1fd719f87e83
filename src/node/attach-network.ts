// The worker's network as the app and `silkworm worker` both build it: the device key attests the sandboxed
// engine, every proxy address is dialled with that attested identity, and the runtime holds the network, so
// a model switch drains it, measures the new file in the next certificate and reconnects.
import type { Logger } from '../logging/logger.js';
import type { EarningsLedger } from '../earnings/ledger.js';
import type { SecretStore } from '../attestation/secret-store.js';
import { loadOrCreateDeviceKey } from '../attestation/device-key.js';
import { WorkerNetwork } from '../net/worker-network.js';
import { AttestedIdentity, proxyDial } from '../net/dial.js';
import type { RequestDone } from '../net/proxy-session.js';
import type { Multipliers } from '../net/token-counter.js';
import type { EngineRuntime } from './runtime.js';

export interface AttachNetworkOptions {
  /** host:port of each proxy. */
  addresses: readonly string[];
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
  /** The network's logger; dials log under its `dial` child. */
  log: Logger;
  onChange?: (network: WorkerNetwork) => void;
  onRequestDone?: (done: RequestDone) => void;
  backoff?: { initialMs: number; maxMs: number };
  /** Called after a model switch, once the attestation is invalidated. */
  onModelChange?: () => void;
}

export async function attachWorkerNetwork(o: AttachNetworkOptions): Promise<WorkerNetwork> {
  const deviceKey = await loadOrCreateDeviceKey(o.secrets);
  const identity = AttestedIdentity.forEngine(deviceKey, o.runtime.engine);
  const dialLog = o.log.child('dial');
  const { runtime } = o;
  const network: WorkerNetwork = new WorkerNetwork({
    proxies: o.addresses.map((address) => ({
      address,
      dial: proxyDial({ address, identity, policy: 'any', log: dialLog }),
    })),
    identity: {
      get ownerAddress() {
        return o.owner();
      },
      get model() {
        return runtime.modelName;
      },
      isTest: o.isTest,
      maxActiveRequests: o.maxActiveRequests,
    },
    coefficient: o.coefficient,
    ledger: o.ledger,
    backend: runtime.engine,
    multipliers: o.multipliers,
    feePerToken: o.feePerToken,
    log: o.log,
    onChange: () => o.onChange?.(network),
    ...(o.onRequestDone ? { onRequestDone: o.onRequestDone } : {}),
    ...(o.backoff ? { backoff: o.backoff } : {}),
  });
  runtime.attachNetwork(network, () => {
    // The next certificate measures the new model file.
    identity.invalidate();
    o.onModelChange?.();
  });
  return network;
}
