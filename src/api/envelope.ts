// Every crossing (Electron IPC, HTTP) answers with an envelope: a value, or an error with a code.
import { z } from 'zod';

export const apiErrorCodes = [
  'bad_request',
  'unauthorized',
  'not_found',
  'too_large',
  'conflict',
  'unavailable',
  'internal',
] as const;
export type ApiErrorCode = (typeof apiErrorCodes)[number];

export const apiErrorSchema = z.object({
  code: z.enum(apiErrorCodes),
  message: z.string(),
  field: z.string().optional(),
});
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** A typed error that crosses a process boundary as an envelope and is rebuilt on the other side. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly field: string | undefined;
  constructor(code: ApiErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.field = field;
  }
  toBody(): ApiErrorBody {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}

/** Turns a zod failure into a message that names the offending field, e.g. `forMs: must be > 0`. */
export function describeZodError(error: z.ZodError): { message: string; field: string } {
  const issue = error.issues[0];
  const path = issue ? issue.path.map(String) : [];
  if (issue?.code === 'unrecognized_keys') {
    const field = [...path, issue.keys[0] ?? '?'].join('.');
    return { field, message: `${field}: unknown field` };
  }
  const field = path.length > 0 ? path.join('.') : '(body)';
  return { field, message: `${field}: ${issue?.message ?? 'invalid'}` };
}
