import Ajv from 'ajv';
import { convertIcon } from 'app-builder-lib/out/util/iconConverter';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { findAppFile } from '../../../electron/app-files/find-app-file';
import { BUILT_IN_PHONEBOOK } from '../../../electron/simulator/personas/phonebook';

// Packaging cannot run on this machine (Electron's binaries are downloads from outside the
// registry), so the configuration is checked the way electron-builder checks it before building.
const ROOT = join(import.meta.dirname, '..', '..', '..');
const CONFIG_FILE = join(ROOT, 'electron-builder.yml');

// js-yaml is what electron-builder reads its .yml with; it ships no types of its own.
const requireCjs = createRequire(import.meta.url);
const yaml = requireCjs('js-yaml') as { load: (text: string) => unknown };

/** The parts of the configuration the issue asks for; the schema below checks all the rest. */
const packagingSchema = z.object({
  asar: z.boolean(),
  electronFuses: z.object({ runAsNode: z.boolean() }),
  extraResources: z.array(z.object({ from: z.string(), to: z.string() })),
  linux: z.object({ target: z.array(z.string()), icon: z.string() }),
  mac: z.object({ target: z.string(), icon: z.string() }),
  win: z.object({ target: z.string(), icon: z.string() }),
});

const config = yaml.load(readFileSync(CONFIG_FILE, 'utf8'));
const packaging = packagingSchema.parse(config);

// electron-builder's own check: its scheme.json, with the Ajv options it compiles it with.
// `strict: false` because the schema uses a keyword of its own (`typeof`).
const validateConfig = new Ajv({ allErrors: true, coerceTypes: true, strict: false }).compile(
  requireCjs('app-builder-lib/scheme.json') as object,
);

/** What electron-builder would object to; values are coerced, so a copy is checked. */
function schemaErrors(candidate: unknown): string[] {
  if (validateConfig(structuredClone(candidate))) return [];
  return (validateConfig.errors ?? []).map(
    (error) => `${error.instancePath || '(top)'} ${error.message}`,
  );
}

describe('electron-builder.yml', () => {
  it('matches electron-builder’s configuration schema', () => {
    expect(schemaErrors(config)).toEqual([]);
  });

  it('would be refused with a misspelt option, at the top or inside a platform', () => {
    expect(schemaErrors({ ...packaging, asr: true })).toContain(
      '(top) must NOT have additional properties',
    );
    const misspelt = { ...packaging, linux: { ...packaging.linux, icons: 'assets/icon/png' } };
    expect(schemaErrors(misspelt)).toContain('/linux must NOT have additional properties');
  });

  it('builds AppImage and deb, dmg and nsis installers', () => {
    expect(packaging.linux.target).toEqual(['AppImage', 'deb']);
    expect(packaging.mac.target).toBe('dmg');
    expect(packaging.win.target).toBe('nsis');
  });

  it('packs the app into an asar archive and turns off running as Node', () => {
    expect(packaging.asar).toBe(true);
    expect(packaging.electronFuses.runAsNode).toBe(false);
  });
});

describe('the icons electron-builder.yml names', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'legflow-icons-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));
  // Where electron-builder resolves them: the build resources folder, then the project.
  const roots = [join(ROOT, 'build'), ROOT];

  it('are taken by electron-builder as they are: an .ico from 16 to 256 px for Windows', async () => {
    const { icons, isFallback } = await convertIcon({
      sources: [packaging.win.icon],
      fallbackSources: [],
      roots,
      format: 'ico',
      outDir,
    });
    expect(isFallback).toBe(false);
    expect(icons).toEqual([{ file: join(ROOT, packaging.win.icon), size: 256 }]);
    expect(icoEntries(readFileSync(join(ROOT, packaging.win.icon)))).toEqual(
      [16, 24, 32, 48, 64, 128, 256].map((size) => `${size}x${size}`),
    );
  });

  it('an .icns for macOS holding every size from 16@2x to 512@2x as PNG', async () => {
    const { icons } = await convertIcon({
      sources: [packaging.mac.icon],
      fallbackSources: [],
      roots,
      format: 'icns',
      outDir,
    });
    expect(icons.map((icon) => icon.file)).toEqual([join(ROOT, packaging.mac.icon)]);
    expect(icnsEntries(readFileSync(join(ROOT, packaging.mac.icon)))).toEqual([
      'ic11 32x32',
      'ic12 64x64',
      'ic07 128x128',
      'ic13 256x256',
      'ic08 256x256',
      'ic14 512x512',
      'ic09 512x512',
      'ic10 1024x1024',
    ]);
  });

  it('and a set of PNGs from 16 to 1024 px for Linux, each the size its name says', async () => {
    const { icons } = await convertIcon({
      sources: [packaging.linux.icon],
      fallbackSources: [],
      roots,
      format: 'set',
      outDir,
    });
    expect(icons.map((icon) => icon.size)).toEqual([16, 24, 32, 48, 64, 128, 256, 512, 1024]);
    for (const icon of icons) {
      expect(pngSize(readFileSync(icon.file)), icon.file).toBe(`${icon.size}x${icon.size}`);
    }
  });
});

describe('the packaged app', () => {
  it('ships proto/ and the examples beside app.asar, where it finds them', () => {
    const resources = mkdtempSync(join(tmpdir(), 'legflow-resources-'));
    try {
      for (const { from, to } of packaging.extraResources) {
        cpSync(join(ROOT, from), join(resources, to), { recursive: true });
      }
      // The bundle runs from inside app.asar; nothing above it is the repository.
      const places = { resourcesPath: resources, starts: [join(resources, 'app.asar', 'dist')] };
      for (const shipped of [join('proto', 'legflow_events.proto'), BUILT_IN_PHONEBOOK]) {
        expect(findAppFile(shipped, places)).toBe(join(resources, shipped));
      }
      const examples = findAppFile(join('assets', 'examples'), places);
      expect(examples).toBe(join(resources, 'assets', 'examples'));
      expect(existsSync(join(examples, 'ivr-menu.legflow.json'))).toBe(true);
    } finally {
      rmSync(resources, { recursive: true, force: true });
    }
  });
});

/** `WxH` from a PNG's header. */
function pngSize(png: Buffer): string {
  if (png.toString('latin1', 1, 4) !== 'PNG') return 'not a PNG';
  return `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
}

/** Each image of an .ico file as `WxH`, checking that its directory entry says the same. */
function icoEntries(ico: Buffer): string[] {
  expect(ico.readUInt16LE(2)).toBe(1); // an icon, not a cursor
  const entries: string[] = [];
  for (let index = 0; index < ico.readUInt16LE(4); index++) {
    const entry = 6 + 16 * index;
    const size = pngSize(ico.subarray(ico.readUInt32LE(entry + 12)));
    // 0 stands for 256, which does not fit the byte.
    expect(`${ico[entry] || 256}x${ico[entry + 1] || 256}`).toBe(size);
    entries.push(size);
  }
  return entries;
}

/** Each entry of an .icns file as `type WxH`, its image read as a PNG. */
function icnsEntries(icns: Buffer): string[] {
  expect(icns.toString('ascii', 0, 4)).toBe('icns');
  expect(icns.readUInt32BE(4)).toBe(icns.length);
  const entries: string[] = [];
  for (let offset = 8; offset < icns.length; offset += icns.readUInt32BE(offset + 4)) {
    const type = icns.toString('ascii', offset, offset + 4);
    entries.push(`${type} ${pngSize(icns.subarray(offset + 8))}`);
  }
  return entries;
}
