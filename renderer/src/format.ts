// Display helpers shared by the screens.
import type { TFunction } from 'i18next';
import type { ReasonCode } from '../../src/api/index.js';

export function formatTime(epochMs: number, lang: string): string {
  return new Date(epochMs).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' });
}

/** Translates a reason code; times (epoch ms params named until/at/resumesAt) are shown in local time. */
export function reasonText(t: TFunction, code: ReasonCode, fallback: string, lang: string): string {
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(code.params)) {
    params[k] = typeof v === 'number' && /until|at$|time/i.test(k) ? formatTime(v, lang) : v;
  }
  const text = t(code.key, { ...params, defaultValue: fallback });
  return text;
}
