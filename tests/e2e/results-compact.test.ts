import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ResultsPage } from './pages/lotse.ts';
import { openSession, type Session } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const SCREEN = { width: 360, height: 640 };
/** About two screens: the page y the tenth card must end above. */
const TWO_SCREENS = 1400;
/**
 * What the questionnaire makes of "Buchloe, a baby under one, cries a lot or sleeps badly, I am exhausted":
 * five chips (region, stage and three topics) and the KoKi above the list.
 */
const QUESTIONNAIRE_BUCHLOE =
  'region=ostallgaeu&place=Buchloe&stage=baby-0-1&topics=crying%2Csleep%2Coverwhelm';

/** Page-pixel tops and bottoms of the result cards (the family's KoKi first, where it is shown). */
async function cardBoxes(session: Session): Promise<{ top: number; bottom: number }[]> {
  return session.page.locator('main article.card').evaluateAll((cards) =>
    cards.map((c) => {
      const box = c.getBoundingClientRect();
      return { top: box.top + window.scrollY, bottom: box.bottom + window.scrollY };
    }),
  );
}

async function cardTops(session: Session): Promise<number[]> {
  return (await cardBoxes(session)).map((b) => b.top);
}

describe('results a parent can act on: compact at 360×640 (production build)', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSession({ viewport: SCREEN });
  });

  afterAll(async () => {
    await session.close();
  });

  async function show(query: string): Promise<void> {
    const results = new ResultsPage(session.page, baseUrl);
    await results.goto(`/results?${query}`);
    await results.status().waitFor();
  }

  it('a typical search starts its first two cards on the first screen', async () => {
    await show('region=kaufbeuren&q=Hebamme');
    const tops = await cardTops(session);
    expect(tops.length).toBeGreaterThanOrEqual(2);
    expect(tops[1]).toBeLessThan(SCREEN.height);
  });

  it('a questionnaire search with three topics still starts two cards on the first screen', async () => {
    await show(QUESTIONNAIRE_BUCHLOE);
    expect(await session.page.locator('main .chips li').count()).toBe(5);
    expect(await session.page.locator('main .danger-block').count()).toBe(0);
    const tops = await cardTops(session);
    expect(tops.length).toBeGreaterThanOrEqual(2);
    expect(tops[1]).toBeLessThan(SCREEN.height);
  });

  it('ten results fit in about two screens', async () => {
    await show('region=kaufbeuren&q=Hebamme');
    const boxes = await cardBoxes(session);
    expect(boxes.length).toBeGreaterThanOrEqual(10);
    expect(boxes[9]?.bottom).toBeLessThanOrEqual(TWO_SCREENS);
  });

  it('the questionnaire result for a crying baby has its first call button on the first screen', async () => {
    await show('region=ostallgaeu&stage=baby-0-1&topics=crying');
    const call = await session.page.locator('main article.card a[href^="tel:"]').first().boundingBox();
    expect((call?.y ?? Number.POSITIVE_INFINITY) + (call?.height ?? 0)).toBeLessThanOrEqual(SCREEN.height);
  });

  it('a card shows at most two reasons and keeps its badges on one line', async () => {
    await show('region=coburg-stadt&q=Erziehungsberatung');
    // Badges that do not fit are clipped away whole: count the rows and cut badges one can see.
    const shapes = await session.page.locator('main ul.results article.card').evaluateAll((cards) =>
      cards.map((c) => {
        const edge = c.querySelector('.badges')?.getBoundingClientRect();
        const boxes = [...c.querySelectorAll('.badges li')].map((b) => b.getBoundingClientRect());
        const seen = boxes.filter((b) => edge && b.top >= edge.top - 0.5 && b.bottom <= edge.bottom + 0.5);
        return {
          reasons: c.querySelectorAll('.reasons li').length,
          badges: boxes.length,
          badgeRows: new Set(seen.map((b) => Math.round(b.top))).size,
          cutBadges: seen.filter((b) => edge && b.right > edge.right + 0.5).length,
        };
      }),
    );
    expect(shapes.length).toBeGreaterThan(5);
    for (const s of shapes) {
      expect(s.reasons).toBeLessThanOrEqual(2);
      expect(s.badgeRows).toBe(s.badges > 0 ? 1 : 0);
      expect(s.cutBadges).toBe(0);
    }
    const wide = await session.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(wide).toBeLessThanOrEqual(0);
  });
});
