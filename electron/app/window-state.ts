// Remembers the window's size and position between starts, in a small JSON file of its own.
// Plain Node: unit-tested without Electron.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from '../storage/atomic-write';

export const windowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  maximized: z.boolean().default(false),
});

export type WindowState = z.infer<typeof windowStateSchema>;

/** A display's usable area, as Electron's screen reports it. */
export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_SIZE = { width: 1280, height: 800 };

/** The saved state, or null when there is none or it is damaged (then the default is used). */
export async function readWindowState(path: string): Promise<WindowState | null> {
  try {
    return windowStateSchema.parse(JSON.parse(await readFile(path, 'utf8')));
  } catch {
    return null;
  }
}

export async function writeWindowState(path: string, state: WindowState): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(windowStateSchema.parse(state))}\n`);
}

/**
 * Where to open the window: the saved place if enough of it is on a display that is still
 * connected (a laptop undocked from its monitor must not open its window off screen), else the
 * default size, centred by Electron.
 */
export function placeWindow(
  saved: WindowState | null,
  displays: readonly Area[],
): Partial<Area> & { width: number; height: number; maximized: boolean } {
  if (!saved) return { ...DEFAULT_SIZE, maximized: false };
  const visible = displays.some((area) => overlap(saved, area) >= 100 * 100);
  if (!visible) return { width: saved.width, height: saved.height, maximized: saved.maximized };
  return saved;
}

function overlap(a: Area, b: Area): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return Math.max(0, width) * Math.max(0, height);
}
