import { z } from 'zod';
import { command } from './define-contract';

/** Where a live account's API is: a region preset, or any base URL (a proxy, a test double). */
export const PROFILE_REGIONS = ['mumbai', 'singapore', 'custom'] as const;

/** The built-in profile's name: runs on the simulator. No live profile may take it. */
export const SIMULATOR_PROFILE = 'Simulator';

/** True for a name only the built-in profile may have, in any spelling. */
export const isReservedProfileName = (name: string) =>
  name.trim().toLowerCase() === SIMULATOR_PROFILE.toLowerCase();

/** A profile name: what `legflow run --profile` and the token's environment variable use. */
export const profileNameSchema = z
  .string()
  .trim()
  .min(1, 'give the profile a name')
  .max(60)
  .refine((name) => !isReservedProfileName(name), 'that name is the built-in Simulator’s');

/**
 * A live profile as the Settings dialog edits it. It mirrors electron/settings/settings-schema.ts
 * (which the backend checks again before writing) so the dialog can show errors inline before
 * anything is sent. Deliberately no token: that travels only in `settings.saveProfile`'s own
 * write-only field.
 */
export const profileFormSchema = z
  .object({
    name: profileNameSchema,
    region: z.enum(PROFILE_REGIONS),
    baseUrl: z.url('must be a URL such as https://api.example.com').optional(),
    v3BaseUrl: z.url().optional(),
    accountSid: z.string().trim().min(1, 'the account sid is needed'),
    apiKey: z.string().trim().min(1, 'the API key is needed'),
    defaultExophone: z.string().trim().min(1).optional(),
    listener: z.object({
      host: z.string().trim().min(1, 'the listener needs a host, e.g. 127.0.0.1'),
      port: z.number().int('a whole number').min(0).max(65_535, 'at most 65535'),
      tls: z
        .object({
          certFile: z.string().trim().min(1, 'the certificate file is needed'),
          keyFile: z.string().trim().min(1, 'the key file is needed'),
        })
        .optional(),
    }),
    eventEndpoint: z
      .string()
      .regex(/^(grpcs?|https?):\/\/\S+$/, 'must start with grpc://, grpcs://, https:// or http://')
      .optional(),
  })
  .refine((profile) => profile.region !== 'custom' || profile.baseUrl !== undefined, {
    message: 'a custom region needs a base URL',
    path: ['baseUrl'],
  });

export type ProfileForm = z.infer<typeof profileFormSchema>;

export const simulatorSettingsSchema = z.object({
  /** How much faster than real time the simulator's clock runs (1 = real time). */
  speed: z.number().positive('must be more than 0').max(1_000, 'at most 1000'),
});

export const settingsReplySchema = z.object({
  /** The settings file, for "where do my settings live". */
  path: z.string(),
  /** How tokens are kept here: encrypted by the OS (desktop) or read from the environment. */
  tokenStorage: z.enum(['encrypted', 'environment']),
  simulator: simulatorSettingsSchema,
  /** Each profile, with whether a token is available for it (never the token itself). */
  profiles: z.array(z.object({ profile: profileFormSchema, tokenStored: z.boolean() })),
  /** A settings file that could not be used: it was moved to `keptAs`, and why. */
  damaged: z.object({ keptAs: z.string(), problem: z.string() }).optional(),
});

export type SettingsReply = z.infer<typeof settingsReplySchema>;

const checkSchema = z.object({ ok: z.boolean(), message: z.string() });

export const connectionReportSchema = z.object({
  credentials: checkSchema,
  listener: checkSchema,
});

export type ConnectionReportReply = z.infer<typeof connectionReportSchema>;

/** Commands about settings and live-account profiles. */
export const SETTINGS_COMMANDS = {
  /** The settings, the Simulator's and every profile's, and any damaged-file notice. */
  'settings.get': command(z.undefined(), settingsReplySchema),
  /**
   * Adds or replaces a profile (`previousName` when it was renamed). A `token` is stored by the
   * secret store first, so a store that refuses (browser mode) leaves everything as it was.
   */
  'settings.saveProfile': command(
    z.object({
      profile: profileFormSchema,
      token: z.string().min(1).max(512).optional(),
      previousName: profileNameSchema.optional(),
    }),
    settingsReplySchema,
  ),
  'settings.removeProfile': command(z.object({ name: profileNameSchema }), settingsReplySchema),
  'settings.saveSimulator': command(simulatorSettingsSchema, settingsReplySchema),
  /** Whether the profile's stored credentials work and whether its event endpoint answers. */
  'settings.testConnection': command(z.object({ name: profileNameSchema }), connectionReportSchema),
};

/**
 * The environment variable browser mode and the CLI read a profile's token from; the same rule
 * as electron/settings/secret-store.ts's envTokenName (a unit test keeps the two together).
 */
export function tokenVariable(profileName: string): string {
  return `LEGFLOW_API_TOKEN_${profileName.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

/** What settings push to every window. */
export const SETTINGS_NOTIFICATIONS = {
  /** A profile or the simulator's settings were saved or removed (in this window or another). */
  'settings.changed': z.object({}),
};
