// A decode speed before any benchmark: generating a token reads every weight once, so on a GPU decode is
// bound by memory bandwidth (tokens/s ≈ efficiency × bandwidth ÷ model bytes). Used only for the first-run
// proposal, labelled as a prediction; the benchmark replaces it with the owner's own measurement.

/** Published memory bandwidth (GB/s) of common cards, matched by a name fragment (most specific first). */
const BANDWIDTH_GBPS: ReadonlyArray<readonly [RegExp, number]> = [
  [/5090/, 1792],
  [/5080/, 960],
  [/5070 ti/i, 896],
  [/5070/, 672],
  [/5060 ti/i, 448],
  [/5060/, 448],
  [/4090/, 1008],
  [/4080 super/i, 736],
  [/4080/, 717],
  [/4070 ti super/i, 672],
  [/4070/, 504],
  [/4060 ti/i, 288],
  [/4060/, 272],
  [/3090 ti/i, 1008],
  [/3090/, 936],
  [/3080 ti/i, 912],
  [/3080/, 760],
  [/3070 ti/i, 608],
  [/3070/, 448],
  [/3060 ti/i, 448],
  [/3060/, 360],
  [/2080 ti/i, 616],
  [/2080/, 448],
  [/2070/, 448],
  [/2060/, 336],
  [/1080 ti/i, 484],
  [/1080/, 320],
  [/1070/, 256],
  [/7900 xtx/i, 960],
  [/7900 xt/i, 800],
  [/7900 gre/i, 576],
  [/7800 xt/i, 624],
  [/7700 xt/i, 432],
  [/7600/, 288],
  [/6950 xt/i, 576],
  [/6900 xt/i, 512],
  [/6800/, 512],
  [/6750 xt/i, 432],
  [/6700 xt/i, 384],
  [/6600/, 224],
  [/arc a770/i, 560],
  [/arc a750/i, 512],
  [/arc b580/i, 456],
  [/m[1-4] ultra/i, 800],
  [/m4 max/i, 546],
  [/m[1-3] max/i, 400],
  [/m4 pro/i, 273],
  [/m[1-3] pro/i, 200],
  [/apple m4/i, 120],
  [/apple m[1-3]/i, 100],
  [/h200/i, 4800],
  [/h100/i, 3350],
  [/a100/i, 1555],
  [/l40/i, 864],
  [/a6000/i, 768],
];

/** Dual-channel desktop memory, as far as one decode thread gets. */
const CPU_BANDWIDTH_GBPS = 40;
/** An unknown discrete GPU: a mid-range card. */
const UNKNOWN_GPU_BANDWIDTH_GBPS = 300;
/** Share of the bandwidth llama.cpp's decode reaches in practice. */
const EFFICIENCY = 0.6;

export function memoryBandwidthGBps(gpuName: string | null): { gbps: number; known: boolean } {
  if (gpuName === null) return { gbps: CPU_BANDWIDTH_GBPS, known: false };
  const hit = BANDWIDTH_GBPS.find(([re]) => re.test(gpuName));
  return hit ? { gbps: hit[1], known: true } : { gbps: UNKNOWN_GPU_BANDWIDTH_GBPS, known: false };
}

/** Predicted decode and prompt speeds for a model of `modelBytes` on this GPU (null: the CPU). */
export function predictSpeed(gpuName: string | null, modelBytes: number): { tgTps: number; ppTps: number } {
  const { gbps } = memoryBandwidthGBps(gpuName);
  const tgTps = (EFFICIENCY * gbps * 1e9) / Math.max(1, modelBytes);
  // Prompt processing is compute-bound and batches well: an order of magnitude faster on a GPU.
  return { tgTps, ppTps: tgTps * (gpuName === null ? 4 : 20) };
}
