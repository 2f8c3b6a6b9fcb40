import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ResultsPage } from './pages/lotse.ts';
import { openSession, type Session } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const SCREEN = { width: 360, height: 640 };

/** Page-pixel tops of the result cards (the family's KoKi first, where it is shown). */
async function cardTops(session: Session): Promise<number[]> {
  return session.page
    .locator('main article.card')
    .evaluateAll((cards) => cards.map((c) => c.getBoundingClientRect().top + window.scrollY));
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

  it('the questionnaire result for a crying baby has its first call button on the first screen', async () => {
    await show('region=ostallgaeu&stage=baby-0-1&topics=crying');
    const call = await session.page.locator('main article.card a[href^="tel:"]').first().boundingBox();
    expect((call?.y ?? Number.POSITIVE_INFINITY) + (call?.height ?? 0)).toBeLessThanOrEqual(SCREEN.height);
  });

  it('a card shows at most two reasons and keeps its badges on one line', async () => {
    await show('region=coburg-stadt&q=Erziehungsberatung');
    const shapes = await session.page.locator('main ul.results article.card').evaluateAll((cards) =>
      cards.map((c) => ({
        reasons: c.querySelectorAll('.reasons li').length,
        badgeRows: new Set([...c.querySelectorAll('.badges li')].map((b) => b.getBoundingClientRect().top))
          .size,
      })),
    );
    expect(shapes.length).toBeGreaterThan(5);
    for (const s of shapes) {
      expect(s.reasons).toBeLessThanOrEqual(2);
      expect(s.badgeRows).toBeLessThanOrEqual(1);
    }
    const wide = await session.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(wide).toBeLessThanOrEqual(0);
  });
});
