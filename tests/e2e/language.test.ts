import fs from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { LotsePage } from './pages/lotse.ts';
import { openSession, type Session } from './support/browser.ts';
import { closeAfterEach } from './support/cleanup.ts';
import { waitForServiceWorker } from './support/offline.ts';
import { copyDist, serveStatic } from './support/static-server.ts';

const baseUrl = inject('baseUrl');
const SCREEN = { width: 360, height: 640 };
/** Where to keep screenshots for a person to look at, when set (nothing is written otherwise). */
const SHOTS = process.env.LOTSE_SHOTS ?? '';

const opened = closeAfterEach();

/** Saves a screenshot for people to look at (outside the repository), when that folder exists. */
async function shot(s: Session, name: string): Promise<void> {
  if (SHOTS && fs.existsSync(SHOTS)) await s.page.screenshot({ path: `${SHOTS}/${name}.png` });
}

const chooser = (s: Session) => s.page.locator('select.lang-select:visible');

describe('choosing a language (production build, real Chromium)', () => {
  it('switches the start page to English at 360×640 with the calls and "find help" still on the first screen; a reload keeps it', async () => {
    const session = await openSession({ viewport: SCREEN });
    opened.session = session;
    const page = new LotsePage(session.page, baseUrl);
    await page.goto('/');
    await shot(session, 'start-de');
    await chooser(session).selectOption('en');
    await session.page.getByRole('heading', { level: 1, name: 'Find help that fits your family' }).waitFor();
    expect(await session.page.evaluate(() => document.documentElement.lang)).toBe('en');
    const bottoms = await session.page
      .locator('main .emergency a[href^="tel:"], main a.door--primary')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().bottom));
    expect(bottoms.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...bottoms)).toBeLessThanOrEqual(SCREEN.height);
    await shot(session, 'start-en');
    await session.page.reload();
    await session.page.getByRole('heading', { level: 1, name: 'Find help that fits your family' }).waitFor();
    expect(await chooser(session).inputValue()).toBe('en');
    expect(session.errors).toEqual([]);
  });

  it('offers an English browser its language in a bar that moves nothing on the first screen and hides no call', async () => {
    const session = await openSession({ viewport: SCREEN, locale: 'en-US' });
    opened.session = session;
    // Layout shifts are summed from the first paint on, as Lighthouse's CLS sums them.
    await session.page.addInitScript(() => {
      const w = window as unknown as { shifted: number };
      w.shifted = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!entry.hadRecentInput) w.shifted += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await new LotsePage(session.page, baseUrl).goto('/');
    const bar = session.page.locator('.lang-suggest');
    await bar.getByRole('button', { name: 'Read in English' }).waitFor();
    await shot(session, 'start-suggest-en');
    const shifted = await session.page.evaluate(() => (window as unknown as { shifted: number }).shifted);
    expect(shifted).toBeLessThanOrEqual(0.001);
    const top = await bar.evaluate((e) => e.getBoundingClientRect().top);
    const calls = await session.page
      .locator('main .emergency a[href^="tel:"]')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().bottom));
    expect(calls.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...calls.slice(0, 2))).toBeLessThanOrEqual(top);
    await bar.getByRole('button', { name: 'Stay in German' }).click();
    await bar.waitFor({ state: 'detached' });
    expect(session.errors).toEqual([]);
  });

  it('?lang=ar shows Arabic right to left, and an unknown lang is ignored', async () => {
    const session = await openSession({ viewport: SCREEN });
    opened.session = session;
    await session.page.goto(`${baseUrl}/help-now?lang=ar`);
    await session.page.waitForFunction(() => document.documentElement.dir === 'rtl');
    expect(
      await session.page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
    ).toEqual(['ar', 'rtl']);
    await new LotsePage(session.page, baseUrl).h1().waitFor();
    await shot(session, 'help-now-ar');
    await session.page.goto(`${baseUrl}/?lang=xx`);
    await new LotsePage(session.page, baseUrl).h1().waitFor();
    expect(await new LotsePage(session.page, baseUrl).title()).toBe(
      'Hilfe finden, die zu Ihrer Familie passt',
    );
    expect(await session.page.evaluate(() => document.documentElement.lang)).toBe('de');
  });

  it('switches language with the network off, from the precache', async () => {
    const srv = await serveStatic(copyDist());
    opened.server = srv;
    const session = await openSession({ viewport: SCREEN });
    opened.session = session;
    const page = new LotsePage(session.page, srv.url);
    await page.goto('/');
    await waitForServiceWorker(session.page);
    // The device keeps the regions opened on it: the offer's region once online.
    await page.goto('/offer/koki-ostallgaeu');
    await srv.stop();
    await page.goto('/offer/koki-ostallgaeu');
    await chooser(session).selectOption('uk');
    await session.page.waitForFunction(() => document.documentElement.lang === 'uk');
    // The offer's name stays German; the page around it speaks Ukrainian and says so.
    await session.page.locator('.german-names').waitFor();
    await session.page.locator('.what-this-is').waitFor();
    await page.goto('/datenschutz');
    await session.page.locator('.delete-all button').waitFor();
    expect(await page.title()).not.toBe('Datenschutzerklärung');
    await shot(session, 'privacy-uk-offline');
    // Offline, the catalogue manifest's network-first request fails on purpose; nothing else may.
    expect(session.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
