import { shell } from 'electron';
import type { Session, WebContents } from 'electron';
import { isExternalWebUrl } from './external-url';

/**
 * Locks down every web contents the app creates (install it on `web-contents-created`, so it also
 * covers windows made later): no new windows, no navigation away from the app, no <webview>.
 * Web links the user clicks open in their browser instead.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    openInBrowser(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    openInBrowser(url);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Refuses every permission a page asks for (camera, notifications, ...): the app needs none. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

function openInBrowser(url: string): void {
  if (isExternalWebUrl(url)) void shell.openExternal(url);
}
