import { create } from 'zustand';

const KEY = 'legflow.minimap';

/** Whether the minimap is shown; remembered in this browser profile, shown unless hidden. */
interface MinimapPreference {
  shown: boolean;
  toggle(): void;
}

function remembered(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) !== 'hidden';
  } catch {
    return true;
  }
}

export const useMinimapPreference = create<MinimapPreference>((set, get) => ({
  shown: remembered(),
  toggle: () => {
    const shown = !get().shown;
    try {
      globalThis.localStorage?.setItem(KEY, shown ? 'shown' : 'hidden');
    } catch {
      // Storage can be full or off; the choice still holds for this session.
    }
    set({ shown });
  },
}));
