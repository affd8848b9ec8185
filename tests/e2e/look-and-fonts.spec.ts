import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { definitionOf } from '../../shared/catalog';
import { expect, test } from './fixtures';
import type { DesignerPage } from './pages/designer-page';
import { RunDock } from './pages/run-dock';
import { RunToolbar } from './pages/run-toolbar';

// Issue 17 items 5, 7 and 8: resizable panes, icons and bundled fonts, a header that keeps its
// words. Screenshots of every template at both window sizes, light and dark, are attached to
// the report (test-results/) for a person to look at.

const HINDI = 'नमस्ते, आपका स्वागत है';

/** The page's font set, typed here: these tests compile without the DOM library. */
interface FontsScope {
  document: {
    fonts: Iterable<{ family: string; status: string }> & {
      check(font: string, text: string): boolean;
      ready: Promise<unknown>;
    };
  };
}
const SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 800 },
] as const;

/** The panes' resize handles, the dock and the title bar's parts. */
class Layout {
  readonly dockPanel: Locator;
  readonly palettePane: Locator;
  readonly titleBar: Locator;
  readonly documentName: Locator;

  constructor(readonly page: Page) {
    this.dockPanel = page.getByRole('region', { name: 'Dock' }).getByRole('tabpanel');
    this.palettePane = page.getByRole('navigation', { name: 'Node palette' });
    this.titleBar = page.getByRole('banner');
    this.documentName = this.titleBar.locator('.document-name');
  }

  resizer(pane: 'palette' | 'inspector' | 'dock'): Locator {
    return this.page.getByRole('separator', { name: `Resize the ${pane}` });
  }

  async height(locator: Locator): Promise<number> {
    return (await locator.boundingBox())!.height;
  }

  async width(locator: Locator): Promise<number> {
    return (await locator.boundingBox())!.width;
  }
}

/** Elements among `locator`'s matches whose text is cut off (wider than their box). */
function cutOff(locator: Locator): Promise<string[]> {
  return locator.evaluateAll((elements) =>
    elements
      .filter((element) => element.scrollWidth > element.clientWidth + 1)
      .map((element) => `${element.className}: ${element.textContent}`),
  );
}

async function templateNames(designer: DesignerPage): Promise<string[]> {
  await designer.files.button('Templates…').click();
  const cards = designer.files.templatesDialog.locator('.template-card__name');
  await expect(cards.first()).toBeVisible();
  const names = await cards.allTextContents();
  await designer.page.keyboard.press('Escape');
  await expect(designer.files.templatesDialog).toHaveCount(0);
  return names;
}

