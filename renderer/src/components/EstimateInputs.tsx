// Every input the estimate used, next to it: measured speeds, network prices, the owner's figures.
import { useTranslation } from 'react-i18next';
import type { Estimate } from '../hooks/useEstimate.js';

type Inputs = Estimate['inputs'];
const order = [
  'ppTps',
  'tgTps',
  'promptTokensPerRequest',
  'cachedTokensPerRequest',
  'completionTokensPerRequest',
  'pricePerTokenNano',
  'workerFeePerTokenNano',
  'multipliers',
  'coefficient',
  'hoursPerWeek',
  'utilization',
  'gpuWatts',
  'idleWatts',
  'kwhPrice',
  'currency',
  'tonPrice',
] as const satisfies readonly (keyof Inputs)[];

export function EstimateInputs({ inputs }: { inputs: Inputs }) {
  const { t, i18n } = useTranslation();
  const n = (v: number, digits = 2): string =>
    v.toLocaleString(i18n.language, { maximumFractionDigits: digits });
  const show = (key: (typeof order)[number]): string => {
    switch (key) {
      case 'multipliers': {
        const m = inputs.multipliers;
        return [m.prompt, m.cached, m.completion, m.reasoning].map((x) => n(x / 10000, 4)).join(' / ');
      }
      case 'coefficient':
        return n(inputs.coefficient / 1000, 3);
      case 'utilization':
        return t('units.percent', { value: n(inputs.utilization * 100, 1) });
      case 'gpuWatts':
        return `${n(inputs.gpuWatts, 0)} (${t(`bench.wattsSource.${inputs.gpuWattsSource}`)})`;
      case 'tonPrice':
        return inputs.tonPrice === null ? t('bench.notSet') : `${n(inputs.tonPrice, 4)} ${inputs.currency}`;
      case 'currency':
      case 'pricePerTokenNano':
      case 'workerFeePerTokenNano':
        return inputs[key];
      default:
        return n(inputs[key], 1);
    }
  };
  return (
    <details className="advanced" open data-testid="estimate-inputs">
      <summary>{t('bench.inputs')}</summary>
      <dl>
        {order.map((key) => (
          <div key={key} className="dl-row">
            <dt>{t(`bench.inputNames.${key}`)}</dt>
            <dd translate="no">{show(key)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
