// The engine runtime's typed refusals; the sandbox child sends their codes to the host as they are.
export class RuntimeError extends Error {
  constructor(
    readonly code: 'not-loaded' | 'context-length-exceeded' | 'no-free-sequence',
    message: string,
  ) {
    super(message);
  }
}
