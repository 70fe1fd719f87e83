// The shape of one GPU sensor reading, zod only (no Node), so any layer may parse or name it.
import { z } from 'zod';

/** One telemetry reading; null means the platform does not report it (never a made-up zero). */
export const gpuTelemetrySchema = z.object({
  at: z.number(),
  gpus: z.array(
    z.object({
      index: z.number().int().nonnegative(),
      name: z.string(),
      temperatureC: z.number().nullable(),
      utilizationPct: z.number().min(0).max(100).nullable(),
      vramUsedMb: z.number().nonnegative().nullable(),
      vramTotalMb: z.number().nonnegative().nullable(),
      powerW: z.number().nonnegative().nullable(),
    }),
  ),
  /** 'nvidia-smi' or 'sysfs' (the Linux kernel's DRM/hwmon files) when read; 'absent' when nothing here reports GPU sensors. */
  source: z.enum(['nvidia-smi', 'sysfs', 'absent']),
});
export type GpuTelemetry = z.infer<typeof gpuTelemetrySchema>;
