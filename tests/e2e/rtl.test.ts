import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LotsePage } from './pages/lotse.ts';
import { openSession, type Session } from './support/browser.ts';
import { CORE_SCREENS, sidewaysOverflow } from './support/core-screens.ts';

const baseUrl = inject('baseUrl');

/**
 * Each phone link's number as rendered: the direction the browser computed for the element holding it, and whether
 * its first character is drawn left of its last (digits groups "08342 911 0" come out reversed in rtl text when
 * nothing isolates them).
 */
function phoneNumbers(): { text: string; direction: string; leftToRight: boolean }[] {
  return [...document.querySelectorAll('main a[href^="tel:"]')].flatMap((link) => {
    const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      if (!/^\+?\d[\d\s/-]*\d$/.test(text)) continue;
      const start = (node.textContent ?? '').indexOf(text);
      const charBox = (i: number) => {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        return range.getBoundingClientRect();
      };
      const parent = node.parentElement as Element;
      return [
        {
          text,
          direction: getComputedStyle(parent).direction,
          leftToRight: charBox(start).left < charBox(start + text.length - 1).left,
        },
      ];
    }
    return [];
  });
}

describe('right-to-left ready: the core screens with dir="rtl" at 360×640 in Chromium', () => {
  let session: Session;
  let page: LotsePage;

  beforeAll(async () => {
    session = await openSession({ viewport: { width: 360, height: 640 } });
    page = new LotsePage(session.page, baseUrl);
  });

  afterAll(async () => {
    await session.close();
  });

  /** Opens the screen and turns the page right-to-left, as the Arabic locale will. */
  const openRtl = async (path: string, ready: string) => {
    await page.goto(path);
    await session.page.locator(ready).first().waitFor();
    await session.page.evaluate(() => {
      document.documentElement.dir = 'rtl';
    });
    expect(await session.page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
  };

  it.each(CORE_SCREENS)(
    '$name: nothing scrolls sideways, phone numbers read left to right',
    async (screen) => {
      await openRtl(screen.path, screen.ready);
      expect(await sidewaysOverflow(session.page)).toBeLessThanOrEqual(0);
      const numbers = await session.page.evaluate(phoneNumbers);
      expect(numbers.length).toBeGreaterThan(0);
      expect(numbers.filter((n) => n.direction !== 'ltr' || !n.leftToRight)).toEqual([]);
    },
  );

  it('mirrors the layout: the brand sits right of the quick exit, list markers and indents on the right', async () => {
    await openRtl('/help-now', 'main a[href="tel:112"]');
    const brand = await session.page.locator('.brand').boundingBox();
    const exit = await page.quickExit().boundingBox();
    expect((brand?.x ?? 0) > (exit?.x ?? 0)).toBe(true);
    const marker = await session.page.evaluate(() => {
      const summary = document.querySelector('.help-now__other summary');
      return summary ? getComputedStyle(summary, '::before').content : null;
    });
    expect(marker).toBe('"◂"');
  });

  it('keeps offer names, e-mails and addresses isolated from the rtl text around them', async () => {
    await openRtl('/offer/gleichstellungsstelle-ostallgaeu', 'main a[href^="mailto:"]');
    const isolated = await session.page.evaluate(() =>
      ['main h1 bdi', 'main .offer__provider bdi', 'main .address bdi', 'main a[href^="mailto:"]'].map(
        (selector) => {
          const el = document.querySelector(selector);
          return el ? `${selector}: ${getComputedStyle(el).unicodeBidi}` : `${selector}: missing`;
        },
      ),
    );
    expect(isolated.filter((line) => !line.endsWith(': isolate'))).toEqual([]);
  });
});
