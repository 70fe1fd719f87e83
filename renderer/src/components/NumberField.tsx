// A labelled whole-number input within limits; an optional checkbox turns the value off (null).
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  value: number | null;
  min: number;
  max: number;
  onChange: (v: number | null) => void;
  /** When set, the field can be switched off (null), labelled with this text. */
  offLabel?: string;
  fallback?: number;
  testId?: string;
}

export function NumberField({ label, value, min, max, onChange, offLabel, fallback = min, testId }: Props) {
  const { t } = useTranslation();
  const clamp = (n: number): number => Math.min(max, Math.max(min, Math.round(n)));
  return (
    <div className="field">
      <label className="field">
        <span>{label}</span>
        <input
          type="number"
          min={min}
          max={max}
          step={1}
          value={value ?? ''}
          disabled={value === null}
          data-testid={testId}
          onChange={(e) => {
            if (e.target.value !== '' && Number.isFinite(e.target.valueAsNumber))
              onChange(clamp(e.target.valueAsNumber));
          }}
        />
      </label>
      {offLabel !== undefined && (
        <label className="check">
          <input
            type="checkbox"
            checked={value === null}
            onChange={(e) => onChange(e.target.checked ? null : fallback)}
          />
          <span>{offLabel || t('schedule.gpuBusyOff')}</span>
        </label>
      )}
    </div>
  );
}
