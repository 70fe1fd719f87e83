// `npm run --silent perf` prints one JSON object with one section per capability. Each capability adds
// its section here: a name and a function that measures and returns flat numbers.
export type PerfSection = () => Promise<Record<string, number | string | null>>;

/**
 * A harness kept in the top-level perf/ folder (its own TypeScript project, built to dist/perf/): loaded by
 * URL, since the core does not import it.
 */
async function outsideSection(file: string, name: string): Promise<PerfSection> {
  const mod: unknown = await import(new URL(`../../perf/${file}`, import.meta.url).href);
  const section: unknown = typeof mod === 'object' && mod !== null ? (mod as Record<string, unknown>)[name] : undefined;
  if (typeof section !== 'function') throw new Error(`perf/${file} does not export ${name}`);
  return section as PerfSection;
}

export const perfSections: Record<string, () => Promise<PerfSection>> = {
  chain: async () => (await import('../chain/perf.js')).chainPerf,
  idle: async () => (await import('../daemon/idle-perf.js')).idlePerf,
  engine: async () => (await import('../engine/perf.js')).enginePerf,
  bench: async () => (await import('../bench/perf.js')).benchPerf,
  availability: async () => (await import('../node/yield-perf.js')).yieldPerf,
  protocol: async () => (await import('../protocol/perf.js')).protocolPerf,
  network: async () => (await import('../net/perf.js')).networkPerf,
  devnet: async () => (await import('../devnet/proxy/perf.js')).devnetPerf,
  serving: () => outsideSection('serving.js', 'servingPerf'),
  faults: () => outsideSection('faults.js', 'faultsPerf'),
};
