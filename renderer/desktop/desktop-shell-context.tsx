import { createContext, useContext, useState } from 'react';
import type { ReactNode } from 'react';
import { connectDesktopShell } from './desktop-shell';
import type { DesktopShell } from './desktop-shell';

/** `undefined` outside a provider, `null` in browser mode. */
const DesktopShellContext = createContext<DesktopShell | null | undefined>(undefined);

/**
 * Makes the desktop shell (or its absence, in a browser) known below it. Connects this
 * window's own unless one is given (`null` for browser mode).
 */
export function DesktopShellProvider(props: { shell?: DesktopShell | null; children: ReactNode }) {
  const [shell] = useState(() => (props.shell === undefined ? connectDesktopShell() : props.shell));
  return (
    <DesktopShellContext.Provider value={shell}>{props.children}</DesktopShellContext.Provider>
  );
}

/** The desktop shell, or null when the app runs in a browser. */
export function useDesktopShell(): DesktopShell | null {
  const shell = useContext(DesktopShellContext);
  if (shell === undefined) throw new Error('useDesktopShell must be used inside its provider');
  return shell;
}
