// TON amounts cross the API as decimal strings of nanotons (bigint inside the core).
import { z } from 'zod';

export const nanoTonSchema = z.string().regex(/^-?\d+$/, 'must be an integer amount of nanotons');

export const NANO_PER_TON = 1_000_000_000n;

/** Formats nanotons as TON with up to `digits` decimals, e.g. 1500000000n → "1.5". */
export function formatTon(nano: bigint | string, digits = 4): string {
  const n = typeof nano === 'string' ? BigInt(nano) : nano;
  const negative = n < 0n;
  const abs = negative ? -n : n;
  const whole = abs / NANO_PER_TON;
  const frac = (abs % NANO_PER_TON).toString().padStart(9, '0').slice(0, digits).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole.toString()}${frac ? `.${frac}` : ''}`;
}
