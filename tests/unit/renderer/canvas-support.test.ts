import { describe, expect, it } from 'vitest';
import { imageFileName, imageFrame } from '../../../renderer/canvas/export-image';
import { effectiveTheme, readThemeChoice } from '../../../renderer/theme/theme-preference';
import { noteElementId, parseElementId } from '../../../renderer/store/element-ids';

describe('imageFrame', () => {
  it('frames the nodes with padding at full size', () => {
    expect(imageFrame({ x: 100, y: 50, width: 400, height: 300 })).toEqual({
      width: 464,
      height: 364,
      transform: 'translate(-68px, -18px) scale(1)',
    });
  });

  it('scales a huge flow down so its longest side fits', () => {
    const frame = imageFrame({ x: 0, y: 0, width: 8128, height: 1000 });
    expect(frame.width).toBe(4096);
    expect(frame.transform).toContain('scale(0.5)');
  });
});

describe('imageFileName', () => {
  it('names the file after the flow, without characters files cannot have', () => {
    expect(imageFileName('IVR: main/menu?', 'png')).toBe('IVR main menu.png');
    expect(imageFileName('  ', 'svg')).toBe('flow.svg');
  });
});

describe('theme preference', () => {
  it('follows the system until the user chooses', () => {
    expect(effectiveTheme(null, true)).toBe('dark');
    expect(effectiveTheme(null, false)).toBe('light');
    expect(effectiveTheme('light', true)).toBe('light');
  });

  it('reads only a valid remembered choice, and survives storage that throws', () => {
    expect(readThemeChoice({ getItem: () => 'dark' })).toBe('dark');
    expect(readThemeChoice({ getItem: () => 'purple' })).toBeNull();
    expect(
      readThemeChoice({
        getItem: () => {
          throw new Error('denied');
        },
      }),
    ).toBeNull();
  });
});

describe('element ids', () => {
  it('round-trips note ids and leaves node ids alone', () => {
    expect(parseElementId(noteElementId('note-3'))).toEqual({ type: 'note', id: 'note-3' });
    expect(parseElementId('say-1')).toEqual({ type: 'node', id: 'say-1' });
  });
});
