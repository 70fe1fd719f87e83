// Benchmark: run it (progress pushed in the state), see pp/tg tokens/s, the backends, and the estimate.
import type { StateSnapshot } from '../../../src/api/index.js';
import type { ApiClient } from '../api/client.js';
import { BenchRunCard } from '../components/BenchRunCard.js';
import { BenchResultCard } from '../components/BenchResultCard.js';
import { BackendsCard } from '../components/BackendsCard.js';
import { EstimateCard } from '../components/EstimateCard.js';
import { LevelEstimatesCard } from '../components/LevelEstimatesCard.js';
import { useHardwareDetails } from '../hooks/useHardwareDetails.js';

export function Bench(props: {
  state: StateSnapshot;
  client: ApiClient;
  run: (a: () => Promise<unknown>) => void;
}) {
  const { client, run } = props;
  const { bench } = props.state;
  const { details } = useHardwareDetails(client);
  return (
    <div className="grid" data-testid="bench-screen">
      <BenchRunCard
        bench={bench}
        onRun={() => run(() => client.call('bench:run', {}))}
        onCancel={() => run(() => client.call('bench:cancel', {}))}
      />
      {bench.result && <BenchResultCard result={bench.result} rerunReasons={bench.rerunReasons} />}
      {details && <BackendsCard details={details} />}
      <EstimateCard client={client} resultAt={bench.result?.at ?? null} />
      <LevelEstimatesCard client={client} resultAt={bench.result?.at ?? null} />
    </div>
  );
}
