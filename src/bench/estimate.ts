// The owner's earnings estimate before starting: a pure function of the benchmark, the network's prices
// (root config, docs/protocol.md §5.1 and §7), the schedule, an assumed utilisation and electricity. Every input comes
// back next to the result so the dashboard can show what the numbers rest on.
import type { EstimateWire } from './bench-schema.js';

export interface Multipliers {
  prompt: number;
  cached: number;
  completion: number;
  reasoning: number;
}

export interface EstimateInput {
  /** Benchmark throughput: prompt processing and generation, tokens/s. */
  ppTps: number;
  tgTps: number;
  /** The assumed request: defaults match the benchmark sizes (pp512, tg128). */
  promptTokensPerRequest?: number;
  cachedTokensPerRequest?: number;
  completionTokensPerRequest?: number;
  pricePerTokenNano: bigint;
  workerFeePerTokenNano: bigint;
  multipliers: Multipliers;
  coefficient: number;
  hoursPerWeek: number;
  utilization?: number;
  gpuWatts: number;
  gpuWattsSource?: 'telemetry' | 'entered' | 'default';
  /** Extra draw while available but idle (0: the PC would be on anyway). */
  idleWatts?: number;
  kwhPrice: number;
  currency: string;
  /** Owner's currency per TON; null keeps electricity in its own currency only. */
  tonPrice: number | null;
}

export type ResolvedEstimateInput = Required<EstimateInput>;

export interface Estimate {
  inputs: ResolvedEstimateInput;
  secondsPerRequest: number;
  busyHoursPerDay: number;
  requestsPerDay: number;
  adjustedTokensPerRequest: number;
  grossNanoPerDay: bigint;
  grossNanoPerMonth: bigint;
  clientChargeNanoPerDay: bigint;
  kwhPerDay: number;
  electricityPerDay: number;
  electricityPerMonth: number;
  electricityNanoPerDay: bigint | null;
  electricityNanoPerMonth: bigint | null;
  netNanoPerDay: bigint | null;
  netNanoPerMonth: bigint | null;
  grossPerMonthCurrency: number | null;
  netPerMonthCurrency: number | null;
  assumptions: string[];
}

