import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../storage/atomic-write';

/**
 * Where a profile's API token lives. Never a settings or flow file: the desktop app encrypts it
 * with the OS keychain (Electron's safeStorage), the CLI and browser mode read the environment.
 */
export interface SecretStore {
  get(profile: string): Promise<string | undefined>;
  set(profile: string, token: string): Promise<void>;
  remove(profile: string): Promise<void>;
}

/** `LEGFLOW_API_TOKEN_<PROFILE>` (upper case, non-alphanumerics as _), else `LEGFLOW_API_TOKEN`. */
export function envTokenName(profile: string): string {
  return `LEGFLOW_API_TOKEN_${profile.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

/** Tokens from environment variables; it cannot store one, and says how to give it instead. */
export class EnvSecretStore implements SecretStore {
  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}

  async get(profile: string): Promise<string | undefined> {
    return this.env[envTokenName(profile)] || this.env.LEGFLOW_API_TOKEN || undefined;
  }

  async set(profile: string, _token?: string): Promise<void> {
    throw new Error(
      `Here the API token is not stored: set ${envTokenName(profile)} (or LEGFLOW_API_TOKEN) in the environment before starting Legflow Studio.`,
    );
  }

  async remove(): Promise<void> {}
}

/** The OS keychain's encryption, as Electron's safeStorage offers it. */
export interface Encryption {
  encrypt(plain: string): Buffer;
  decrypt(cipher: Buffer): string;
}

/** Tokens encrypted by the OS, kept as base64 in a file of their own beside the settings. */
export class EncryptedSecretStore implements SecretStore {
  constructor(
    private readonly path: string,
    private readonly encryption: Encryption,
  ) {}

  async get(profile: string): Promise<string | undefined> {
    const cipher = (await this.read())[profile];
    return cipher === undefined
      ? undefined
      : this.encryption.decrypt(Buffer.from(cipher, 'base64'));
  }

  async set(profile: string, token: string): Promise<void> {
    const all = await this.read();
    all[profile] = this.encryption.encrypt(token).toString('base64');
    await writeFileAtomic(this.path, `${JSON.stringify(all, null, 2)}\n`);
  }

  async remove(profile: string): Promise<void> {
    const all = await this.read();
    delete all[profile];
    await writeFileAtomic(this.path, `${JSON.stringify(all, null, 2)}\n`);
  }

  private async read(): Promise<Record<string, string>> {
    const text = await readFile(this.path, 'utf8').catch(() => '{}');
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  }
}

/** Where to give the token, which depends on where tokens are kept here. */
export function missingTokenMessage(secrets: SecretStore, name: string): string {
  return secrets instanceof EnvSecretStore
    ? `No API token for “${name}”: set ${envTokenName(name)} (or LEGFLOW_API_TOKEN) in the environment before starting Legflow Studio.`
    : `No API token is stored for “${name}”: enter it in the profile and save.`;
}
