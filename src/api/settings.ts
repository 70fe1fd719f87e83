// One settings schema with defaults and a version. Migrations between versions live in src/settings.
// Later capabilities add their fields to `settingsFields` and `settingsDefaults` (both, typed together).
import { z } from 'zod';
import { availabilitySettingsSchema, defaultAvailabilitySettings } from '../availability/settings-schema.js';

export const SETTINGS_VERSION = 2;

export const languages = ['auto', 'en', 'ru'] as const;
export type Language = (typeof languages)[number];

/** The owner-editable fields, without defaults (so a patch can name any subset). */
export const settingsFields = {
  /** UI language; "auto" follows the OS. */
  language: z.enum(languages),
  /** Launch the app when the owner logs in (desktop app only). */
  startAtLogin: z.boolean(),
  /** Start serving as soon as the app starts. */
  autoStart: z.boolean(),
  /** Price multiplier ×1000 advertised to proxies (1000 = the network's base price). */
  coefficient: z.number().int().min(0).max(999_999_999),
  /** Where to serve: the embedded devnet, or Cocoon proxies on real TON. */
  network: z
    .object({
      mode: z.enum(['devnet', 'remote']),
      /** Proxy worker ports, "host:port". */
      proxies: z.array(z.string().regex(/^[\w.-]+:\d{1,5}$/, 'expected host:port')).max(16),
      tonNetwork: z.enum(['mainnet', 'testnet']),
      tonEndpoint: z.url().nullable(),
      tonApiKey: z.string().max(200).nullable(),
      rootAddress: z.string().max(100).nullable(),
      /** Client requests per minute the embedded devnet sends (0: none). */
      devnetRequestsPerMinute: z.number().int().min(0).max(600),
    })
    .strict(),
  /** Schedules, games, idle, battery, thermal limits and caps. */
  availability: availabilitySettingsSchema,
  /** The served model: a catalog id, an imported/discovered id, or 'tiny' (the demo); null: not chosen yet. */
  model: z
    .object({
      selected: z.string().min(1).max(200).nullable(),
      /** The owner dismissed the first-run proposal (it is not shown again). */
      proposalDismissed: z.boolean(),
      /** CPU threads for the engine; null: chosen from the machine. */
      threads: z.number().int().min(1).max(256).nullable(),
    })
    .strict(),
  /** Claims on chain: an automatic claim waits until its fee is at most this share (0..1) of what it collects; "claim now" asks first above it. */
  payouts: z.object({ maxFeeShare: z.number().min(0.001).max(1) }).strict(),
  /** Desktop app updates (electron-updater, generic feed). */
  updates: z.object({ auto: z.boolean(), feedUrl: z.url().nullable() }).strict(),
};

type Fields = typeof settingsFields;
type Values = { [K in keyof Fields]: z.output<Fields[K]> };

export const settingsDefaults: Values = {
  language: 'auto',
  startAtLogin: false,
  autoStart: true,
  coefficient: 1000,
  network: {
    mode: 'devnet',
    proxies: [],
    tonNetwork: 'testnet',
    tonEndpoint: null,
    tonApiKey: null,
    rootAddress: null,
    devnetRequestsPerMinute: 12,
  },
  availability: defaultAvailabilitySettings(),
  model: { selected: null, proposalDismissed: false, threads: null },
  payouts: { maxFeeShare: 0.05 },
  updates: { auto: true, feedUrl: null },
};

function withDefaults<S extends z.ZodRawShape>(
  shape: S,
  defaults: { [K in keyof S]: z.output<S[K]> },
): { [K in keyof S]: z.ZodDefault<S[K]> } {
  const out: Record<string, z.ZodType> = {};
  for (const key of Object.keys(shape)) {
    const field = shape[key] as z.ZodType;
    out[key] = field.default(defaults[key] as never);
  }
  return out as { [K in keyof S]: z.ZodDefault<S[K]> };
}

export const settingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION).default(SETTINGS_VERSION),
  ...withDefaults(settingsFields, settingsDefaults),
});
export type Settings = z.infer<typeof settingsSchema>;

/** What `settings:update` accepts: any subset of the owner-editable fields, each validated. */
export const settingsPatchSchema = z.object(settingsFields).partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export function defaultSettings(): Settings {
  return settingsSchema.parse({});
}
