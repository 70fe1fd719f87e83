// `npm run --silent perf` prints one JSON object with one section per capability. Each capability adds
// its section here: a name and a function that measures and returns flat numbers. The harnesses live in
// perf/ (its own TypeScript project, built to dist/perf/), never under src/, so none of them ships.
export type PerfSection = () => Promise<Record<string, number | string | null>>;

export const perfSections: Record<string, () => Promise<PerfSection>> = {
  chain: async () => (await import('./chain.js')).chainPerf,
  idle: async () => (await import('./idle.js')).idlePerf,
  engine: async () => (await import('./engine.js')).enginePerf,
  bench: async () => (await import('./bench.js')).benchPerf,
  availability: async () => (await import('./availability.js')).yieldPerf,
  protocol: async () => (await import('./protocol.js')).protocolPerf,
  network: async () => (await import('./network.js')).networkPerf,
  devnet: async () => (await import('./devnet.js')).devnetPerf,
  serving: async () => (await import('./serving.js')).servingPerf,
  faults: async () => (await import('./faults.js')).faultsPerf,
  throttle: async () => (await import('./throttle.js')).throttlePerf,
  anchors: async () => (await import('./anchors.js')).anchorsPerf,
  verification: async () => (await import('./verification.js')).verificationPerf,
};
