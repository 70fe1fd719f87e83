// Sizes, speeds and durations in the owner's language: locale number formats ("1,5 ГБ" in Russian) with
// translated unit names.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { byteParts, durationParts, numberText } from '../format.js';

export interface Units {
  bytes: (n: number) => string;
  /** Bytes per second as MB/s. */
  speed: (bytesPerSecond: number) => string;
  duration: (seconds: number) => string;
  count: (n: number) => string;
}

export function useUnits(): Units {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const bytes = useCallback(
    (n: number) => {
      const { value, unit } = byteParts(n);
      return t(`units.${unit}`, { value: numberText(value, lang, value < 10 ? 1 : 0) });
    },
    [t, lang],
  );
  const speed = useCallback(
    (bps: number) => t('units.mbps', { value: numberText(bps / 2 ** 20, lang, 1) }),
    [t, lang],
  );
  const duration = useCallback(
    (seconds: number) => {
      const { hours, minutes } = durationParts(seconds);
      return hours > 0 ? t('units.hoursMinutes', { hours, minutes }) : t('units.minutes', { minutes });
    },
    [t],
  );
  const count = useCallback((n: number) => numberText(n, lang, 0), [lang]);
  return useMemo(() => ({ bytes, speed, duration, count }), [bytes, speed, duration, count]);
}
