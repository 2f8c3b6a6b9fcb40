import { describe, expect, inject, it } from 'vitest';
import { openSession } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const PNG_SIGNATURE = '89504e470d0a1a0a';

/** An icon or screenshot entry of the served manifest. */
interface ImageResource {
  src: string;
  sizes: string;
  type?: string;
  purpose?: string;
  label?: string;
  form_factor?: string;
}

/** The fields of /manifest.webmanifest this test reads. */
interface WebManifest {
  id: string;
  name: string;
  short_name: string;
  description: string;
  lang: string;
  dir: string;
  start_url: string;
  scope: string;
  display: string;
  theme_color: string;
  background_color: string;
  categories: string[];
  icons: ImageResource[];
  shortcuts: { name: string; url: string; icons: ImageResource[] }[];
  screenshots: ImageResource[];
}

/** Fetches an image the manifest names and returns its real size as "WxH" (PNG from IHDR) or "any" (SVG). */
async function servedSize(resource: ImageResource): Promise<string> {
  const response = await fetch(new URL(resource.src, baseUrl));
  expect(response.status, resource.src).toBe(200);
  const bytes = Buffer.from(await response.arrayBuffer());
  if (resource.type === 'image/svg+xml') {
    expect(bytes.toString('utf8'), resource.src).toMatch(/^<svg[\s>]/);
    return 'any';
  }
  expect(resource.type, resource.src).toBe('image/png');
  expect(response.headers.get('content-type'), resource.src).toBe('image/png');
  expect(bytes.subarray(0, 8).toString('hex'), `${resource.src} is a PNG`).toBe(PNG_SIGNATURE);
  expect(bytes.subarray(12, 16).toString('latin1'), resource.src).toBe('IHDR');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

describe('installable as an app (production build)', () => {
  it('has no installability errors in Chromium', async () => {
    const session = await openSession();
    try {
      await session.page.goto(`${baseUrl}/`, { waitUntil: 'load' });
      await session.page.locator('h1').first().waitFor();
      await expect(session.page.locator('link[rel="manifest"]').getAttribute('href')).resolves.toBe(
        '/manifest.webmanifest',
      );
      // With a service worker in the build, it must activate and, after a reload (clientsClaim is off), control.
      const sw = await fetch(`${baseUrl}/sw.js`);
      const hasWorker = /javascript/.test(sw.headers.get('content-type') ?? '');
      const worker = await session.page.evaluate(async (timeout) => {
        const registration = await Promise.race([
          navigator.serviceWorker.ready,
          new Promise<null>((resolve) => setTimeout(() => resolve(null), timeout)),
        ]);
        const active = registration?.active;
        if (!active) return 'none';
        if (active.state !== 'activated') {
          await new Promise((resolve) => active.addEventListener('statechange', resolve));
        }
        return active.state;
      }, 20_000);
      expect(worker).toBe(hasWorker ? 'activated' : 'none');
      if (hasWorker) {
        await session.page.reload({ waitUntil: 'load' });
        await session.page.locator('h1').first().waitFor();
        const controlled = await session.page.evaluate(() => navigator.serviceWorker.controller !== null);
        expect(controlled).toBe(true);
      }
      const cdp = await session.context.newCDPSession(session.page);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      expect(installabilityErrors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('serves a complete German manifest whose images exist at their declared sizes', async () => {
    const response = await fetch(`${baseUrl}/manifest.webmanifest`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    const manifest = (await response.json()) as WebManifest;

    expect(manifest).toMatchObject({
      id: '/',
      name: 'Lotse – Frühe Hilfen finden',
      short_name: 'Lotse',
      lang: 'de',
      dir: 'ltr',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#1f5f5b',
      background_color: '#fdf8f0',
      categories: ['health', 'lifestyle', 'social'],
    });
    expect(manifest.description).toMatch(/Frühe Hilfen/);

    const icons = manifest.icons.map((icon) => `${icon.src} ${icon.sizes} ${icon.purpose ?? 'any'}`);
    expect(icons).toEqual([
      '/icons/icon-192.png 192x192 any',
      '/icons/icon-512.png 512x512 any',
      '/icons/maskable-512.png 512x512 maskable',
      '/icon.svg any any',
    ]);

    expect(manifest.shortcuts.map((s) => [s.name, s.url, s.icons.map((i) => `${i.src} ${i.sizes}`)])).toEqual(
      [
        ['Hilfe sofort', '/help-now', ['/icons/shortcut-help.png 96x96']],
        ['Meine Liste', '/list', ['/icons/shortcut-list.png 96x96']],
      ],
    );

    expect(manifest.screenshots.map((s) => [s.form_factor, s.sizes])).toEqual([
      ['narrow', '360x800'],
      ['wide', '1280x800'],
    ]);
    for (const screenshot of manifest.screenshots) {
      expect(screenshot.src).toMatch(/^\/screenshots\/.+\.png$/);
      expect(screenshot.label?.length ?? 0).toBeGreaterThan(10);
    }

    const images = [
      ...manifest.icons,
      ...manifest.shortcuts.flatMap((s) => s.icons),
      ...manifest.screenshots,
    ];
    for (const image of images) {
      await expect(servedSize(image), image.src).resolves.toBe(image.sizes);
    }
  });
});
