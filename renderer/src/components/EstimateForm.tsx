// The owner's inputs to the estimate; an empty field leaves the core's default (e.g. hours from the schedule).
import { useTranslation } from 'react-i18next';
import type { Estimate, EstimateRequest } from '../hooks/useEstimate.js';

export interface EstimateFields {
  hoursPerWeek: string;
  utilizationPct: string;
  kwhPrice: string;
  currency: string;
  tonPrice: string;
  gpuWatts: string;
}

export const emptyFields: EstimateFields = {
  hoursPerWeek: '',
  utilizationPct: '',
  kwhPrice: '',
  currency: '',
  tonPrice: '',
  gpuWatts: '',
};

function num(s: string, min: number, max: number): number | undefined {
  const v = Number(s.replace(',', '.'));
  return s.trim() === '' || !Number.isFinite(v) || v < min || v > max ? undefined : v;
}

/** Only the fields that hold a valid value are sent; the rest use the core's defaults. */
export function estimateRequest(f: EstimateFields): EstimateRequest {
  const utilization = num(f.utilizationPct, 0, 100);
  const tonPrice = num(f.tonPrice, 1e-9, 1_000_000);
  const r: EstimateRequest = {};
  const hours = num(f.hoursPerWeek, 0, 168);
  if (hours !== undefined) r.hoursPerWeek = hours;
  if (utilization !== undefined) r.utilization = utilization / 100;
  const kwh = num(f.kwhPrice, 0, 100);
  if (kwh !== undefined) r.kwhPrice = kwh;
  if (/^[\p{L}$€£¥₽]{1,8}$/u.test(f.currency.trim())) r.currency = f.currency.trim();
  if (tonPrice !== undefined) r.tonPrice = tonPrice;
  const watts = num(f.gpuWatts, 0, 5000);
  if (watts !== undefined) r.gpuWatts = watts;
  return r;
}

/** The values the core used, shown as placeholders so an empty field says what it stands for. */
function placeholders(d: Estimate['inputs'] | null): Partial<Record<keyof EstimateFields, string>> {
  if (!d) return {};
  return {
    hoursPerWeek: String(d.hoursPerWeek),
    utilizationPct: String(Math.round(d.utilization * 100)),
    kwhPrice: String(d.kwhPrice),
    currency: d.currency,
    gpuWatts: String(d.gpuWatts),
  };
}

export function EstimateForm(props: {
  value: EstimateFields;
  onChange: (f: EstimateFields) => void;
  defaults: Estimate['inputs'] | null;
}) {
  const { value, onChange } = props;
  const { t } = useTranslation();
  const hint = placeholders(props.defaults);
  const field = (
    key: keyof EstimateFields,
    label: string,
    attrs: { max?: number; step?: string; text?: boolean },
  ) => (
    <label className="field" key={key}>
      <span>{label}</span>
      <input
        type={attrs.text ? 'text' : 'number'}
        min={attrs.text ? undefined : 0}
        max={attrs.max}
        step={attrs.step}
        value={value[key]}
        placeholder={hint[key]}
        data-testid={`estimate-${key}`}
        onChange={(e) => onChange({ ...value, [key]: e.target.value })}
      />
    </label>
  );
  return (
    <fieldset className="estimate-form">
      <legend>{t('bench.yourInputs')}</legend>
      {field('hoursPerWeek', t('bench.hoursPerWeek'), { max: 168, step: '1' })}
      {field('utilizationPct', t('bench.utilization'), { max: 100, step: '1' })}
      {field('gpuWatts', t('bench.gpuWatts'), { max: 5000, step: '1' })}
      {field('kwhPrice', t('bench.kwhPrice'), { max: 100, step: '0.01' })}
      {field('currency', t('bench.currency'), { text: true })}
      {field('tonPrice', t('bench.tonPrice'), { step: '0.01' })}
    </fieldset>
  );
}
