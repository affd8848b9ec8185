import { z } from 'zod';
import { command } from './define-contract';

/** Which carrier the UI is on: the desktop app's IPC, or browser mode's WebSocket. */
export const APP_PLATFORMS = ['electron', 'web'] as const;

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.enum(APP_PLATFORMS),
  /** The workspace folder, as an absolute path, for showing where files are saved. */
  workspace: z.string(),
});

export type AppInfo = z.infer<typeof appInfoSchema>;

/** Commands about the app itself. */
export const APP_COMMANDS = {
  /** Who is answering: name, version, carrier and workspace. The UI's first call. */
  'app.info': command(z.undefined(), appInfoSchema),
};
