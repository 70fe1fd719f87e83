import { describe, expect, it } from 'vitest';
import { memoryBandwidthGBps, predictSpeed } from './predicted-speed.js';

describe('predicted decode speed', () => {
  it('matches the most specific card name', () => {
    expect(memoryBandwidthGBps('NVIDIA GeForce RTX 4070 Ti SUPER')).toEqual({ gbps: 672, known: true });
    expect(memoryBandwidthGBps('NVIDIA GeForce RTX 4070')).toEqual({ gbps: 504, known: true });
    expect(memoryBandwidthGBps('AMD Radeon RX 7900 XTX')).toEqual({ gbps: 960, known: true });
    expect(memoryBandwidthGBps('Some Future GPU').known).toBe(false);
  });

  it('scales inversely with the model size and is slower on the CPU', () => {
    const small = predictSpeed('NVIDIA GeForce RTX 4090', 5e9);
    const big = predictSpeed('NVIDIA GeForce RTX 4090', 20e9);
    expect(small.tgTps / big.tgTps).toBeCloseTo(4, 5);
    expect(small.tgTps).toBeGreaterThan(60);
    expect(small.tgTps).toBeLessThan(200);
    expect(predictSpeed(null, 5e9).tgTps).toBeLessThan(small.tgTps / 10);
  });
});
