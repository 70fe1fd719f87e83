// The price of quiet, from the owner's own benchmark: for every level, the decode speed under its duty cap
// and a whole day's earnings at it. A duty cap bounds the share of time the GPU decodes, so it costs
// tokens only where the network would keep the GPU busier than the cap allows: a day's busy share is the
// lower of the estimate's utilisation and the cap. Each level is priced at its share of the coefficient,
// and draws at most its power limit while busy.
import type { EstimateWire } from '../bench/bench-schema.js';
import type { BenchWiring } from './bench.js';
import type { LevelEstimate } from '../api/throttle.js';
import { isOff, type Level } from '../availability/levels-schema.js';
import { levelCoefficient } from '../availability/levels.js';

/** What BenchWiring.estimate takes: the owner's inputs of the estimate. */
export type EstimateRequest = Parameters<BenchWiring['estimate']>[0];

export async function levelEstimates(
  levels: Level[],
  baseCoefficient: number,
  req: EstimateRequest,
  estimate: (req: EstimateRequest) => Promise<EstimateWire>,
): Promise<LevelEstimate[]> {
  const full = await estimate({ ...req, hoursPerWeek: 168 });
  const { tgTps, utilization, gpuWatts } = full.inputs;
  const base = req.coefficient ?? baseCoefficient;
  const out: LevelEstimate[] = [];
  for (const level of levels) {
    const named = { id: level.id, name: level.name, color: level.color };
    if (isOff(level)) {
      out.push({ ...named, tokensPerSecond: 0, grossNanoPerDay: '0', netNanoPerDay: '0', watts: 0 });
      continue;
    }
    const watts = Math.min(gpuWatts, level.powerLimitW ?? Infinity);
    const e = await estimate({
      ...req,
      hoursPerWeek: 168,
      utilization: Math.min(utilization, level.dutyCap),
      coefficient: levelCoefficient(base, level),
      gpuWatts: watts,
    });
    out.push({
      ...named,
      tokensPerSecond: tgTps * level.dutyCap,
      grossNanoPerDay: e.grossNanoPerDay,
      netNanoPerDay: e.netNanoPerDay,
      watts,
    });
  }
  return out;
}
