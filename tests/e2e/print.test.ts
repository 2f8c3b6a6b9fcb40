import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LotsePage } from './pages/lotse.ts';
import { openSession, type Session } from './support/browser.ts';

const baseUrl = inject('baseUrl');

/** Parts of the screen that make no sense on paper: navigation, quick exit, buttons, the map, the footer. */
const SCREEN_ONLY = [
  'header',
  '.header__nav',
  'footer',
  '.quick-exit',
  '.skip',
  '.actions',
  '.map-panel',
  'a[href^="geo:"]',
  'main button',
  '.search',
];

/** How many pages a PDF has (Chromium writes one /Type /Page object per page). */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;

describe('print: an offer and a list on A4, without the screen furniture (Chromium, production build)', () => {
  let session: Session;
  let page: LotsePage;

  beforeAll(async () => {
    session = await openSession({ viewport: { width: 794, height: 1123 } });
    page = new LotsePage(session.page, baseUrl);
  });

  afterAll(async () => {
    await session.close();
  });

  /** The screen-only parts that would still be printed (visible under print media). */
  async function printedScreenOnlyParts(): Promise<string[]> {
    await session.page.emulateMedia({ media: 'print' });
    const visible: string[] = [];
    for (const selector of SCREEN_ONLY) {
      for (const element of await session.page.locator(selector).all()) {
        if (await element.isVisible()) visible.push(selector);
      }
    }
    return visible;
  }

  /** The text of <main> as printed: innerText, unlike textContent, leaves out what print CSS hides. */
  function printedText(): Promise<string> {
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text under print media is what is tested
    return session.page.locator('main').innerText();
  }

  it('an offer prints its name, phone, address and source, nothing of the screen chrome, on at most two pages', async () => {
    await page.goto('/offer/koki-ostallgaeu');
    await session.page.locator('main a[href^="tel:"]').first().waitFor();
    expect(await printedScreenOnlyParts()).toEqual([]);
    const main = session.page.locator('main');
    expect(await main.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    const text = await printedText();
    expect(text).toMatch(/08342 911-0/);
    expect(text).toMatch(/Schwabenstraße 11/);
    expect(text).toMatch(/Woher die Angaben stammen/);
    const pdf = await session.page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pageCount(pdf)).toBeGreaterThan(0);
    expect(pageCount(pdf)).toBeLessThanOrEqual(2);
    await session.page.emulateMedia({ media: 'screen' });
  });

  it('a shared list prints every offer with its phone on one page', async () => {
    await page.goto('/list?ids=koki-ostallgaeu,notruf-112,donum-vitae-kaufbeuren');
    await session.page.locator('main article').nth(2).waitFor();
    expect(await printedScreenOnlyParts()).toEqual([]);
    const text = await printedText();
    for (const expected of [
      'KoKi – Netzwerk frühe Kindheit Landkreis Ostallgäu',
      '08342 911-0',
      '112',
      'donum vitae',
    ])
      expect(text).toContain(expected);
    const pdf = await session.page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pageCount(pdf)).toBe(1);
    await session.page.emulateMedia({ media: 'screen' });
  });
});
