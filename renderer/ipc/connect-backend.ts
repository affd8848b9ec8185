import { IPC_SOCKET_PATH, IPC_TOKEN_PARAM } from '../../shared/ipc';
import { takeAccessToken } from './access-token';
import { createBackendClient } from './backend-client';
import type { BackendClient } from './backend-client';
import { createDesktopCarrier, isDesktopBridge } from './desktop-carrier';
import { createSocketCarrier } from './socket-carrier';

/**
 * The backend for this window: the preload's bridge in the desktop app, otherwise the
 * WebSocket of the browser-mode server this page came from.
 */
export function connectBackend(): BackendClient {
  const bridge = (window as unknown as { legflow?: unknown }).legflow;
  if (isDesktopBridge(bridge)) return createBackendClient(createDesktopCarrier(bridge));

  const token = takeAccessToken(window.location, window.sessionStorage, (url) =>
    window.history.replaceState(window.history.state, '', url),
  );
  const socketUrl = new URL(IPC_SOCKET_PATH, window.location.href);
  socketUrl.protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  socketUrl.search = '';
  if (token) socketUrl.searchParams.set(IPC_TOKEN_PARAM, token);
  return createBackendClient(
    createSocketCarrier(socketUrl.href, {
      offlineMessage: token
        ? 'Lost the connection to Legflow Studio. Is “legflow web” still running? ' +
          'If it was restarted, open the new address it printed.'
        : 'This page was opened without its access token. Open the address “legflow web” printed.',
    }),
  );
}
