// Windows: a job object whose active-process limit is 1 forbids the child any process of its own, and
// kill-on-close ends it with its supervisor. Node cannot create job objects without native code, so this
// takes a helper program (`jobHelper`): it must create the job with this configuration, start the command
// after `--` suspended, assign it to the job, resume it, pass stdio and the IPC handle through, and exit
// with the child's code. No helper ships yet: without one the child runs under the permission model only,
// and the policy says so. Written without a Windows machine to run it on.
import type { Confinement, ConfinementWrapper } from './confinement.js';

export interface JobObjectConfig {
  /** JOB_OBJECT_LIMIT_ACTIVE_PROCESS with ActiveProcessLimit 1: the child itself and nothing else. */
  activeProcessLimit: 1;
  /** JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE: the child ends when the helper (and its handle) goes. */
  killOnJobClose: true;
  /** JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION: no error-reporting process is started on a crash. */
  dieOnUnhandledException: true;
}

export const jobObjectConfig: JobObjectConfig = {
  activeProcessLimit: 1,
  killOnJobClose: true,
  dieOnUnhandledException: true,
};

export function jobObjectArgs(config: JobObjectConfig): string[] {
  return [
    `--active-process-limit=${config.activeProcessLimit}`,
    ...(config.killOnJobClose ? ['--kill-on-job-close'] : []),
    ...(config.dieOnUnhandledException ? ['--die-on-unhandled-exception'] : []),
    '--',
  ];
}

export function jobObjectPlan(helper: string): { applied: Confinement; wrapper: ConfinementWrapper } {
  return {
    applied: {
      kind: 'job-object',
      network: false,
      processes: true,
      filesystem: false,
      detail: `job object through ${helper}: no processes of its own; network and files under the permission model`,
    },
    wrapper: { command: helper, args: jobObjectArgs(jobObjectConfig), execsInPlace: false },
  };
}
