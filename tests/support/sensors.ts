// A sensor snapshot with nothing in the way (no processes, no GPU table, idle and power unknown), for the
// availability policy's tests; `over` sets what a test is about.
import type { SensorSnapshot } from '../../src/availability/sensors.js';

export function quietSensors(over: Partial<SensorSnapshot> = {}): SensorSnapshot {
  return {
    processes: [],
    gpuProcesses: 'absent',
    inputIdleSeconds: 'unknown',
    gpuTemperatureC: null,
    onBattery: 'unknown',
    ownPids: new Set(),
    ...over,
  };
}