test.describe('fonts', () => {
  test('Hindi in a Say node is drawn with the bundled Noto Sans Devanagari, on screen and in an SVG export', async ({
    designer,
  }, testInfo) => {
    const { palette, canvas, inspector, page } = designer;
    await palette.item(definitionOf('say').title).dblclick();
    await inspector.field('Text').fill(HINDI);
    const say = canvas.node('say');
    await expect(say).toContainText(HINDI);

    // The face came from the app (a FontFace of the page, loaded because the text needs it),
    // not from whatever the machine has installed.
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...(globalThis as unknown as FontsScope).document.fonts].some(
            (face) =>
              face.family.replace(/["']/g, '') === 'Noto Sans Devanagari' &&
              face.status === 'loaded',
          ),
        ),
      )
      .toBe(true);
    // (Only Devanagari letters: the family's Latin subset, for the comma, is never needed.)
    expect(
      await page.evaluate(() =>
        (globalThis as unknown as FontsScope).document.fonts.check(
          '16px "Noto Sans Devanagari"',
          'नमस्ते',
        ),
      ),
    ).toBe(true);

    // Hindi in the node's font is as wide as Noto Sans Devanagari draws it, and not as wide as
    // in a font without Devanagari (whose boxes or fallback glyphs measure differently). Letters
    // only: the comma and spaces are Inter's.
    const widths = await say.locator('.flow-node__summary').evaluate((summary, text) => {
      const measure = (fontFamily: string | null) => {
        const span = summary.ownerDocument.createElement('span');
        span.textContent = text;
        if (fontFamily) span.style.fontFamily = fontFamily;
        summary.append(span);
        const width = span.getBoundingClientRect().width;
        span.remove();
        return width;
      };
      return {
        asShown: measure(null),
        noto: measure('"Noto Sans Devanagari"'),
        withoutDevanagari: measure('monospace'),
      };
    }, 'नमस्ते');
    expect(Math.abs(widths.asShown - widths.noto)).toBeLessThan(0.5);
    expect(Math.abs(widths.asShown - widths.withoutDevanagari)).toBeGreaterThan(1);
    await say.screenshot({ path: testInfo.outputPath('say-in-hindi.png') });

    // The exported SVG carries the Devanagari face it needs, and only the faces it needs.
    const download = page.waitForEvent('download');
    await canvas.toolbar.getByRole('button', { name: 'Export as SVG' }).click();
    const svg = await readFile((await (await download).path())!, 'utf8');
    const embedded = [
      ...svg.matchAll(/@font-face \{ font-family: ([^;]+);[^}]*data:font\/woff2;base64,/g),
    ]
      .map((match) => match[1]!.replace(/["']/g, ''))
      .sort();
    expect(new Set(embedded)).toEqual(new Set(['Inter', 'Noto Sans Devanagari']));

    const png = page.waitForEvent('download');
    await canvas.toolbar.getByRole('button', { name: 'Export as PNG' }).click();
    await (await png).saveAs(testInfo.outputPath('exported-hindi.png'));
  });
});

test.describe('icons', () => {
  test('every node kind shows an SVG icon, never a font glyph, in the palette, on the canvas and in the inspector', async ({
    designer,
  }) => {
    const { palette, canvas, inspector, page } = designer;
    const icons = palette.items.locator('.node-icon');
    await expect(icons).toHaveCount(await palette.items.count());
    expect(
      await icons.evaluateAll((spans) => spans.filter((span) => !span.querySelector('svg')).length),
    ).toBe(0);
    expect((await icons.allTextContents()).join('').trim()).toBe('');

    await palette.item(definitionOf('branch').title).dblclick();
    await expect(canvas.node('branch').locator('.node-icon svg')).toBeVisible();
    await expect(inspector.root.locator('.node-form__header .node-icon svg')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Settings…' }).locator('svg')).toBeVisible();
  });
});

test.describe('panes', () => {
  test('the dock resizes by drag and by keys, collapses, and keeps its height across a reload', async ({
    designer,
  }) => {
    const { page } = designer;
    const layout = new Layout(page);
    const handle = layout.resizer('dock');
    const before = await layout.height(layout.dockPanel);

    // Drag the dock's top edge up by 80 px.
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 - 40, { steps: 4 });
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 - 80, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => layout.height(layout.dockPanel)).toBeCloseTo(before + 80, 0);

    // Then 2 × 16 px more from the keyboard.
    await handle.focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => layout.height(layout.dockPanel)).toBeCloseTo(before + 112, 0);
    await expect(handle).toHaveAttribute('aria-valuenow', String(Math.round(before + 112)));

    await page.reload();
    await designer.waitUntilReady();
    await expect.poll(() => layout.height(layout.dockPanel)).toBeCloseTo(before + 112, 0);

    // Enter collapses it to its tab strip and opens it again at the same height.
    await layout.resizer('dock').focus();
    await page.keyboard.press('Enter');
    await expect(layout.dockPanel).toBeHidden();
    await page.getByRole('button', { name: 'Expand the dock' }).click();
    await expect.poll(() => layout.height(layout.dockPanel)).toBeCloseTo(before + 112, 0);
  });

  test('the palette widens by drag, collapses from the canvas toolbar and keeps both across a reload', async ({
    designer,
  }) => {
    const { page, canvas } = designer;
    const layout = new Layout(page);
    const before = await layout.width(layout.palettePane);
    const box = (await layout.resizer('palette').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 200);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + 200, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => layout.width(layout.palettePane)).toBeCloseTo(before + 60, 0);

    const canvasWidth = await layout.width(canvas.root);
    await canvas.toolbar.getByRole('button', { name: 'Show the palette' }).click();
    await expect(layout.palettePane).toBeHidden();
    await expect.poll(() => layout.width(canvas.root)).toBeGreaterThan(canvasWidth + 200);

    await page.reload();
    await designer.waitUntilReady();
    await expect(layout.palettePane).toBeHidden();
    // Enter on its edge opens it again, as wide as it was left.
    await layout.resizer('palette').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => layout.width(layout.palettePane)).toBeCloseTo(before + 60, 0);
  });

  for (const size of SIZES) {
    test(`at ${size.width}×${size.height} the virtual phone shows whole in the dock's first height`, async ({
      designer,
    }) => {
      const { page } = designer;
      await page.setViewportSize(size);
      const dock = new RunDock(page);
      await designer.files.openTemplate('IVR menu');
      await dock.openTab('Phone');
      const panel = (await dock.panel.boundingBox())!;
      for (const part of [
        dock.key('*'),
        dock.key('#'),
        dock.panel.getByRole('button', { name: 'Call in' }),
        dock.panel.getByRole('region', { name: 'Who answers' }),
      ]) {
        const box = (await part.boundingBox())!;
        expect(box.y + box.height, await part.innerText()).toBeLessThanOrEqual(
          panel.y + panel.height,
        );
        expect(box.x + box.width).toBeLessThanOrEqual(panel.x + panel.width);
      }
      expect(
        await dock.panel.evaluate((element) => element.scrollHeight - element.clientHeight),
      ).toBeLessThanOrEqual(1);
      // Every tab's title on one line.
      const tabs = page.getByRole('tablist', { name: 'Dock panels' });
      expect((await tabs.boundingBox())!.height).toBeLessThan(40);
    });
  }
});

