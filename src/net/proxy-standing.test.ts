import { describe, expect, it } from 'vitest';
import { readStanding, STANDING_HEADER } from './proxy-standing.js';

const h = (value: string) => [{ _: 'http.header' as const, name: STANDING_HEADER, value }];
const good = {
  lane: 'evaluation',
  checks: 3,
  failures: 1,
  withheld: '120',
  recent: [{ at: 60_000, ok: false, reason: 'log-probabilities differ: 0.120 > 0.03 nats' }],
};

describe('the standing a proxy sends', () => {
  it('reads the lane, the window and the last checks with their reasons', () => {
    const s = readStanding(h(JSON.stringify(good)), 5);
    expect(s).toEqual({ ...good, note: null, promoteAfter: null, demoted: false, receivedAt: 5 });
  });

  it('reads how many passes the evaluation lane needs, and whether the paid lane was lost', () => {
    const demoted = { ...good, promote_after: 3, demoted: true };
    expect(readStanding(h(JSON.stringify(demoted)))).toMatchObject({ promoteAfter: 3, demoted: true });
    // "demoted" only means something in the evaluation lane.
    const paid = { ...demoted, lane: 'paid' };
    expect(readStanding(h(JSON.stringify(paid)))).toMatchObject({ demoted: false });
    expect(readStanding(h(JSON.stringify({ ...good, promote_after: -2 })))?.promoteAfter).toBeNull();
  });

  it('ignores what is not the expected shape, never throws', () => {
    for (const bad of [
      'not json',
      '[]',
      'null',
      JSON.stringify({ ...good, lane: 'gold' }),
      JSON.stringify({ ...good, checks: -1 }),
      JSON.stringify({ ...good, withheld: 12 }),
      JSON.stringify({ ...good, withheld: '1e9' }),
      'x'.repeat(5000),
    ])
      expect(readStanding(h(bad))).toBeNull();
    expect(readStanding([])).toBeNull();
  });

  it('keeps printable ASCII only, caps failures at checks and drops malformed checks', () => {
    const s = readStanding(
      h(
        JSON.stringify({
          ...good,
          failures: 99,
          note: 'no reference\u0007 for model m',
          recent: [{ at: 1, ok: true, reason: 'ok\u202e' }, { at: 'x' }, 3],
        }),
      ),
    );
    expect(s?.failures).toBe(3);
    expect(s?.note).toBe('no reference? for model m');
    expect(s?.recent).toEqual([{ at: 1, ok: true, reason: 'ok?' }]);
  });
});
