// The outside world the availability policy looks at, behind small interfaces. Real implementations live
// next to this file (process-lister, nvidia-smi, idle-source, battery); tests feed fakes for what a test
// machine lacks (a game, a hot GPU, a battery).

export interface ProcessInfo {
  pid: number;
  /** Short name: /proc comm on Linux (15 chars at most), the image name elsewhere. */
  name: string;
  /** Full executable path, when the OS tells us (null for other users' processes on Linux). */
  exe: string | null;
  /** argv[0] as given at exec: for Proton/Wine games this is the Windows game path while exe is wine. */
  argv0: string | null;
}

export interface ProcessSource {
  list(): Promise<ProcessInfo[]>;
}

export type GpuProcessType = 'C' | 'G' | 'C+G';

export interface GpuProcess {
  pid: number;
  name: string;
  type: GpuProcessType;
  /** GPU memory in MB; null where the driver does not say (graphics apps under Windows WDDM). */
  usedMb: number | null;
}

/** GPU readings from the vendor tool: 'absent' when there is no such tool or GPU here. */
export interface GpuReadings {
  processes: GpuProcess[] | 'absent';
  temperatureC: number | null;
}

export interface GpuSource {
  read(): Promise<GpuReadings>;
}

/** Seconds since the last keyboard/mouse input, or 'unknown' where the system cannot tell. */
export interface InputIdleSource {
  idleSeconds(): Promise<number | 'unknown'>;
}

/** Whether the machine runs on battery now; 'unknown' where it cannot tell. */
export interface PowerSource {
  onBattery(): Promise<boolean | 'unknown'>;
}

/** One snapshot of everything the policy needs besides the clock, the settings and the override. */
export interface SensorSnapshot {
  processes: ProcessInfo[];
  gpuProcesses: GpuProcess[] | 'absent';
  inputIdleSeconds: number | 'unknown';
  gpuTemperatureC: number | null;
  onBattery: boolean | 'unknown';
  /** Our own pids (the inference sandbox) which use the GPU legitimately. */
  ownPids: ReadonlySet<number>;
}
