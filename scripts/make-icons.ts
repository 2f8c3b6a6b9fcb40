/**
 * Renders the app icons (public/icons/*.png) from SVG in Debian's Chromium: the rounded "any" icons with
 * transparent corners, a full-bleed maskable icon whose motif stays inside the central 80 % circle, and the two
 * 96×96 shortcut icons. Usage: `tsx scripts/make-icons.ts [outDir]`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { BRAND } from '../src/offline/manifest.ts';
import { launchFresh } from './lib/chromium.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

const { theme, background, accent } = BRAND;
/** The motif of public/icon.svg (64×64 units): a cream triangle over a yellow dot. */
const MOTIF = `<path d="M32 12 46 44H18z" fill="${background}"/><circle cx="32" cy="48" r="5" fill="${accent}"/>`;

/** One icon to render: its file name, pixel size and SVG markup (viewBox 0 0 64 64). */
interface IconSpec {
  file: string;
  size: number;
  svg: string;
}

const svg = (body: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">${body}</svg>`;
const rounded = (body: string): string =>
  svg(`<rect width="64" height="64" rx="14" fill="${theme}"/>${body}`);

/** The motif spans at most 21 units from the centre (32, 32.5): 33 % of the side, inside the 40 % safe radius. */
const maskable = svg(
  `<rect width="64" height="64" fill="${theme}"/><g transform="translate(0 -0.5)">${MOTIF}</g>`,
);

/** A lifebuoy for "Hilfe sofort". */
const helpIcon = rounded(
  `<circle cx="32" cy="32" r="17" fill="none" stroke="${background}" stroke-width="9"/>` +
    `<circle cx="32" cy="32" r="17" fill="none" stroke="${accent}" stroke-width="9" ` +
    `stroke-dasharray="13.35 13.35" stroke-dashoffset="6.67"/>`,
);

/** Three list lines with yellow bullets for "Meine Liste". */
const listIcon = rounded(
  [20, 32, 44]
    .map(
      (y) =>
        `<circle cx="19" cy="${y}" r="3.5" fill="${accent}"/>` +
        `<rect x="26" y="${y - 2.5}" width="21" height="5" rx="2.5" fill="${background}"/>`,
    )
    .join(''),
);

/** Every icon the manifest names under /icons/. */
export const ICONS: IconSpec[] = [
  { file: 'icon-192.png', size: 192, svg: rounded(MOTIF) },
  { file: 'icon-512.png', size: 512, svg: rounded(MOTIF) },
  { file: 'maskable-512.png', size: 512, svg: maskable },
  { file: 'shortcut-help.png', size: 96, svg: helpIcon },
  { file: 'shortcut-list.png', size: 96, svg: listIcon },
];

/** Renders one SVG at `size` pixels and returns the PNG, transparent outside the shape. */
async function render(page: Page, spec: IconSpec): Promise<Buffer> {
  const sized = spec.svg.replace('<svg ', `<svg width="${spec.size}" height="${spec.size}" `);
  await page.setContent(
    `<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`,
  );
  return page.locator('svg').screenshot({ omitBackground: true, type: 'png' });
}

/** Counts pixels of a PNG outside the central 80 % circle that differ from the theme colour (0 = safe). */
async function pixelsOutsideSafeZone(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(
    async ({ data, colour }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const n = image.naturalWidth;
      const canvas = document.createElement('canvas');
      canvas.width = n;
      canvas.height = n;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, n, n).data;
      const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16));
      let off = 0;
      for (let y = 0; y < n; y++) {
        for (let x = 0; x < n; x++) {
          if (Math.hypot(x + 0.5 - n / 2, y + 0.5 - n / 2) <= 0.4 * n) continue;
          const i = (y * n + x) * 4;
          const same = pixels[i] === r && pixels[i + 1] === g && pixels[i + 2] === b && pixels[i + 3] === 255;
          if (!same) off++;
        }
      }
      return off;
    },
    { data: png.toString('base64'), colour: theme },
  );
}

/** Renders every icon into `outDir` and checks the maskable icon's safe zone. */
export async function makeIcons(outDir = path.join(ROOT, 'public/icons')): Promise<void> {
  fs.mkdirSync(outDir, { recursive: true });
  const { context, close } = await launchFresh({
    viewport: { width: 600, height: 600 },
    deviceScaleFactor: 1,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    for (const spec of ICONS) {
      const png = await render(page, spec);
      if (spec.file.startsWith('maskable')) {
        const off = await pixelsOutsideSafeZone(page, png);
        if (off > 0) throw new Error(`${spec.file}: ${off} pixels outside the safe zone are not background`);
      }
      fs.writeFileSync(path.join(outDir, spec.file), png);
      console.log(`${spec.file.padEnd(20)} ${spec.size}×${spec.size}  ${png.length} bytes`);
    }
  } finally {
    await close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  makeIcons(process.argv[2]).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
