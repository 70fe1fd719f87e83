import type { StateSnapshot } from '../../../src/api/index.js';
import { StatusCard } from '../components/StatusCard.js';
import { HardwareCard } from '../components/HardwareCard.js';
import { EarningsCard } from '../components/EarningsCard.js';
import type { ApiClient } from '../api/client.js';

export function Home(props: { state: StateSnapshot; client: ApiClient; run: (a: () => Promise<unknown>) => void }) {
  const { client, run } = props;
  return (
    <div className="grid">
      <StatusCard
        state={props.state}
        onPause={(forMs) => {
          run(() => client.call('worker:pause', forMs === undefined ? {} : { forMs }));
        }}
        onResume={() => {
          run(() => client.call('worker:resume', {}));
        }}
      />
      <EarningsCard state={props.state} />
      <HardwareCard hardware={props.state.hardware} />
    </div>
  );
}
