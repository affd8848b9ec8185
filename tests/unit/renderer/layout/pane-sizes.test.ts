import { describe, expect, it } from 'vitest';
import { parseUnicodeRange } from '../../../../renderer/canvas/export-fonts';
import {
  clampPaneSize,
  defaultPaneLayout,
  PANE_LIMITS,
  PANES_STORAGE_KEY,
  readPaneLayout,
  writePaneLayout,
} from '../../../../renderer/layout/pane-sizes';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe('pane sizes', () => {
  it('starts from the defaults when nothing is remembered, or storage is off', () => {
    expect(readPaneLayout(memoryStorage())).toEqual(defaultPaneLayout());
    expect(readPaneLayout(undefined)).toEqual(defaultPaneLayout());
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
    };
    expect(readPaneLayout(throwing)).toEqual(defaultPaneLayout());
  });

  it('reads back what it wrote', () => {
    const storage = memoryStorage();
    const layout = defaultPaneLayout();
    layout.dock = { size: 300, collapsed: false };
    layout.palette = { size: 200, collapsed: true };
    writePaneLayout(storage, layout);
    expect(readPaneLayout(storage)).toEqual(layout);
  });

  it('keeps remembered sizes within limits and ignores what is malformed', () => {
    const storage = memoryStorage({
      [PANES_STORAGE_KEY]: JSON.stringify({
        palette: { size: 5000, collapsed: 'yes' },
        inspector: { size: 'wide' },
        dock: { size: 10, collapsed: true },
      }),
    });
    expect(readPaneLayout(storage)).toEqual({
      palette: { size: PANE_LIMITS.palette.max, collapsed: false },
      inspector: { size: PANE_LIMITS.inspector.initial, collapsed: false },
      dock: { size: PANE_LIMITS.dock.min, collapsed: true },
    });
    expect(readPaneLayout(memoryStorage({ [PANES_STORAGE_KEY]: '{not json' }))).toEqual(
      defaultPaneLayout(),
    );
  });

  it('clamps and rounds a size', () => {
    expect(clampPaneSize('dock', 250.6)).toBe(251);
    expect(clampPaneSize('inspector', 0)).toBe(PANE_LIMITS.inspector.min);
  });
});

describe('unicode-range of a font face', () => {
  it('reads single points, ranges and wildcards; no range is every character', () => {
    expect(parseUnicodeRange('U+0900-097F, U+20B9,U+4??')).toEqual([
      [0x900, 0x97f],
      [0x20b9, 0x20b9],
      [0x400, 0x4ff],
    ]);
    expect(parseUnicodeRange('')).toEqual([[0, 0x10ffff]]);
  });
});
