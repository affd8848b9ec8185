import { createStore, useStore } from 'zustand';
import { effectiveTheme, readThemeChoice, writeThemeChoice } from './theme-preference';
import type { Theme } from './theme-preference';

interface ThemeState {
  choice: Theme | null;
  systemPrefersDark: boolean;
}

const DARK_QUERY = '(prefers-color-scheme: dark)';

// The look is one per app, not per document, so unlike the designer store this one is a module
// singleton: every window reads the same remembered choice from localStorage anyway.
const themeStore = createStore<ThemeState>()(() => ({
  choice: readThemeChoice(globalThis.localStorage),
  systemPrefersDark: globalThis.matchMedia?.(DARK_QUERY).matches ?? false,
}));

const current = (state: ThemeState) => effectiveTheme(state.choice, state.systemPrefersDark);

/**
 * Applies the theme to the page before the first paint (call before rendering, so a dark-mode
 * user never sees a white flash) and keeps it applied as the choice or the system changes.
 */
export function startTheme(): void {
  const apply = () => {
    document.documentElement.dataset.theme = current(themeStore.getState());
  };
  apply();
  themeStore.subscribe(apply);
  globalThis.matchMedia?.(DARK_QUERY).addEventListener('change', (event) => {
    themeStore.setState({ systemPrefersDark: event.matches });
  });
}

/** The theme in effect, re-rendering when it changes. */
export function useTheme(): Theme {
  return useStore(themeStore, current);
}

/** Switches to the other theme and remembers the choice. */
export function toggleTheme(): void {
  const next: Theme = current(themeStore.getState()) === 'dark' ? 'light' : 'dark';
  writeThemeChoice(globalThis.localStorage, next);
  themeStore.setState({ choice: next });
}
