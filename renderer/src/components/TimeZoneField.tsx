// The schedule's time zone: "system" (this computer's) or an IANA zone the browser knows.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export function TimeZoneField({ value, onChange }: { value: string; onChange: (zone: string) => void }) {
  const { t } = useTranslation();
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const here = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <label className="inline-field">
      <span>{t('schedule.timeZone')}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid="time-zone">
        <option value="system">{t('schedule.timeZoneSystem', { zone: here })}</option>
        {!zones.includes(value) && value !== 'system' && <option value={value}>{value}</option>}
        {zones.map((z) => (
          <option key={z} value={z} translate="no">
            {z}
          </option>
        ))}
      </select>
    </label>
  );
}
