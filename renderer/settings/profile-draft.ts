import { profileFormSchema } from '../../shared/ipc';
import type { ProfileForm } from '../../shared/ipc';

/** A live profile as its form holds it: every field as typed, so nothing is lost mid-edit. */
export interface ProfileDraft {
  name: string;
  region: ProfileForm['region'];
  baseUrl: string;
  accountSid: string;
  apiKey: string;
  /** Write-only: empty means "keep the stored token". Never filled from the backend. */
  token: string;
  defaultExophone: string;
  listenerHost: string;
  listenerPort: string;
  eventEndpoint: string;
  certFile: string;
  keyFile: string;
}

export type DraftField = keyof ProfileDraft;

/** Errors to show beside each field, by field. */
export type DraftErrors = Partial<Record<DraftField, string>>;

export const EMPTY_DRAFT: ProfileDraft = {
  name: '',
  region: 'mumbai',
  baseUrl: '',
  accountSid: '',
  apiKey: '',
  token: '',
  defaultExophone: '',
  listenerHost: '127.0.0.1',
  listenerPort: '9001',
  eventEndpoint: '',
  certFile: '',
  keyFile: '',
};

/** The form's fields for a saved profile; the token stays empty (write-only). */
export function draftOf(profile: ProfileForm): ProfileDraft {
  return {
    name: profile.name,
    region: profile.region,
    baseUrl: profile.baseUrl ?? '',
    accountSid: profile.accountSid,
    apiKey: profile.apiKey,
    token: '',
    defaultExophone: profile.defaultExophone ?? '',
    listenerHost: profile.listener.host,
    listenerPort: String(profile.listener.port),
    eventEndpoint: profile.eventEndpoint ?? '',
    certFile: profile.listener.tls?.certFile ?? '',
    keyFile: profile.listener.tls?.keyFile ?? '',
  };
}

/** Where each schema path is shown in the form. */
const FIELD_OF_PATH: Readonly<Record<string, DraftField>> = {
  'listener.host': 'listenerHost',
  'listener.port': 'listenerPort',
  'listener.tls.certFile': 'certFile',
  'listener.tls.keyFile': 'keyFile',
};

/** An empty text field means "not set", the way the settings file leaves the key out. */
const optional = (text: string): string | undefined => text.trim() || undefined;

/**
 * Checks a draft with the contract's schema: the profile to send, or an error per field. TLS
 * takes both files or neither, so a half-filled pair is named rather than silently dropped.
 */
export function checkDraft(
  draft: ProfileDraft,
): { profile: ProfileForm; errors?: never } | { profile?: never; errors: DraftErrors } {
  const certFile = optional(draft.certFile);
  const keyFile = optional(draft.keyFile);
  const port = draft.listenerPort.trim() === '' ? Number.NaN : Number(draft.listenerPort);
  const parsed = profileFormSchema.safeParse({
    name: draft.name,
    region: draft.region,
    // Only a custom region has its own URL; a preset's field is hidden and ignored.
    baseUrl: draft.region === 'custom' ? optional(draft.baseUrl) : undefined,
    accountSid: draft.accountSid,
    apiKey: draft.apiKey,
    defaultExophone: optional(draft.defaultExophone),
    listener: {
      host: draft.listenerHost,
      port,
      tls: certFile || keyFile ? { certFile: certFile ?? '', keyFile: keyFile ?? '' } : undefined,
    },
    eventEndpoint: optional(draft.eventEndpoint),
  });
  if (parsed.success) return { profile: parsed.data };
  const errors: DraftErrors = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.join('.');
    const field = FIELD_OF_PATH[path] ?? (path as DraftField);
    const message =
      field === 'listenerPort' && Number.isNaN(port) ? 'a port number' : issue.message;
    errors[field] ??= message;
  }
  // zod skips an object's refinements once a field has the wrong type (a port that is not a
  // number), and a person should still hear about every problem at once.
  if (draft.region === 'custom' && !optional(draft.baseUrl)) {
    errors.baseUrl ??= 'a custom region needs a base URL';
  }
  return { errors };
}
