import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openSession, type Session } from './support/browser.ts';
import { CORE_SCREENS, sidewaysOverflow } from './support/core-screens.ts';
import { openIn } from './support/screens.ts';
import { texts } from './support/texts.ts';

const baseUrl = inject('baseUrl');

/**
 * Marks the controls that show their shape only by a background colour (buttons, call links): forced colours
 * replace that background, so these need a border of their own to stay visible as buttons.
 */
function markFilledControls(): number {
  const controls = [
    ...document.querySelectorAll<HTMLElement>('main button, main a, header button, header a'),
  ];
  const filled = controls.filter((el) => {
    const box = el.getBoundingClientRect();
    const background = getComputedStyle(el).backgroundColor;
    return box.width > 0 && background !== 'rgba(0, 0, 0, 0)' && background !== 'transparent';
  });
  for (const el of filled) el.dataset.filled = '';
  return filled.length;
}

/** The marked controls that have no visible border (as the browser draws them now). */
function borderless(): string[] {
  return [...document.querySelectorAll<HTMLElement>('[data-filled]')]
    .filter((el) => {
      const style = getComputedStyle(el);
      return style.borderTopStyle === 'none' || Number.parseFloat(style.borderTopWidth) === 0;
    })
    .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.trim().slice(0, 30)}`);
}

/** Each core screen in German and in Arabic (right to left, and longer words in places). */
const CASES = ['de', 'ar'].flatMap((lang) => CORE_SCREENS.map((screen) => ({ ...screen, lang })));

describe('accessible in more conditions: forced colours and 200 % text, at 360×640 in Chromium', () => {
  let session: Session;
  const open = (screen: (typeof CASES)[number]) =>
    openIn(session.page, baseUrl, texts(screen.lang), screen.path, screen.ready);

  beforeAll(async () => {
    session = await openSession({ viewport: { width: 360, height: 640 } });
  });

  afterAll(async () => {
    await session.close();
  });

  it.each(CASES)(
    '$name ($lang) in forced colours: every filled control keeps a border, focus keeps its outline',
    async (screen) => {
      await session.page.emulateMedia({ forcedColors: 'none' });
      await open(screen);
      expect(await session.page.evaluate(markFilledControls)).toBeGreaterThan(0);
      await session.page.emulateMedia({ forcedColors: 'active' });
      expect(await session.page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
      expect(await session.page.evaluate(borderless)).toEqual([]);
      const unmarked: string[] = [];
      for (let i = 0; i < 12; i++) {
        await session.page.keyboard.press('Tab');
        const focus = await session.page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          const style = el ? getComputedStyle(el) : null;
          const visible =
            !!style && style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
          return { visible, name: el?.textContent?.trim().slice(0, 30) ?? '' };
        });
        if (!focus.visible) unmarked.push(focus.name);
      }
      expect(unmarked).toEqual([]);
      await session.page.emulateMedia({ forcedColors: 'none' });
    },
  );

  it.each(CASES)('$name ($lang) at 200 % text reflows without sideways scroll', async (screen) => {
    await open(screen);
    const base = await session.page.evaluate(() =>
      Number.parseFloat(getComputedStyle(document.body).fontSize),
    );
    await session.page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    const zoomed = await session.page.evaluate(() =>
      Number.parseFloat(getComputedStyle(document.body).fontSize),
    );
    expect(zoomed).toBeGreaterThanOrEqual(base * 1.9);
    expect(await sidewaysOverflow(session.page)).toBeLessThanOrEqual(0);
  });
});
