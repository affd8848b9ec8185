import { z } from 'zod';

const portSchema = z.number().int().min(0).max(65_535);

/**
 * The listener's settings, as they come from the settings file or the command line; parsed here
 * because they cross a boundary. Every field has a default, so `{}` is a working listener.
 */
export const listenerSettingsSchema = z.object({
  /** Interface to bind. Loopback by default: reaching it from the internet is a choice. */
  host: z.string().min(1).default('127.0.0.1'),
  /** The gRPC port; 9001 is the reference's example `grpc://127.0.0.1:9001`. 0 picks a free one. */
  port: portSchema.default(9001),
  /** Certificate and key (PEM files); the platform requires TLS in production. Both endpoints use them. */
  tls: z
    .object({
      certFile: z.string().min(1),
      keyFile: z.string().min(1),
      clientCaFile: z.string().min(1).optional(),
    })
    .optional(),
  /** The HTTPS JSON alternative; off unless given. */
  http: z
    .object({
      /** Defaults to the gRPC host. */
      host: z.string().min(1).optional(),
      port: portSchema.default(9002),
      basicAuth: z.object({ username: z.string().min(1), password: z.string() }).optional(),
      maxBodyBytes: z.number().int().positive().default(1_048_576),
    })
    .optional(),
  /** How long each event may wait for older events of its leg; see reorder-buffer.ts. */
  reorderWindowMs: z.number().int().min(0).max(5_000).default(75),
  /** How many recent event sids are remembered to drop repeats. */
  dedupeCapacity: z.number().int().min(1).default(10_000),
  /** How many events of not-yet-assigned legs are kept for the run that claims them. */
  backlogCapacity: z.number().int().min(0).default(1_000),
  /** How long close() lets calls in progress finish before cutting them off. */
  shutdownTimeoutMs: z.number().int().min(0).default(2_000),
  /** The event .proto; found under `proto/` above the app when not given. */
  protoFile: z.string().min(1).optional(),
});

/** Listener settings as written; any field may be left out. */
export type ListenerSettingsInput = z.input<typeof listenerSettingsSchema>;

/** Listener settings with every default filled in. */
export type ListenerSettings = z.output<typeof listenerSettingsSchema>;

/** Parses listener settings, with one readable error naming every bad field. */
export function parseListenerSettings(input: unknown): ListenerSettings {
  const parsed = listenerSettingsSchema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`Invalid listener settings: ${problems.join('; ')}`);
}
