/** The two looks of the app. */
export type Theme = 'light' | 'dark';

/** Where the user's choice is remembered between sessions. */
export const THEME_STORAGE_KEY = 'legflow.theme';

/** The remembered choice, or null when the user never chose (then the system decides). */
export function readThemeChoice(storage: Pick<Storage, 'getItem'> | undefined): Theme | null {
  try {
    const value = storage?.getItem(THEME_STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    // Storage can be switched off (privacy settings); the app then simply follows the system.
    return null;
  }
}

export function writeThemeChoice(storage: Pick<Storage, 'setItem'> | undefined, theme: Theme) {
  try {
    storage?.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Not remembered, but the switch still works for this session.
  }
}

/** The user's choice wins; without one, the system's colour scheme. */
export function effectiveTheme(choice: Theme | null, systemPrefersDark: boolean): Theme {
  return choice ?? (systemPrefersDark ? 'dark' : 'light');
}
