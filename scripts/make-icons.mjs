// Makes every app icon from the one source image, assets/icon/icon.svg: `npm run icons`.
// Writes assets/icon/png/NxN.png (the icon set electron-builder takes for Linux), icon.png
// (1024 px), icon.ico (Windows), icon.icns (macOS) and the browser mode's favicon
// (renderer/public/favicon.png, 64 px). The results are checked in, so building
// installers needs no browser; run this again after changing the SVG.
// Chromium draws the SVG at each size itself rather than shrinking one large image, so small
// sizes get crisp edges. Debian's Chromium is used when present (Playwright cannot download its
// own browsers without internet).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium-launch.mjs';
import { packIcns, packIco, pngSize } from './icon-containers.mjs';

const ICON_DIR = 'assets/icon';
const SOURCE = join(ICON_DIR, 'icon.svg');
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

/** Draws the SVG at each size as a PNG with a transparent background. */
async function renderPngs(svg, sizes) {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const largest = Math.max(...sizes);
    const page = await browser.newPage({
      viewport: { width: largest, height: largest },
      deviceScaleFactor: 1,
    });
    const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    const pngs = new Map();
    for (const size of sizes) {
      await page.setContent(
        `<body style="margin:0"><img src="${source}" width="${size}" height="${size}"></body>`,
      );
      await page.locator('img').evaluate((img) => img.decode());
      const clip = { x: 0, y: 0, width: size, height: size };
      pngs.set(size, await page.screenshot({ clip, omitBackground: true }));
    }
    return pngs;
  } finally {
    await browser.close();
  }
}

const svg = await readFile(SOURCE, 'utf8');
const pngs = await renderPngs(svg, LINUX_SIZES);
for (const [size, png] of pngs) {
  const { width, height } = pngSize(png);
  if (width !== size || height !== size) throw new Error(`${size} px came out ${width}x${height}`);
}
await mkdir(join(ICON_DIR, 'png'), { recursive: true });
for (const [size, png] of pngs) await writeFile(join(ICON_DIR, 'png', `${size}x${size}.png`), png);
await writeFile(join(ICON_DIR, 'icon.png'), pngs.get(1024));
await writeFile(join(ICON_DIR, 'icon.ico'), packIco(ICO_SIZES.map((size) => pngs.get(size))));
await writeFile(join(ICON_DIR, 'icon.icns'), packIcns(pngs));
await writeFile('renderer/public/favicon.png', pngs.get(64));
console.log(
  `wrote ${ICON_DIR}/png/*.png, icon.png, icon.ico, icon.icns and renderer/public/favicon.png from ${SOURCE}`,
);
