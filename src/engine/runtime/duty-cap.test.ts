// The duty cap against real work: each "step" spins the CPU for a few ms (what a decode step does to the
// GPU), and the test measures busy ÷ wall itself. Ratios only, bounded in count and time.
import { describe, expect, it } from 'vitest';
import { DutyCap, DutyCapError } from './duty-cap.js';

function spin(ms: number): number {
  const t0 = performance.now();
  while (performance.now() - t0 < ms) {
    /* a decode step's worth of work */
  }
  return performance.now() - t0;
}

/** Runs `steps` steps of ~stepMs on one lane; returns busy ÷ wall as the test measured it. */
async function stream(cap: DutyCap, steps: number, stepMs: number): Promise<number> {
  const lane = cap.enter();
  const t0 = performance.now();
  let busy = 0;
  try {
    for (let i = 0; i < steps; i++) {
      busy += spin(stepMs);
      await lane.step();
    }
  } finally {
    lane.leave();
  }
  return busy / (performance.now() - t0);
}

describe('DutyCap', () => {
  it('holds a sustained stream within 10 % of the cap', async () => {
    const cap = new DutyCap();
    cap.set(0.4);
    const share = await stream(cap, 150, 4);
    expect(share / 0.4).toBeGreaterThan(0.9);
    expect(share / 0.4).toBeLessThan(1.1);
  }, 30_000);

  it('with no cap it never waits', async () => {
    const cap = new DutyCap();
    expect(await stream(cap, 50, 2)).toBeGreaterThan(0.9);
  }, 30_000);

  it('counts two lanes decoding together once, not twice', async () => {
    const cap = new DutyCap();
    cap.set(0.5);
    const a = cap.enter();
    const b = cap.enter();
    const t0 = performance.now();
    let busy = 0;
    for (let i = 0; i < 60; i++) {
      busy += spin(3); // one batched step carries both lanes
      await Promise.all([a.step(), b.step()]);
    }
    a.leave();
    b.leave();
    const share = busy / (performance.now() - t0);
    expect(share / 0.5).toBeGreaterThan(0.85);
    expect(share / 0.5).toBeLessThan(1.1);
  }, 30_000);

  it('a new cap wakes a parked lane at once', async () => {
    const cap = new DutyCap();
    cap.set(0.05);
    const lane = cap.enter();
    spin(40); // owes ~760 ms of rest under a 5 % cap
    const parked = lane.step();
    const t0 = performance.now();
    setTimeout(() => cap.set(1), 20);
    await parked;
    expect(performance.now() - t0).toBeLessThan(400);
    lane.leave();
  }, 30_000);

  it('idle time pays a debt but banks no credit', async () => {
    const cap = new DutyCap();
    cap.set(0.5);
    await stream(cap, 10, 3);
    await new Promise((r) => setTimeout(r, 200));
    // After a rest the next stream is held to the cap from its first steps, not let run at full speed.
    const share = await stream(cap, 40, 3);
    expect(share).toBeLessThan(0.55);
  }, 30_000);

  it('refuses a share outside (0, 1]', () => {
    const cap = new DutyCap();
    expect(() => cap.set(0)).toThrow(DutyCapError);
    expect(() => cap.set(1.5)).toThrow(DutyCapError);
    expect(() => cap.set(Number.NaN)).toThrow(DutyCapError);
  });
});
