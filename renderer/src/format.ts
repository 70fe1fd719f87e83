// Display helpers shared by the screens.
import type { TFunction } from 'i18next';
import { formatTon, type ReasonCode } from '../../src/api/index.js';
import { REASONS_NS } from './i18n/reasons.js';

export function formatTime(epochMs: number, lang: string): string {
  return new Date(epochMs).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' });
}

export function formatDateTime(epochMs: number, lang: string): string {
  return new Date(epochMs).toLocaleString(lang, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

/** TON with the locale's decimal separator (formatTon keeps full bigint precision). */
export function tonText(nano: string, lang: string, digits = 4): string {
  const s = formatTon(nano, digits);
  return lang === 'ru' ? s.replace('.', ',') : s;
}

/**
 * Translates a reason code; numeric times (params named until/at/time, epoch ms) are shown in local
 * time. Unknown keys fall back to the core's English text.
 */
export function reasonText(t: TFunction, code: ReasonCode, fallback: string, lang: string): string {
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(code.params)) {
    params[k] = typeof v === 'number' && /until|at$|time/i.test(k) ? formatTime(v, lang) : v;
  }
  return t(code.key, { ...params, ns: REASONS_NS, keySeparator: false, nsSeparator: false, defaultValue: fallback });
}
