import { describe, expect, it } from 'vitest';
import { createOneAtATime } from '../../../../renderer/files/one-at-a-time';

/** A promise the test settles itself: a dialog the person answers when the test says. */
function answerLater<T>() {
  let answer!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (answer = resolve));
  return { promise, answer };
}

/** The shell's queue of files the system asked the app to open, and what the window opened. */
function systemFiles(...waiting: string[]) {
  const opened: string[] = [];
  return {
    opened,
    hand: (path: string) => void waiting.push(path),
    take: async () => waiting.shift() ?? null,
    left: () => [...waiting],
    open: async (take: () => Promise<string | null>) => {
      const path = await take();
      if (path !== null) opened.push(path);
      return path !== null;
    },
  };
}

/** Lets every settled promise run its callbacks. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a flow file the system hands the desktop app', () => {
  it('waits for a dialog that is up, then is taken and opened, not dropped', async () => {
    const turns = createOneAtATime();
    const system = systemFiles();
    const unsavedChanges = answerLater<boolean>();
    const newFile = turns.ifFree(() => unsavedChanges.promise);

    const asking = newFile();
    system.hand('/home/a/menu.legflow.json');
    const opening = turns.whenFree(system.open)(system.take);
    await settle();
    // Still with the shell while the person thinks about their unsaved changes.
    expect(system.left()).toEqual(['/home/a/menu.legflow.json']);
    expect(system.opened).toEqual([]);

    unsavedChanges.answer(false);
    expect(await asking).toBe(false);
    expect(await opening).toBe(true);
    expect(system.opened).toEqual(['/home/a/menu.legflow.json']);
    expect(system.left()).toEqual([]);
  });

  it('keeps the other file actions from cutting in before the waiting file is opened', async () => {
    const turns = createOneAtATime();
    const system = systemFiles('/home/a/menu.legflow.json');
    const saveAs = answerLater<boolean>();
    const saving = turns.ifFree(() => saveAs.promise)();
    const opening = turns.whenFree(system.open)(system.take);

    // A second action while the first runs does nothing, as before.
    const ran: string[] = [];
    const open = turns.ifFree(async () => (ran.push('open'), true));
    expect(await open()).toBe(false);

    saveAs.answer(true);
    expect(await saving).toBe(true);
    // The turn went straight to the waiting file: an action asked for meanwhile is refused.
    expect(await open()).toBe(false);
    expect(await opening).toBe(true);
    expect(await open()).toBe(true);
    expect(ran).toEqual(['open']);
  });

  it('takes files handed over one after another in turn, and frees the turn after a failure', async () => {
    const turns = createOneAtATime();
    const system = systemFiles('/a.legflow.json', '/b.legflow.json');
    const failing = turns.whenFree(async () => {
      throw new Error('The desktop app did not answer desktop.takeFileToOpen');
    });
    const first = turns.whenFree(system.open)(system.take);
    await expect(failing()).rejects.toThrow('did not answer');
    const second = turns.whenFree(system.open)(system.take);
    const third = turns.whenFree(system.open)(system.take);
    expect(await Promise.all([first, second, third])).toEqual([true, true, false]);
    expect(system.opened).toEqual(['/a.legflow.json', '/b.legflow.json']);
    expect(await turns.ifFree(async () => true)()).toBe(true);
  });
});
