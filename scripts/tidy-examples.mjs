/* global document -- the page functions run in the browser */
// Lays the example flows out exactly as Tidy up does in the app, and writes the positions back
// into assets/examples/, so each template opens laid out by the canvas's own rules, with its
// lines routed (see renderer/canvas/use-routes-on-open.ts): `npm run build && node
// scripts/tidy-examples.mjs`. Run it again whenever nodes change shape (their CSS or fonts).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium-launch.mjs';
import { serveForPages } from './serve-for-pages.mjs';

const EXAMPLES = 'assets/examples';
const { url, workspace, stop } = await serveForPages();
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(url);
  await page.locator('html[data-app-state="ready"]').waitFor();
  for (const file of readdirSync(EXAMPLES).filter((name) => name.endsWith('.legflow.json'))) {
    const path = join(EXAMPLES, file);
    const text = readFileSync(path, 'utf8');
    const name = JSON.parse(text).name;
    await page.getByRole('button', { name: 'Templates…' }).click();
    await page
      .getByRole('dialog', { name: 'Start from a template' })
      .getByRole('button', { name: new RegExp(`^${name}\\b`) })
      .click();
    // A tidied template before this one is an unsaved change.
    await page
      .getByRole('button', { name: /Don.t save/ })
      .click({ timeout: 1_000 })
      .catch(() => {});
    await page.locator('.react-flow__node').first().waitFor();
    await page.getByRole('button', { name: 'Auto-layout' }).click();
    // The button is disabled while ELK works (loading it the first time takes a moment).
    const tidyButton = 'button[aria-label="Auto-layout"]';
    await page
      .waitForFunction((selector) => document.querySelector(selector)?.disabled, tidyButton, {
        timeout: 2_000,
      })
      .catch(() => {});
    await page.waitForFunction(
      (selector) => !document.querySelector(selector)?.disabled,
      tidyButton,
    );
    await page.waitForTimeout(300);
    // Saved as a file of its own to read every position back (the canvas draws only what is
    // in view, so the page does not have them all).
    const saved = file.replace('.legflow.json', '');
    await page.getByRole('button', { name: 'Save as…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save the flow as' });
    await dialog.getByLabel('File name').fill(saved);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('.document-name').filter({ hasText: file }).waitFor();
    const { nodes } = JSON.parse(readFileSync(join(workspace, file), 'utf8'));
    const positions = nodes.map((node) => ({ id: node.id, ...node.position }));
    const left = Math.min(...positions.map((p) => p.x));
    const top = Math.min(...positions.map((p) => p.y));
    let updated = text;
    for (const { id, x, y } of positions) {
      const block = new RegExp(`("id": "${id}",[\\s\\S]*?"position": )\\{[^}]*\\}`);
      updated = updated.replace(
        block,
        `$1{ "x": ${Math.round(x - left)}, "y": ${Math.round(y - top)} }`,
      );
    }
    writeFileSync(path, updated);
    console.log(`${file}: ${positions.length} nodes placed`);
  }
} finally {
  await browser.close();
  stop();
}
