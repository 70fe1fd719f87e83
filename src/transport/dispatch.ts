// The one place where a command from any transport is checked and run: the name must be in the
// contract, the payload must parse with its schema, and the answer is an envelope. Electron IPC and the
// HTTP server both call `dispatch`; nothing else routes commands.
import { z } from 'zod';
import {
  ApiError,
  commands,
  describeZodError,
  isCommandName,
  type CommandName,
  type CommandResponse,
  type Envelope,
  type ParsedRequest,
} from '../api/index.js';
import { errorMessage, type Logger } from '../logging/logger.js';

export type Handlers = { [K in CommandName]: (request: ParsedRequest<K>) => Promise<CommandResponse<K>> };

export type Dispatch = (name: string, payload: unknown) => Promise<Envelope<unknown>>;

export function createDispatcher(handlers: Handlers, log: Logger): Dispatch {
  return async (name, payload) => {
    if (!isCommandName(name)) {
      return { ok: false, error: { code: 'not_found', message: `unknown command "${name}"` } };
    }
    const spec = commands[name];
    const parsed = spec.request.safeParse(payload ?? {});
    if (!parsed.success) {
      const { field, message } = describeZodError(parsed.error);
      return { ok: false, error: { code: 'bad_request', message, field } };
    }
    try {
      const handler = handlers[name] as (request: unknown) => Promise<unknown>;
      const value: unknown = await handler(parsed.data);
      return { ok: true, value: (spec.response as z.ZodType).parse(value) };
    } catch (err) {
      if (err instanceof ApiError) return { ok: false, error: err.toBody() };
      log.error(`${name} failed: ${errorMessage(err)}`);
      return { ok: false, error: { code: 'internal', message: errorMessage(err) } };
    }
  };
}
