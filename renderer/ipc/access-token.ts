import { IPC_TOKEN_PARAM } from '../../shared/ipc';

const STORAGE_KEY = 'legflow.accessToken';

/**
 * The browser-mode access token. `legflow web` prints the app's address with `?token=…`; the
 * page takes it from there once, keeps it in sessionStorage (so a reload of this tab still
 * works, and other sites never see it) and takes it out of the address bar, so it does not
 * end up in bookmarks, history or screenshots.
 */
export function takeAccessToken(
  location: { href: string },
  storage: Pick<Storage, 'getItem' | 'setItem'>,
  replaceAddress: (url: string) => void,
): string | null {
  const url = new URL(location.href);
  const token = url.searchParams.get(IPC_TOKEN_PARAM);
  if (token) {
    storage.setItem(STORAGE_KEY, token);
    url.searchParams.delete(IPC_TOKEN_PARAM);
    replaceAddress(url.href);
    return token;
  }
  return storage.getItem(STORAGE_KEY);
}
