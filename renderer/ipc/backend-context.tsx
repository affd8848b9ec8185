import { createContext, useContext, useState } from 'react';
import type { ReactNode } from 'react';
import type { BackendClient } from './backend-client';
import { connectBackend } from './connect-backend';

const BackendContext = createContext<BackendClient | null>(null);

/**
 * Makes the backend available below it. Connects this window's own backend client unless one
 * is given (tests hand in a client over a fake carrier).
 */
export function BackendProvider(props: { client?: BackendClient; children: ReactNode }) {
  const [client] = useState(() => props.client ?? connectBackend());
  return <BackendContext.Provider value={client}>{props.children}</BackendContext.Provider>;
}

/** The backend, for calling commands from components and hooks. */
export function useBackend(): BackendClient {
  const client = useContext(BackendContext);
  if (!client) throw new Error('useBackend must be used inside <BackendProvider>');
  return client;
}
