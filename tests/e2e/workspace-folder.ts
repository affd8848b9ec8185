import { readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The temporary workspace folder the browser-mode backend of an e2e worker reads and writes. */
export class WorkspaceFolder {
  constructor(readonly dir: string) {}

  path(name: string): string {
    return join(this.dir, name);
  }

  write(name: string, text: string): Promise<void> {
    return writeFile(this.path(name), text);
  }

  read(name: string): Promise<string> {
    return readFile(this.path(name), 'utf8');
  }

  async modifiedMs(name: string): Promise<number> {
    return (await stat(this.path(name))).mtimeMs;
  }

  /** Changes a file behind the app's back, as another editor would, a little later in time. */
  async changeBehindTheAppsBack(name: string, text: string): Promise<void> {
    const later = new Date((await this.modifiedMs(name)) + 2_000);
    await this.write(name, text);
    await utimes(this.path(name), later, later);
  }
}
