import { z } from 'zod';

/** Where a live profile's API is: a region preset, or any base URL (a test double, a proxy). */
const regionSchema = z.enum(['mumbai', 'singapore', 'custom']);

const listenerSchema = z.strictObject({
  host: z.string().min(1).default('127.0.0.1'),
  port: z.number().int().min(0).max(65_535).default(9001),
  tls: z.strictObject({ certFile: z.string().min(1), keyFile: z.string().min(1) }).optional(),
});

/**
 * A live account. The API token is deliberately not here: it is never written to a settings
 * file (the desktop app keeps it encrypted; the CLI reads LEGFLOW_API_TOKEN).
 */
export const liveProfileSchema = z
  .strictObject({
    // Not refused here when it is "Simulator": a file written before that name was reserved
    // must still load. The Settings dialog refuses it on save (shared/ipc profileNameSchema).
    name: z.string().min(1).max(60),
    region: regionSchema.default('mumbai'),
    baseUrl: z.url().optional(),
    v3BaseUrl: z.url().optional(),
    accountSid: z.string().min(1),
    apiKey: z.string().min(1),
    defaultExophone: z.string().optional(),
    listener: listenerSchema.default({ host: '127.0.0.1', port: 9001 }),
    /** The public address the platform sends events to, e.g. grpc://events.example.com:443. */
    eventEndpoint: z
      .string()
      .regex(/^(grpcs?|https?):\/\//, 'must start with grpc://, https:// or http://')
      .optional(),
  })
  .refine((profile) => profile.region !== 'custom' || profile.baseUrl !== undefined, {
    message: 'a custom region needs a baseUrl',
    path: ['baseUrl'],
  });

export const settingsSchema = z.strictObject({
  format: z.literal('legflow.settings'),
  version: z.literal(1),
  profiles: z.array(liveProfileSchema).default([]),
  /** The Simulator profile's own settings; absent means its defaults (real-time speed). */
  simulator: z.strictObject({ speed: z.number().positive().max(1_000).default(1) }).optional(),
});

export type LiveProfile = z.infer<typeof liveProfileSchema>;
export type Settings = z.infer<typeof settingsSchema>;