test.describe('header', () => {
  for (const size of SIZES) {
    test(`at ${size.width}×${size.height} the title, flow name and file state of every template show whole`, async ({
      designer,
    }) => {
      const { page, files, canvas } = designer;
      await page.setViewportSize(size);
      const layout = new Layout(page);
      for (const name of await templateNames(designer)) {
        await files.openTemplate(name);
        await expect(layout.documentName.locator('.document-name__flow')).toHaveText(name);
        // An edit, so the state reads "Unsaved changes" too.
        await canvas.nodes.first().click();
        await page.keyboard.press('Control+D');
        await expect(files.unsavedMark).toBeVisible();
        expect(
          await cutOff(
            layout.titleBar.locator(
              '.title-bar__app, .document-name__flow, .document-name__count, .document-name__mark, .document-name__file',
            ),
          ),
        ).toEqual([]);
        await expect(layout.documentName).toHaveAttribute('title', new RegExp(`^${name} · `));
        expect((await layout.titleBar.boundingBox())!.height).toBeLessThanOrEqual(64);
        await files.button('New').click();
        await files
          .dialog(/^Save changes/)
          .getByRole('button', { name: /Don.t save/ })
          .click();
      }
    });
  }

  test('the run status is whole or a click away, and its tooltip holds it all', async ({
    designer,
  }) => {
    const { page, files } = designer;
    const run = new RunToolbar(page);
    await files.openTemplate('IVR menu');
    // Run only once the template is on the canvas: a Run pressed on the empty flow before it
    // does nothing at all.
    await expect(page.locator('.react-flow__node[data-id="start"]')).toBeVisible();
    await run.button('Run').click();
    // Settled: "Starting…" gives way to this, which stays while nobody calls in.
    await expect(run.status).toHaveText(/^Waiting for a call/, { timeout: 30_000 });
    const text = (await run.status.textContent())!;
    await expect(run.status).toHaveAttribute('title', text);
    const cut = await run.status.evaluate((line) => line.scrollWidth > line.clientWidth);
    if (cut) {
      await run.more.click();
      await expect(run.message).toContainText(text);
    }
    await run.button('Stop').click();
  });
});

test.describe('header during a run', () => {
  for (const size of SIZES) {
    test(`at ${size.width}×${size.height} a finished run's status shows whole beside the flow's name`, async ({
      designer,
    }) => {
      const { page, files } = designer;
      await page.setViewportSize(size);
      const run = new RunToolbar(page);
      const dock = new RunDock(page);
      await files.openTemplate('IVR menu');
      await expect(page.locator('.react-flow__node[data-id="start"]')).toBeVisible();
      await run.button('Run').click();
      // This caller presses 1 at the menu; the run ends after "Hang up".
      await dock.callIn('09876500001');
      await expect(run.status).toContainText('Completed', { timeout: 60_000 });
      const layout = new Layout(page);
      expect(
        await cutOff(
          layout.titleBar.locator(
            '.title-bar__app, .document-name__flow, .document-name__file, .run-toolbar__status',
          ),
        ),
      ).toEqual([]);
      await expect(run.more).toHaveCount(0);
    });
  }
});

test.describe('screenshots', () => {
  for (const size of SIZES) {
    for (const theme of ['light', 'dark'] as const) {
      test(`every template at ${size.width}×${size.height}, ${theme}`, async ({
        designer,
      }, info) => {
        const { page, files, palette, inspector } = designer;
        await page.setViewportSize(size);
        await page.emulateMedia({ colorScheme: theme });
        for (const name of await templateNames(designer)) {
          await files.openTemplate(name);
          await page.getByRole('tab', { name: 'Phone' }).click();
          await page.evaluate(() => (globalThis as unknown as FontsScope).document.fonts.ready);
          await page.screenshot({
            path: info.outputPath(`${name.replace(/\W+/g, '-')}-${size.width}-${theme}.png`),
          });
        }
        // And a Say in Hindi, selected, so the inspector shows it too.
        await palette.item(definitionOf('say').title).dblclick();
        await inspector.field('Text').fill(HINDI);
        await page.evaluate(() => (globalThis as unknown as FontsScope).document.fonts.ready);
        await page.screenshot({ path: info.outputPath(`hindi-${size.width}-${theme}.png`) });
      });
    }
  }
});
