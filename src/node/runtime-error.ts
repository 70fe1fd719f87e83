// Why the worker cannot serve right now, as a code the dashboard and the CLI can act on.
import type { ServingPlanCode } from './serving-plan.js';

export class RuntimeError extends Error {
  constructor(
    readonly code: ServingPlanCode,
    message: string,
  ) {
    super(message);
    this.name = 'RuntimeError';
  }
}
