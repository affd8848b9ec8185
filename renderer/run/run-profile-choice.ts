import { SIMULATOR_PROFILE } from '../../shared/ipc';
import { useStore } from 'zustand';
import { createStore } from 'zustand';
import type { StoreApi } from 'zustand';
import type { RunStore } from './run-store';
import { useRunStoreApi } from './run-context';

export interface ProfileChoiceState {
  /** The profile the next run goes on: `Simulator`, or a live profile's name. */
  profile: string;
  /** A live run is being planned: its numbers and listener are being checked. */
  checking: boolean;
}

export interface ProfileChoiceActions {
  choose(profile: string): void;
  setChecking(checking: boolean): void;
}

export type ProfileChoice = ProfileChoiceState & ProfileChoiceActions;

function createProfileChoice(): StoreApi<ProfileChoice> {
  return createStore<ProfileChoice>()((set) => ({
    profile: SIMULATOR_PROFILE,
    checking: false,
    choose: (profile) => set({ profile }),
    setChecking: (checking) => set({ checking }),
  }));
}

// One choice per run store, so each window (and each test's store) has its own, and the
// Simulator is the default wherever a run store is made. Not kept across reloads on purpose:
// a window must never open already aimed at real phones.
const choices = new WeakMap<StoreApi<RunStore>, StoreApi<ProfileChoice>>();

/** This window's profile choice, for reads inside event handlers. */
export function useProfileChoiceApi(): StoreApi<ProfileChoice> {
  const runs = useRunStoreApi();
  let choice = choices.get(runs);
  if (!choice) {
    choice = createProfileChoice();
    choices.set(runs, choice);
  }
  return choice;
}

/** Selects from this window's profile choice. */
export function useProfileChoice<T>(selector: (state: ProfileChoice) => T): T {
  return useStore(useProfileChoiceApi(), selector);
}
