import type { StateSnapshot } from '../api/state.js';

export function initialState(version: string): StateSnapshot {
  return {
    version,
    worker: {
      status: 'stopped',
      reason: 'Not started',
      reasonCode: { key: 'worker.stopped', params: {} },
      since: Date.now(),
      pausedUntil: null,
      activeRequests: 0,
      tokensPerSecond: 0,
    },
    hardware: null,
    model: null,
    engine: null,
    models: { downloads: [], proposal: null, needsChoice: false, switchingTo: null },
    earnings: {
      todayNano: '0',
      totalNano: '0',
      pendingNano: '0',
      claimedNano: '0',
      requestsServed: 0,
      tokensServed: 0,
      nextClaim: null,
    },
    wallet: {
      linked: false,
      address: null,
      balanceNano: null,
      pending: false,
      error: null,
      errorCode: null,
      nodeWallet: null,
    },
    availability: {
      decision: 'serve',
      reason: 'Always available',
      reasonCode: { key: 'availability.always', params: {} },
    },
    network: {
      mode: 'devnet',
      label: '',
      clientUrl: null,
      root: {
        address: null,
        status: 'reading',
        detail: 'not read yet',
        readAt: null,
        version: null,
        isTest: null,
        pricePerToken: null,
        workerFeePerToken: null,
        multipliers: null,
        registeredProxies: 0,
      },
      proxies: [],
    },
    bench: { running: false, progress: null, result: null, rerunReasons: [], error: null },
    telemetry: { temperatureC: null, utilizationPct: null, vramUsedMb: null, powerW: null },
    notices: [],
  };
}
