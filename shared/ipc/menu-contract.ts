import { z } from 'zod';

/** What a native menu item asks the window to do; the window does it as its own button would. */
export const MENU_ACTIONS = [
  'file.new',
  'file.open',
  'file.openTemplate',
  'file.save',
  'file.saveAs',
  'file.exportExoml',
  'edit.undo',
  'edit.redo',
  'app.settings',
] as const;

export type MenuAction = (typeof MENU_ACTIONS)[number];

/** Notifications from the desktop shell (main process) to its window. */
export const MENU_NOTIFICATIONS = {
  /** A native menu item was chosen. */
  'menu.action': z.object({ action: z.enum(MENU_ACTIONS) }),
};
