import { readFile } from 'node:fs/promises';

/** The TLS files from the listener settings: paths, as a user picks them in a file dialog. */
export interface TlsFiles {
  certFile: string;
  keyFile: string;
  /** Set to require client certificates signed by this CA (mutual TLS, optional on the platform). */
  clientCaFile?: string;
}

/** The contents of the TLS files. */
export interface TlsMaterial {
  cert: Buffer;
  key: Buffer;
  clientCa?: Buffer;
}

/** Reads the TLS files, saying which setting points at a file that cannot be read. */
export async function readTlsFiles(files: TlsFiles): Promise<TlsMaterial> {
  const [cert, key, clientCa] = await Promise.all([
    readSetting('certificate', files.certFile),
    readSetting('private key', files.keyFile),
    files.clientCaFile === undefined ? undefined : readSetting('client CA', files.clientCaFile),
  ]);
  return clientCa === undefined ? { cert, key } : { cert, key, clientCa };
}

async function readSetting(what: string, path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot read the listener's TLS ${what} file ${path}: ${reason}`);
  }
}