export class EstimateError extends Error {
  constructor(
    readonly code: 'bad-input',
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** Stated default: a new worker is busy about 30 % of the time it is available. */
export const DEFAULT_UTILIZATION = 0.3;
/** A month is an average calendar month. */
export const DAYS_PER_MONTH = 365.25 / 12;

/** docs/protocol.md §4.5: the C++ worker's adjustment, IEEE doubles in exactly this order. */
export function adjustTokens(n: number, coefficient: number, multiplier: number): number {
  return Math.trunc(n * (coefficient * 0.001) * multiplier * 0.0001);
}

function resolve(i: EstimateInput): ResolvedEstimateInput {
  const r: ResolvedEstimateInput = {
    ...i,
    promptTokensPerRequest: i.promptTokensPerRequest ?? 512,
    cachedTokensPerRequest: i.cachedTokensPerRequest ?? 0,
    completionTokensPerRequest: i.completionTokensPerRequest ?? 128,
    utilization: i.utilization ?? DEFAULT_UTILIZATION,
    gpuWattsSource: i.gpuWattsSource ?? 'entered',
    idleWatts: i.idleWatts ?? 0,
  };
  const bad = (field: string, why: string): never => {
    throw new EstimateError('bad-input', field, `${field} ${why}`);
  };
  const finite = (field: keyof ResolvedEstimateInput, min: number, max = Number.MAX_SAFE_INTEGER): void => {
    const v = r[field] as number;
    if (!Number.isFinite(v) || v < min || v > max) bad(field, `must be a number from ${min} to ${max}`);
  };
  finite('ppTps', Number.MIN_VALUE);
  finite('tgTps', Number.MIN_VALUE);
  finite('promptTokensPerRequest', 0);
  finite('cachedTokensPerRequest', 0, r.promptTokensPerRequest);
  finite('completionTokensPerRequest', 0);
  if (r.promptTokensPerRequest + r.completionTokensPerRequest === 0)
    bad('completionTokensPerRequest', 'and the prompt cannot both be 0');
  finite('coefficient', 0);
  finite('hoursPerWeek', 0, 168);
  finite('utilization', 0, 1);
  finite('gpuWatts', 0, 5000);
  finite('idleWatts', 0, 5000);
  finite('kwhPrice', 0);
  if (r.tonPrice !== null && !(Number.isFinite(r.tonPrice) && r.tonPrice > 0))
    bad('tonPrice', 'must be positive or null');
  if (r.pricePerTokenNano < 0n) bad('pricePerTokenNano', 'must not be negative');
  if (r.workerFeePerTokenNano < 0n) bad('workerFeePerTokenNano', 'must not be negative');
  for (const [k, v] of Object.entries(r.multipliers)) {
    if (!Number.isInteger(v) || v < 0)
      bad(`multipliers.${k}`, 'must be a non-negative integer (1/10000 units)');
  }
  return r;
}

/** Whole tokens, floored; the small allowance keeps 0.3 × 12 h from landing at 8639.999… requests. */
const wholeTokens = (x: number): bigint => BigInt(Math.floor(x * (1 + 1e-12)));

const toNano = (amount: number, tonPrice: number): bigint => BigInt(Math.round((amount / tonPrice) * 1e9));

export function estimateEarnings(input: EstimateInput): Estimate {
  const i = resolve(input);
  const fresh = i.promptTokensPerRequest - i.cachedTokensPerRequest;
  // Cached prompt tokens come from the KV cache and cost (almost) no compute time.
  const secondsPerRequest = fresh / i.ppTps + i.completionTokensPerRequest / i.tgTps;
  const availableHoursPerDay = i.hoursPerWeek / 7;
  const busyHoursPerDay = availableHoursPerDay * i.utilization;
  const requestsPerDay = (busyHoursPerDay * 3600) / secondsPerRequest;
  // No reasoning tokens assumed: a bench-sized model does not emit them (the multiplier is still shown).
  const adjustedTokensPerRequest =
    adjustTokens(fresh, i.coefficient, i.multipliers.prompt) +
    adjustTokens(i.cachedTokensPerRequest, i.coefficient, i.multipliers.cached) +
    adjustTokens(i.completionTokensPerRequest, i.coefficient, i.multipliers.completion);
  const tokensPerDay = requestsPerDay * adjustedTokensPerRequest;
  const tokensPerDayInt = wholeTokens(tokensPerDay);
  const grossNanoPerDay = tokensPerDayInt * i.workerFeePerTokenNano;
  const grossNanoPerMonth = wholeTokens(tokensPerDay * DAYS_PER_MONTH) * i.workerFeePerTokenNano;

  const kwhPerDay =
    (i.gpuWatts * busyHoursPerDay + i.idleWatts * (availableHoursPerDay - busyHoursPerDay)) / 1000;
  const electricityPerDay = kwhPerDay * i.kwhPrice;
  const electricityPerMonth = electricityPerDay * DAYS_PER_MONTH;
  const priced = i.tonPrice;
  const electricityNanoPerDay = priced === null ? null : toNano(electricityPerDay, priced);
  const electricityNanoPerMonth = priced === null ? null : toNano(electricityPerMonth, priced);
  const netNanoPerMonth =
    electricityNanoPerMonth === null ? null : grossNanoPerMonth - electricityNanoPerMonth;
  return {
    inputs: i,
    secondsPerRequest,
    busyHoursPerDay,
    requestsPerDay,
    adjustedTokensPerRequest,
    grossNanoPerDay,
    grossNanoPerMonth,
    clientChargeNanoPerDay: tokensPerDayInt * i.pricePerTokenNano,
    kwhPerDay,
    electricityPerDay,
    electricityPerMonth,
    electricityNanoPerDay,
    electricityNanoPerMonth,
    netNanoPerDay: electricityNanoPerDay === null ? null : grossNanoPerDay - electricityNanoPerDay,
    netNanoPerMonth,
    grossPerMonthCurrency: priced === null ? null : (Number(grossNanoPerMonth) / 1e9) * priced,
    netPerMonthCurrency:
      priced === null || netNanoPerMonth === null ? null : (Number(netNanoPerMonth) / 1e9) * priced,
    assumptions: [
      `busy ${Math.round(i.utilization * 100)} % of the ${i.hoursPerWeek} available hours a week`,
      `each request: ${i.promptTokensPerRequest} prompt tokens (${i.cachedTokensPerRequest} cached), ${i.completionTokensPerRequest} completion tokens, no reasoning tokens`,
      'one request at a time at the benchmark speed (batching on a GPU can only add to this)',
      `a month is ${DAYS_PER_MONTH} days`,
      i.idleWatts > 0
        ? `${i.idleWatts} W extra while available but idle`
        : 'no extra power while idle (the PC is on anyway)',
    ],
  };
}

/** The wire form for the API: nanotons as decimal strings. */
export function estimateToWire(e: Estimate): EstimateWire {
  const s = (v: bigint | null): string | null => (v === null ? null : v.toString());
  return {
    ...e,
    inputs: {
      ...e.inputs,
      pricePerTokenNano: e.inputs.pricePerTokenNano.toString(),
      workerFeePerTokenNano: e.inputs.workerFeePerTokenNano.toString(),
    },
    grossNanoPerDay: e.grossNanoPerDay.toString(),
    grossNanoPerMonth: e.grossNanoPerMonth.toString(),
    clientChargeNanoPerDay: e.clientChargeNanoPerDay.toString(),
    electricityNanoPerDay: s(e.electricityNanoPerDay),
    electricityNanoPerMonth: s(e.electricityNanoPerMonth),
    netNanoPerDay: s(e.netNanoPerDay),
    netNanoPerMonth: s(e.netNanoPerMonth),
  };
}

/** Parses the API's input form (nanotons as strings) into the core's. */
export function estimateInputFromWire(w: EstimateWire['inputs']): EstimateInput {
  return {
    ...w,
    pricePerTokenNano: BigInt(w.pricePerTokenNano),
    workerFeePerTokenNano: BigInt(w.workerFeePerTokenNano),
  };
}
