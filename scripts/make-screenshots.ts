/**
 * Takes the manifest's screenshots of the real app (public/screenshots/narrow.png and wide.png) in Debian's
 * Chromium. Builds nothing: it expects a running preview server.
 * Usage: `npm run build && npx vite preview --port 4173`, then `tsx scripts/make-screenshots.ts [baseUrl]`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchFresh } from './lib/chromium.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

/** One screenshot: the route to open, the viewport and the file it becomes. */
interface Shot {
  file: string;
  route: string;
  width: number;
  height: number;
}

/** The screenshots the manifest names under /screenshots/. */
export const SHOTS: Shot[] = [
  {
    file: 'narrow.png',
    route: '/results?region=ostallgaeu&stage=baby-0-1&topics=crying',
    width: 360,
    height: 800,
  },
  { file: 'wide.png', route: '/', width: 1280, height: 800 },
];

/** Opens each route in a fresh profile, waits for the app to settle and saves a viewport screenshot. */
export async function makeScreenshots(
  baseUrl = 'http://127.0.0.1:4173',
  outDir = path.join(ROOT, 'public/screenshots'),
): Promise<void> {
  fs.mkdirSync(outDir, { recursive: true });
  for (const shot of SHOTS) {
    const { context, close } = await launchFresh({
      viewport: { width: shot.width, height: shot.height },
      deviceScaleFactor: 1,
      locale: 'de-DE',
      reducedMotion: 'reduce',
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(new URL(shot.route, baseUrl).href, { waitUntil: 'networkidle' });
      await page.locator('h1').first().waitFor();
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(300);
      const png = await page.screenshot({ type: 'png', animations: 'disabled', caret: 'hide' });
      fs.writeFileSync(path.join(outDir, shot.file), png);
      console.log(`${shot.file.padEnd(12)} ${shot.width}×${shot.height}  ${png.length} bytes  ${shot.route}`);
    } finally {
      await close();
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  makeScreenshots(process.argv[2]).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
