// Every command the renderer, the CLI or a script can send to the core, listed once.
// Transports (Electron IPC, HTTP) and the typed clients are derived from this table; nothing else
// defines channels. Names are `domain:verb`.
import { z } from 'zod';
import { settingsPatchSchema, settingsSchema } from './settings.js';
import { stateSnapshotSchema } from './state.js';
import {
  earningsQuerySchema,
  earningsViewSchema,
  claimViewSchema,
  claimRequestSchema,
  claimResultSchema,
  sweepQuoteSchema,
  sweepRequestSchema,
} from './earnings.js';
import { linkOfferSchema } from './wallet.js';
import { estimateRequestSchema, estimateSchema, hardwareDetailsSchema } from './bench.js';
import { logLineSchema } from './events.js';
import { modelCommands } from './models.js';
import { throttleCommands } from './throttle.js';

const empty = z.object({}).strict();

/** Longest pause the owner can ask for in one go: a week. */
export const MAX_PAUSE_MS = 7 * 24 * 3600 * 1000;

export const commands = {
  'state:get': { request: empty, response: stateSnapshotSchema },
  'worker:start': { request: empty, response: stateSnapshotSchema },
  /** Pause for a while (`forMs`), until tomorrow morning, or (neither) until the owner resumes. */
  'worker:pause': {
    request: z
      .object({
        forMs: z.number().int().positive().max(MAX_PAUSE_MS).optional(),
        until: z.enum(['tomorrow']).optional(),
      })
      .strict(),
    response: stateSnapshotSchema,
  },
  'worker:resume': { request: empty, response: stateSnapshotSchema },
  'settings:get': { request: empty, response: settingsSchema },
  'settings:update': { request: z.object({ patch: settingsPatchSchema }).strict(), response: settingsSchema },
  'logs:get': { request: empty, response: z.object({ lines: z.array(logLineSchema) }) },
  'earnings:get': { request: earningsQuerySchema, response: earningsViewSchema },
  /**
   * "Claim now": submit the best signed payments on chain regardless of the threshold. A claim whose fee
   * (emulated first) exceeds the allowed share is not sent but listed in `refused` unless `force`.
   */
  'earnings:claim': { request: claimRequestSchema, response: claimResultSchema },
  'wallet:link': { request: empty, response: linkOfferSchema },
  'wallet:unlink': { request: empty, response: stateSnapshotSchema },
  /** What the node wallet holds for the owner (payouts from before the link) and what sending it on costs. */
  'wallet:sweep-quote': { request: empty, response: sweepQuoteSchema },
  /** Sends it, with the figures of the quote the owner confirmed (refused if a fresh quote differs). */
  'wallet:sweep': { request: sweepRequestSchema, response: z.object({ sweep: claimViewSchema }) },
  /** Starts the benchmark (serving pauses while it runs); progress and the result arrive in the state. */
  'bench:run': { request: empty, response: stateSnapshotSchema },
  'bench:cancel': { request: empty, response: stateSnapshotSchema },
  /** GPUs, usable llama.cpp backends (probed), CPU and RAM. */
  'bench:hardware': { request: empty, response: hardwareDetailsSchema },
  /** TON per day and month from the saved benchmark, the network's prices and the owner's inputs. */
  'bench:estimate': { request: estimateRequestSchema, response: estimateSchema },
  ...modelCommands,
  ...throttleCommands,
} as const;

export type Commands = typeof commands;
export type CommandName = keyof Commands;
export type CommandRequest<K extends CommandName> = z.input<Commands[K]['request']>;
export type ParsedRequest<K extends CommandName> = z.output<Commands[K]['request']>;
export type CommandResponse<K extends CommandName> = z.output<Commands[K]['response']>;

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(commands, name);
}

/** Largest request body any transport accepts (bytes). */
export const MAX_REQUEST_BYTES = 64 * 1024;
