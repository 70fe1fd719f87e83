// Summarises a V8 .cpuprofile: self time per group of code and the heaviest functions, as shares of the
// busy (non-idle) time, so a profile reads as "where did each token's main-thread time go".
export interface CpuProfile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }>;
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}

/** A window of the monotonic clock in µs (V8's profile clock is the same one as process.hrtime). */
export interface Window {
  fromUs: number;
  toUs: number;
}

const groups: Array<[string, (url: string, fn: string) => boolean]> = [
  ['idle', (_u, fn) => fn === '(idle)'],
  ['gc', (_u, fn) => fn === '(garbage collector)'],
  ['native_addon', (u, fn) => u === '' && fn !== '(program)' && fn !== '(root)'],
  ['program', (_u, fn) => fn === '(program)'],
  ['node_llama_cpp', (u) => u.includes('node-llama-cpp')],
  ['zod', (u) => u.includes('/zod/')],
  ['ipc_serialize', (u) => /node:internal\/(child_process|net|stream|streams|v8|buffer)/.test(u)],
  ['silkworm_engine', (u) => u.includes('/dist/src/engine/')],
  ['node_internal', (u) => u.startsWith('node:')],
];

export function summarizeProfile(
  p: CpuProfile,
  window: Window = { fromUs: 0, toUs: Infinity },
): {
  busy_ms: number;
  groups: Record<string, number>;
  top: Array<{ fn: string; where: string; share: number }>;
} {
  const self = new Map<number, number>();
  let at = p.startTime;
  p.samples.forEach((id, i) => {
    const dt = p.timeDeltas[i] ?? 0;
    at += dt;
    if (at >= window.fromUs && at <= window.toUs) self.set(id, (self.get(id) ?? 0) + dt);
  });
  const byGroup = new Map<string, number>();
  const byFn = new Map<string, number>();
  let busy = 0;
  for (const n of p.nodes) {
    const us = self.get(n.id) ?? 0;
    if (us === 0) continue;
    const { url, functionName } = n.callFrame;
    const group = groups.find(([, match]) => match(url, functionName))?.[0] ?? 'other';
    byGroup.set(group, (byGroup.get(group) ?? 0) + us);
    if (group === 'idle') continue;
    busy += us;
    const where = url.replace(/^.*node_modules\//, '').replace(/^.*\/dist\//, '');
    const key = `${functionName || '(anonymous)'}\t${where}:${n.callFrame.lineNumber + 1}`;
    byFn.set(key, (byFn.get(key) ?? 0) + us);
  }
  const share = (us: number): number => Number(((us / Math.max(busy, 1)) * 100).toFixed(1));
  return {
    busy_ms: Math.round(busy / 1000),
    groups: Object.fromEntries(
      [...byGroup].filter(([g]) => g !== 'idle').map(([g, us]) => [g, share(us)] as [string, number]),
    ),
    top: [...byFn]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([k, us]) => {
        const [fn = '', where = ''] = k.split('\t');
        return { fn, where, share: share(us) };
      }),
  };
}
