// Events the core pushes to every subscriber (IPC and server-sent events). Never carries prompts.
import { z } from 'zod';
import { stateSnapshotSchema } from './state.js';

export const logLevels = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof logLevels)[number];

export const logLineSchema = z.object({
  time: z.number(),
  level: z.enum(logLevels),
  scope: z.string(),
  message: z.string(),
});
export type LogLine = z.infer<typeof logLineSchema>;

export const events = {
  'state:changed': stateSnapshotSchema,
  'log:line': logLineSchema,
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<K extends EventName> = z.output<Events[K]>;
export type EventMessage = { [K in EventName]: { event: K; payload: EventPayload<K> } }[EventName];

export const eventNames = Object.keys(events) as EventName[];
