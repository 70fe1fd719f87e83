import { describe, expect, it } from 'vitest';
import { readStanding } from '../../net/proxy-standing.js';
import { DEFAULT_LANE_RULES, Standing } from './standing.js';
import { standingHeader } from './standing-header.js';

const header = (reason: string) => {
  const s = new Standing(DEFAULT_LANE_RULES, () => 120_000);
  s.record({ at: 120_000, kind: 'rescore', ok: false, reason, distance: 0.1 });
  const [name, value] = standingHeader(s.view());
  return readStanding([{ _: 'http.header', name, value }]);
};

describe('the standing header', () => {
  it('carries a failed check’s reason to the worker, its symbols spelled out in ASCII', () => {
    const r = header('log-probabilities differ: 0.083 > 0.03 nats — another model (≤ 5 of 500)');
    expect(r?.recent[0]).toMatchObject({
      ok: false,
      reason: 'log-probabilities differ: 0.083 > 0.03 nats - another model (<= 5 of 500)',
    });
  });

  it('cuts a long combined reason at a word, marked, within what the worker keeps', () => {
    const long = `${'1 of 10 checked tokens are outside what the sampler could pick; '.repeat(4)}the end`;
    const reason = header(long)?.recent[0]?.reason ?? '';
    expect(reason.length).toBeLessThanOrEqual(200);
    expect(reason.endsWith('...')).toBe(true);
    expect(long.startsWith(reason.slice(0, -3))).toBe(true);
    expect(long[reason.length - 3]).toBe(' '); // cut before a space, not inside a word
  });
});
