import { expect, test } from './fixtures';
import type { DesignerPage } from './pages/designer-page';
import { PhoneSound } from './pages/phone-sound';
import { RunDock } from './pages/run-dock';
import { RunToolbar } from './pages/run-toolbar';

/** The phonebook's interactive caller: its keys come from the Phone tab's keypad. */
const CALLER = '09876500009';
/** The welcome Say as "Now playing" shows it: its text cut to 60 characters. */
const WELCOME = 'Speaking (English): Welcome to Acme. Calls are answered in the order they arrive…';

// Calls play out in (sped-up) platform time; a loaded machine needs more than the default 30 s.
test.describe.configure({ timeout: 60_000 });

/**
 * Opens the IVR menu with its menu listening for 120 s rather than 10: at the tests' ×5 a 10 s
 * Gather listens for 2 s of real time, which a loaded machine can miss.
 */
async function openIvrMenu(designer: DesignerPage) {
  await designer.files.openTemplate('IVR menu');
  await designer.canvas.select('gather');
  await designer.inspector.field('Time-out').fill('120');
  await designer.inspector.leaveField();
}

/** The designer with the dock's Phone tab open, and the page objects the tests drive. */
async function onThePhoneTab(designer: DesignerPage) {
  const { page } = designer;
  const dock = new RunDock(page);
  await dock.openTab('Phone');
  return { page, dock, sound: new PhoneSound(page), run: new RunToolbar(page) };
}

/** Presses Run and calls the menu's ExoPhone from the phone once the run waits for the call. */
async function runAndCallIn(dock: RunDock, run: RunToolbar) {
  await run.button('Run').click();
  await expect(run.status).toHaveText('Waiting for a call to 08030752400');
  await dock.callIn(CALLER);
}

test('a call into the IVR menu is heard: its Say is spoken and a key sounds its tone', async ({
  designer,
}) => {
  const { dock, sound, run } = await onThePhoneTab(designer);
  await expect(sound.toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(sound.voice).toHaveValue('builtin');
  await expect(sound.nowPlaying).toHaveText(/Now playing\s*Nothing/);
  // The engine loads in the background once the tab shows; the call starts when it has.
  await expect
    .poll(async () => (await sound.probe()).speechEngineReady, { timeout: 20_000 })
    .toBe(true);

  await openIvrMenu(designer);
  await runAndCallIn(dock, run);
  await expect
    .poll(async () => (await sound.probe()).lines, { timeout: 15_000 })
    .toContain(WELCOME);
  await expect
    .poll(async () => (await sound.probe()).started.speech, { timeout: 15_000 })
    .toBeGreaterThan(0);

  // The menu listens for a key: pressing 2 sounds its tone and picks Sales.
  await expect(run.node('menu')).toHaveAttribute('data-run-state', 'active', { timeout: 15_000 });
  const tonesBefore = (await sound.probe()).started.tone ?? 0;
  await dock.key('2').click();
  await expect.poll(async () => (await sound.probe()).started.tone).toBe(tonesBefore + 1);
  await expect.poll(async () => (await sound.probe()).lines).toContain('Tone 2');
  await expect(run.status).toHaveText(/^Completed: /, { timeout: 15_000 });
  await expect(run.node('sales')).toHaveAttribute('data-run-state', 'visited');
  // The caller hears the flow hang up, and the line keeps saying so.
  await expect(sound.nowPlaying).toContainText('Call ended');
  expect((await sound.probe()).started['hang-up']).toBeGreaterThan(0);
});

test('with the sound off nothing is played, and "Now playing" still tells the story', async ({
  designer,
}) => {
  const { page, dock, sound, run } = await onThePhoneTab(designer);
  await sound.toggle.click();
  await expect(sound.toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(sound.volume).toBeDisabled();
  const before = await sound.probe();

  await openIvrMenu(designer);
  await runAndCallIn(dock, run);
  await expect
    .poll(async () => (await sound.probe()).lines, { timeout: 15_000 })
    .toContain(WELCOME);
  await expect(run.node('menu')).toHaveAttribute('data-run-state', 'active', { timeout: 15_000 });
  await dock.key('1').click();
  await expect(run.status).toHaveText(/^Completed: /, { timeout: 15_000 });
  await expect(sound.nowPlaying).toContainText('Call ended');
  const after = await sound.probe();
  expect(after.lines).toContain('Tone 1');
  expect(after.total).toBe(before.total);

  // The choice is remembered: a reload keeps the sound off.
  await page.reload();
  await designer.waitUntilReady();
  await dock.openTab('Phone');
  await expect(sound.toggle).toHaveAttribute('aria-pressed', 'false');
});

const HINDI_WELCOME =
  'नमस्ते, एक्मे में आपका स्वागत है। आपकी कॉल उसी क्रम में ली जाएगी जिस क्रम में वह आई है, कृपया लाइन पर बने रहें।';

test('the Phone tab shows its sound controls and a Hindi Say in Devanagari, at both sizes, light and dark', async ({
  designer,
}) => {
  const { page, dock, sound, run } = await onThePhoneTab(designer);
  const speed = page.getByRole('toolbar', { name: 'Run' }).getByLabel('Speed');
  // Quiet, so the screenshots are about the words; at 1× so the Say stays on screen for them.
  await sound.toggle.click();
  await speed.selectOption('1×');
  try {
    await openIvrMenu(designer);
    await run.node('welcome').click();
    await designer.inspector.field('Text').fill(HINDI_WELCOME);
    await designer.inspector.field('Language').fill('hi');
    await designer.inspector.leaveField();
    await runAndCallIn(dock, run);
    await expect(sound.nowPlaying).toContainText('Speaking (Hindi): नमस्ते, एक्मे में');
    for (const size of [
      { width: 1440, height: 900 },
      { width: 1280, height: 800 },
    ]) {
      for (const theme of ['light', 'dark'] as const) {
        await page.setViewportSize(size);
        await page.emulateMedia({ colorScheme: theme });
        const region = await sound.region.boundingBox();
        const panel = await dock.panel.boundingBox();
        // The controls and the line sit inside the dock, whole.
        expect(region!.x + region!.width).toBeLessThanOrEqual(panel!.x + panel!.width + 1);
        await expect(sound.nowPlaying).toBeInViewport();
        await page.screenshot({
          path: test.info().outputPath(`phone-sound-${size.width}x${size.height}-${theme}.png`),
        });
      }
    }
  } finally {
    await speed.selectOption('5×');
  }
});
