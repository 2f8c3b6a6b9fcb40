import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { findLanguage } from '../../../src/i18n/languages.ts';
import { openSession } from './browser.ts';
import { closeAfterEach } from './cleanup.ts';
import { waitForServiceWorker } from './offline.ts';
import { texts } from './texts.ts';

/** The links of issue 26 that painted German first and then turned (CLS 0.40, 0.32, 0.04, 0.32 before). */
export const FIRST_PAINT_LINKS: readonly [string, string][] = [
  ['/offer/koki-ostallgaeu?lang=ar', 'ar'],
  ['/results?region=ostallgaeu&topics=crying&lang=uk', 'uk'],
  ['/?lang=tr', 'tr'],
  ['/help-now?lang=ru', 'ru'],
];

/** What the page showed from its first byte on: set up before any script of the page runs. */
interface Watched {
  /** `<html lang>` and `dir` when DOMContentLoaded fired. */
  dcl: [string, string] | null;
  /** Every text the quick-exit button had, in order: the first is what was painted first. */
  exits: string[];
  /** Layout shifts without input, summed from the first paint on as Lighthouse's CLS sums them. */
  cls: number;
}

async function watch(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen = { dcl: null as [string, string] | null, exits: [] as string[], cls: 0 };
    Object.assign(window, { __watched: seen });
    new PerformanceObserver((list) => {
      type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean };
      for (const e of list.getEntries() as Shift[]) if (!e.hadRecentInput) seen.cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    const note = () => {
      const text = document.querySelector('.quick-exit')?.textContent?.trim();
      if (text && seen.exits.at(-1) !== text) seen.exits.push(text);
    };
    new MutationObserver(note).observe(document, { childList: true, subtree: true, characterData: true });
    document.addEventListener('DOMContentLoaded', () => {
      note();
      const html = document.documentElement;
      seen.dcl = [html.lang, html.dir];
    });
  });
}

/** Wakes the app (a first use), waits until it is live and everything it loads has arrived, and reads the watch. */
async function wakeAndRead(page: Page): Promise<Watched> {
  await page.mouse.move(20, 300);
  await page.locator('#app[data-live]').waitFor({ state: 'attached' });
  await page.waitForLoadState('networkidle');
  return page.evaluate(() => (window as unknown as { __watched: Watched }).__watched);
}

/** What a page opened in `code` must show: that language from DOMContentLoaded on, never German, no shift. */
function expectInLanguage(watched: Watched, code: string): void {
  const dir = findLanguage(code)?.dir ?? 'ltr';
  expect(watched.dcl).toEqual([code, dir]);
  expect(watched.exits).toEqual([texts(code).t('exit.label')]);
  expect(watched.cls).toBeLessThanOrEqual(0.02);
}

/**
 * A link in the family's language is in that language before anything is painted and shifts nothing, whether the
 * language comes from `?lang=`, a shared list or the language kept on the device (then the service worker's
 * shell answers). Run against `vite preview` and against nginx with the production config.
 */
export function firstPaintJourneys(baseUrl: () => string): void {
  const opened = closeAfterEach();

  it.each(FIRST_PAINT_LINKS)(
    '%s is in its language from DOMContentLoaded on and shifts nothing when the app takes it over',
    async (route, code) => {
      const s = await openSession({ viewport: { width: 360, height: 640 } });
      opened.session = s;
      await watch(s.page);
      await s.page.goto(`${baseUrl()}${route}`, { waitUntil: 'load' });
      // Served in its language, the page waits for use as a German one does: the app has not come.
      expect(await s.page.locator('#app[data-live]').count()).toBe(0);
      expectInLanguage(await wakeAndRead(s.page), code);
      expect(s.errors).toEqual([]);
    },
  );

  it('a shared list with lang=ar is drawn in Arabic from the first paint, right to left', async () => {
    const s = await openSession({ viewport: { width: 360, height: 640 } });
    opened.session = s;
    await watch(s.page);
    await s.page.goto(`${baseUrl()}/list?ids=koki-ostallgaeu,notruf-112&lang=ar`);
    await s.page.locator('#app[data-live] main h1').waitFor();
    expectInLanguage(await wakeAndRead(s.page), 'ar');
    // The pages in other languages have their address with ?lang=, not a second one under /lang/.
    expect((await fetch(`${baseUrl()}/lang/ar/offer/koki-ostallgaeu`)).status).toBe(404);
  });

  it('the language kept on the device: the service worker answers and nothing German is painted first', async () => {
    const s = await openSession({ viewport: { width: 360, height: 640 } });
    opened.session = s;
    await s.page.goto(`${baseUrl()}/`);
    await waitForServiceWorker(s.page);
    await s.page.evaluate(() => window.localStorage.setItem('lotse.lang', 'ar'));
    await watch(s.page);
    await s.page.goto(`${baseUrl()}/offer/koki-ostallgaeu`);
    await s.page.locator('#app[data-live] main h1').waitFor();
    expect(await s.page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expectInLanguage(await wakeAndRead(s.page), 'ar');
    expect(s.errors).toEqual([]);
  });
}
