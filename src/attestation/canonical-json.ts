// Canonical JSON: object keys sorted (by UTF-16 code units), no whitespace, no undefined. One value has
// exactly one encoding, so signatures over it are stable and a re-encoded report must match byte for byte.
export type CanonicalValue =
  null | boolean | number | string | CanonicalValue[] | { [key: string]: CanonicalValue };

export function canonicalJson(value: CanonicalValue): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k] ?? null)}`).join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value))
    throw new RangeError('canonical JSON has no NaN or Infinity');
  return JSON.stringify(value);
}
