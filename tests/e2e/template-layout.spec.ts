import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { loadFlow } from '../../shared/flow';
import { expect, test } from './fixtures';

interface Box {
  id: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const EXAMPLES = new URL('../../assets/examples/', import.meta.url);
const templates = readdirSync(EXAMPLES)
  .filter((file) => file.endsWith('.legflow.json'))
  .map((file) => loadFlow(readFileSync(new URL(file, EXAMPLES), 'utf8')));

/** Below this zoom node text is too small to read (12 px becomes 9 px). */
const READABLE_ZOOM = 0.75;

const intersect = (a: Box, b: Box, inset = 1) =>
  a.left + inset < b.right &&
  b.left + inset < a.right &&
  a.top + inset < b.bottom &&
  b.top + inset < a.bottom;

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
interface PageElement {
  className: string;
  dataset: Record<string, string | undefined>;
  getBoundingClientRect(): Rect;
  closest(selector: string): PageElement | null;
  getTotalLength(): number;
  getPointAtLength(at: number): { x: number; y: number };
  getScreenCTM(): { a: number; b: number; c: number; d: number; e: number; f: number } | null;
}
/** The page's globals used here, typed because specs compile without the DOM library. */
interface PictureScope {
  document: {
    querySelector(selector: string): PageElement | null;
    querySelectorAll(selector: string): Iterable<PageElement>;
  };
  getComputedStyle(element: PageElement): { transform: string };
  DOMMatrixReadOnly: new (transform: string) => { a: number };
}

/** The screen boxes of the canvas, its nodes and the panels over it; the zoom; points of lines. */
async function picture(page: Page) {
  return page.evaluate(() => {
    const scope = globalThis as unknown as PictureScope;
    const box = (element: PageElement, id = '') => {
      const rect = element.getBoundingClientRect();
      return { id, left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
    };
    const all = (selector: string) => [...scope.document.querySelectorAll(selector)];
    const canvas = box(scope.document.querySelector('.canvas .react-flow')!, 'canvas');
    const nodes = all('.react-flow__node').map((node) => box(node, node.dataset.id));
    const panels = all('.canvas .react-flow__panel, .canvas .react-flow__controls').map((panel) =>
      box(panel, panel.className),
    );
    const viewport = scope.document.querySelector('.react-flow__viewport')!;
    const zoom = new scope.DOMMatrixReadOnly(scope.getComputedStyle(viewport).transform).a;
    // Points every 4 px along each line, to see none passes through a node not one of its ends.
    const lines = all('.react-flow__edge-path').map((path) => {
      const length = path.getTotalLength();
      const m = path.getScreenCTM()!;
      const points = Array.from({ length: Math.ceil(length / 4) + 1 }, (_, index) => {
        const { x, y } = path.getPointAtLength(Math.min(index * 4, length));
        return { x: m.a * x + m.c * y + m.e, y: m.b * x + m.d * y + m.f };
      });
      return { id: path.closest('.react-flow__edge')?.dataset.id ?? '', points };
    });
    return { canvas, nodes, panels, zoom, lines };
  });
}

for (const template of templates) {
  test(`${template.name} opens readable: no overlap, clear of the panels, lines around nodes`, async ({
    designer,
  }) => {
    const { files, canvas, page } = designer;
    await files.openTemplate(template.name);
    // Only nodes in view are drawn (the canvas renders what is visible); the start always is.
    await expect(canvas.nodes.first()).toBeVisible();
    // Templates are saved tidied, so their lines take Tidy up's routes once the nodes are measured.
    await expect(page.locator('.canvas')).toHaveAttribute('data-lines', 'routed');
    // The fit comes once the nodes are measured too: wait until two looks agree.
    let previous = '';
    await expect
      .poll(async () => {
        const [before, now] = [previous, JSON.stringify(await picture(page))];
        previous = now;
        return before === now;
      })
      .toBe(true);
    const { canvas: area, nodes, panels, zoom, lines } = await picture(page);

    expect(zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    for (const [index, a] of nodes.entries()) {
      for (const b of nodes.slice(index + 1)) {
        expect(intersect(a, b), `${a.id} overlaps ${b.id}`).toBe(false);
      }
    }
    // A flow that fits at a readable zoom is shown whole, every node clear of the panels. One too
    // big for that is shown from its start, clear of the panels, and the minimap shows the rest.
    const inView = nodes.filter(
      (node) =>
        node.left >= area.left &&
        node.right <= area.right &&
        node.top >= area.top &&
        node.bottom <= area.bottom,
    );
    const whole = template.nodes.length === inView.length;
    const start = template.nodes.find((node) => node.kind.endsWith('-call'))!;
    expect(inView.map((node) => node.id)).toContain(start.id);
    if (!whole) expect(zoom).toBeCloseTo(READABLE_ZOOM, 5);
    for (const node of whole ? inView : inView.filter((node) => node.id === start.id)) {
      for (const panel of panels) {
        expect(intersect(node, panel), `${node.id} is under ${panel.id}`).toBe(false);
      }
    }
    if (!whole) await expect(page.getByRole('img', { name: 'Minimap' })).toBeVisible();
    const ends = new Map(template.edges.map((edge) => [edge.id, [edge.from, edge.to]]));
    for (const line of lines) {
      const [from, to] = ends.get(line.id) ?? [];
      for (const node of nodes.filter((node) => node.id !== from && node.id !== to)) {
        const inside = line.points.find(
          ({ x, y }) =>
            x > node.left + 2 && x < node.right - 2 && y > node.top + 2 && y < node.bottom - 2,
        );
        expect(
          inside,
          `line ${line.id} (${from} → ${to}) passes through ${node.id}`,
        ).toBeUndefined();
      }
    }
  });
}

test('the minimap can be hidden, and stays hidden after a reload', async ({ designer }) => {
  const { files, page } = designer;
  await files.openTemplate('IVR menu');
  const minimap = page.getByRole('img', { name: 'Minimap' });
  await expect(minimap).toBeVisible();
  await page.getByRole('button', { name: 'Hide the minimap' }).click();
  await expect(minimap).toBeHidden();
  await page.reload();
  await page.locator('html[data-app-state="ready"]').waitFor();
  await files.openTemplate('IVR menu');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expect(minimap).toBeHidden();
  await page.getByRole('button', { name: 'Show the minimap' }).click();
  await expect(minimap).toBeVisible();
});
