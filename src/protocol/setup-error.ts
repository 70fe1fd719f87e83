// A connection that failed before it became a FramedConnection, with the step that failed.
import { errorMessage } from '../logging/logger.js';

export type SetupStage = 'tcp' | 'pow' | 'tls' | 'verify' | 'ready';

export class ConnectionSetupError extends Error {
  override readonly name = 'ConnectionSetupError';
  readonly stage: SetupStage;

  constructor(stage: SetupStage, cause: unknown) {
    super(`${stage}: ${errorMessage(cause)}`, { cause });
    this.stage = stage;
  }
}

/** Runs one setup step, tagging its failure with the stage. */
export async function step<T>(stage: SetupStage, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    throw err instanceof ConnectionSetupError ? err : new ConnectionSetupError(stage, err);
  }
}
