import { FLOW_FILE_EXTENSION } from '../../shared/ipc';

/** A file name for a flow: its name in lower case, words joined by dashes. */
export function suggestFileName(flowName: string): string {
  const slug = flowName
    .normalize('NFKD')
    // Accents come apart from their letters under NFKD; drop them, keep the letter.
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'flow'}${FLOW_FILE_EXTENSION}`;
}

/**
 * What the user typed in Save as, as a workspace path (the extension added when missing), or
 * the reason it cannot be one. Subfolders are fine; leaving the workspace is not.
 */
export function toWorkspacePath(typed: string): { path: string } | { error: string } {
  const name = typed.trim().replaceAll('\\', '/');
  if (!name) return { error: 'Type a name for the file.' };
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) {
    return { error: 'Give a name inside the workspace folder, not a full path.' };
  }
  const parts = name.split('/');
  if (parts.some((part) => part === '..' || part === '.' || part === '')) {
    return { error: 'A name may use folders, but not "..", "." or empty parts.' };
  }
  if (/[<>:"|?*]/.test(name) || [...name].some((char) => char.charCodeAt(0) < 0x20)) {
    return { error: 'A name may not contain < > : " | ? * or control characters.' };
  }
  const path = name.toLowerCase().endsWith(FLOW_FILE_EXTENSION)
    ? name
    : `${name.replace(/\.json$/i, '')}${FLOW_FILE_EXTENSION}`;
  return { path };
}

/** `support/ivr-menu.legflow.json` → `ivr-menu`: how a file is named in lists and titles. */
export function fileLabel(path: string): string {
  const base = path.split('/').at(-1) ?? path;
  return base.toLowerCase().endsWith(FLOW_FILE_EXTENSION)
    ? base.slice(0, -FLOW_FILE_EXTENSION.length)
    : base;
}

/** `support/ivr-menu.legflow.json` → `support`, or '' for a file at the top of the workspace. */
export function fileFolder(path: string): string {
  return path.split('/').slice(0, -1).join('/');
}

/** "12 Mar 2025, 14:05": when a file was last changed, in the user's own format. */
export function formatModified(modifiedMs: number): string {
  return new Date(modifiedMs).toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}
