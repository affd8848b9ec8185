import { readFileSync } from 'node:fs';
import type { DesignerPage } from './pages/designer-page';

/** The text of a flow file under tests/fixtures/flows/. */
export function flowFixture(name: string): string {
  return readFileSync(new URL(`../fixtures/flows/${name}.legflow.json`, import.meta.url), 'utf8');
}

/**
 * Puts a fixture flow on the empty canvas (by pasting it, which keeps its positions) and clears
 * the selection and the undo history's meaning for the test: what follows is the test's own.
 */
export async function openFixture(designer: DesignerPage, name: string, nodes: number) {
  const { canvas, page } = designer;
  await canvas.pasteText(flowFixture(name));
  await canvas.nodes.nth(nodes - 1).waitFor();
  await page.keyboard.press('Escape');
}
