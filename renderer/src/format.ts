// Display helpers shared by the screens.
import type { TFunction } from 'i18next';
import { formatTon, levelName, type ReasonCode } from '../../src/api/index.js';
import { REASONS_NS } from './i18n/reasons.js';

export function formatTime(epochMs: number, lang: string): string {
  return new Date(epochMs).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' });
}

export function formatDateTime(epochMs: number, lang: string): string {
  return new Date(epochMs).toLocaleString(lang, {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
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
  // A shipped level the owner never renamed reads in the dashboard's language ("Тихий до 23:00").
  const { level, levelId } = code.params;
  if (typeof level === 'string' && typeof levelId === 'string')
    params['level'] = levelText(levelId, level, lang);
  return t(code.key, {
    ...params,
    ns: REASONS_NS,
    keySeparator: false,
    nsSeparator: false,
    defaultValue: fallback,
  });
}

/** A number in the locale's own format (Russian: "1,5" and a thin space between thousands). */
export function numberText(value: number, lang: string, digits = 1): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(value);
}

export type ByteUnit = 'kb' | 'mb' | 'gb';

/** Bytes in the largest binary unit that keeps the number at least 1 (e.g. 5.0 GB, 830 MB). */
export function byteParts(bytes: number): { value: number; unit: ByteUnit } {
  if (bytes >= 2 ** 30) return { value: bytes / 2 ** 30, unit: 'gb' };
  if (bytes >= 2 ** 20) return { value: bytes / 2 ** 20, unit: 'mb' };
  return { value: bytes / 2 ** 10, unit: 'kb' };
}

/** Whole hours and minutes of a duration in seconds (at least one minute, so "0 min" never shows). */
export function durationParts(seconds: number): { hours: number; minutes: number } {
  const total = Math.max(1, Math.ceil(seconds / 60));
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}

/** A level's name in the dashboard's language (the owner's own name when renamed). */
export function levelText(id: string, name: string, lang: string): string {
  return levelName(id, name, lang === 'ru' ? 'ru' : 'en');
}
