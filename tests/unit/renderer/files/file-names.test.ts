import { describe, expect, it } from 'vitest';
import {
  fileFolder,
  fileLabel,
  suggestFileName,
  toWorkspacePath,
} from '../../../../renderer/files/file-names';
import { matchFileShortcut } from '../../../../renderer/files/use-file-shortcuts';

describe('file names', () => {
  it('suggests a file name from the flow name', () => {
    expect(suggestFileName('IVR menu')).toBe('ivr-menu.legflow.json');
    expect(suggestFileName('  Café: après-vente! ')).toBe('cafe-apres-vente.legflow.json');
    expect(suggestFileName('???')).toBe('flow.legflow.json');
  });

  it('turns what was typed in Save as into a workspace path', () => {
    expect(toWorkspacePath('my-ivr')).toEqual({ path: 'my-ivr.legflow.json' });
    expect(toWorkspacePath(' team/my-ivr.json ')).toEqual({ path: 'team/my-ivr.legflow.json' });
    expect(toWorkspacePath('x.legflow.json')).toEqual({ path: 'x.legflow.json' });
    for (const bad of ['', '  ', '../x', 'a//b', '/etc/x', 'C:\\x', 'a?b', 'a\u0001b']) {
      expect(toWorkspacePath(bad)).toHaveProperty('error');
    }
  });

  it('names a file by its last part, without the extension', () => {
    expect(fileLabel('support/ivr-menu.legflow.json')).toBe('ivr-menu');
    expect(fileFolder('support/ivr-menu.legflow.json')).toBe('support');
    expect(fileFolder('ivr-menu.legflow.json')).toBe('');
  });
});

describe('file shortcuts', () => {
  const press = (
    key: string,
    keys: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey', boolean>>,
  ) => ({
    key,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...keys,
  });

  it('maps Mod+S, Mod+Shift+S and Mod+O, with Mod as Ctrl or ⌘', () => {
    expect(matchFileShortcut(press('s', { ctrlKey: true }), false)).toBe('save');
    expect(matchFileShortcut(press('S', { ctrlKey: true, shiftKey: true }), false)).toBe('saveAs');
    expect(matchFileShortcut(press('o', { ctrlKey: true }), false)).toBe('open');
    expect(matchFileShortcut(press('s', { metaKey: true }), true)).toBe('save');
    expect(matchFileShortcut(press('s', { metaKey: true }), false)).toBeNull();
    expect(matchFileShortcut(press('s', {}), false)).toBeNull();
  });
});
