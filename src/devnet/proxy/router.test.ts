import { describe, expect, it } from 'vitest';
import { chooseConnection, decayAverage, type RouteCandidate } from './router.js';

const c = (id: number, over: Partial<RouteCandidate> = {}): RouteCandidate => ({
  id,
  baseModel: 'm',
  ready: true,
  enabled: true,
  running: 0,
  cap: 2,
  coefficient: 1000,
  averageMs: 1000,
  reputation: 1,
  ...over,
});

describe('routing', () => {
  it('skips connections that are not ready, disabled, full, of another model or too expensive', () => {
    const list = [
      c(1, { ready: false }),
      c(2, { enabled: false }),
      c(3, { running: 2 }),
      c(4, { baseModel: 'x' }),
      c(5, { coefficient: 2000 }),
    ];
    expect(chooseConnection(list, { baseModel: 'm', maxCoefficient: 1500 })).toBeNull();
    expect(chooseConnection(list, { baseModel: 'm' })?.id).toBe(5);
  });

  it('minimises running × average time, then prefers the better reputation', () => {
    expect(
      chooseConnection([c(1, { running: 1, averageMs: 500 }), c(2, { running: 1, averageMs: 300 })], {
        baseModel: 'm',
      })?.id,
    ).toBe(2);
    expect(chooseConnection([c(1, { running: 1 }), c(2)], { baseModel: 'm' })?.id).toBe(2);
    expect(
      chooseConnection([c(1, { reputation: 0.4 }), c(2, { reputation: 0.9 })], { baseModel: 'm' })?.id,
    ).toBe(2);
  });

  it('gives an encrypted request only to connections that negotiated protocol 3 or later', () => {
    const list = [c(1, { protoVersion: 2 }), c(2, { protoVersion: 3, running: 1 }), c(3)];
    expect(chooseConnection(list, { baseModel: 'm', minProto: 3 })?.id).toBe(2);
    expect(chooseConnection([c(1, { protoVersion: 2 })], { baseModel: 'm', minProto: 3 })).toBeNull();
    expect(chooseConnection(list, { baseModel: 'm' })?.id).toBe(1);
  });

  it('can be pinned to one connection (canaries)', () => {
    expect(chooseConnection([c(1), c(2, { running: 1 })], { baseModel: 'm', onlyId: 2 })?.id).toBe(2);
  });

  it('decays the average toward new samples', () => {
    expect(decayAverage(1000, 2000)).toBe(1200);
  });

  it('shares load between idle equals: the link that waited longest gets the next request', () => {
    const links = [c(1, { lastRoutedAt: 500 }), c(2, { lastRoutedAt: 100 }), c(3, { lastRoutedAt: 900 })];
    expect(chooseConnection(links, { baseModel: 'm' })?.id).toBe(2);
    expect(chooseConnection([c(1, { lastRoutedAt: 5 }), c(2)], { baseModel: 'm' })?.id).toBe(2);
  });
});
