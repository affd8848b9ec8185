import { describe, expect, it } from 'vitest';
import { matchShortcut } from '../../../renderer/shortcuts/match-shortcut';
import type { KeyPress } from '../../../renderer/shortcuts/match-shortcut';
import { keyLabel } from '../../../renderer/shortcuts/shortcut-list';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('matchShortcut', () => {
  it('uses Ctrl off Apple platforms and ⌘ on them', () => {
    expect(matchShortcut(press('z', { ctrlKey: true }), false)).toBe('undo');
    expect(matchShortcut(press('z', { metaKey: true }), false)).toBeNull();
    expect(matchShortcut(press('z', { metaKey: true }), true)).toBe('undo');
    expect(matchShortcut(press('z', { ctrlKey: true }), true)).toBeNull();
  });

  it('redoes with Shift+Z (the key arrives upper-case) and with Y', () => {
    expect(matchShortcut(press('Z', { ctrlKey: true, shiftKey: true }), false)).toBe('redo');
    expect(matchShortcut(press('y', { ctrlKey: true }), false)).toBe('redo');
  });

  it('knows duplicate, select all, find, delete, escape and help', () => {
    expect(matchShortcut(press('d', { ctrlKey: true }), false)).toBe('duplicate');
    expect(matchShortcut(press('a', { ctrlKey: true }), false)).toBe('select-all');
    expect(matchShortcut(press('f', { ctrlKey: true }), false)).toBe('find');
    expect(matchShortcut(press('Delete'), false)).toBe('delete');
    expect(matchShortcut(press('Backspace'), false)).toBe('delete');
    expect(matchShortcut(press('Escape'), false)).toBe('escape');
    expect(matchShortcut(press('?', { shiftKey: true }), false)).toBe('help');
  });

  it('leaves other combinations alone', () => {
    expect(matchShortcut(press('s', { ctrlKey: true }), false)).toBeNull();
    expect(matchShortcut(press('c', { ctrlKey: true }), false)).toBeNull();
    expect(matchShortcut(press('z', { ctrlKey: true, altKey: true }), false)).toBeNull();
    expect(matchShortcut(press('d', { ctrlKey: true, shiftKey: true }), false)).toBeNull();
    expect(matchShortcut(press('Delete', { ctrlKey: true }), false)).toBeNull();
    expect(matchShortcut(press('a'), false)).toBeNull();
  });
});

describe('keyLabel', () => {
  it('writes Mod as the platform writes it', () => {
    expect(keyLabel('Mod', true)).toBe('⌘');
    expect(keyLabel('Mod', false)).toBe('Ctrl');
    expect(keyLabel('Z', false)).toBe('Z');
  });
});
