import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ResultsPage } from './pages/lotse.ts';
import { openSession, type Session } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const SCREEN = { width: 360, height: 640 };

/** The tel: links inside <main> with their place on the page (top, bottom in page pixels) and height. */
async function calls(session: Session, within = 'main') {
  return session.page.locator(`${within} a[href^="tel:"]`).evaluateAll((links) =>
    links.map((a) => {
      const box = a.getBoundingClientRect();
      return {
        href: a.getAttribute('href') ?? '',
        top: box.top + window.scrollY,
        bottom: box.bottom + window.scrollY,
        height: box.height,
      };
    }),
  );
}

async function showResults(session: Session, query: string): Promise<ResultsPage> {
  const results = new ResultsPage(session.page, baseUrl);
  await results.goto(`/results?${query}`);
  await results.status().waitFor();
  return results;
}

describe('help in danger comes first, and every list holds a number to call (360×640, production build)', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSession({ viewport: SCREEN });
  });

  afterAll(async () => {
    await session.close();
  });

  it.each([
    ['region=coburg-stadt&q=mein Mann schlägt mich', ['tel:110', 'tel:116016', 'tel:+499561861796']],
    ['region=kaufbeuren&q=er hat mich wieder geschlagen', ['tel:110', 'tel:116016', 'tel:+49834116616']],
    ['region=ostallgaeu&q=ich will nicht mehr leben', ['tel:+498006553000', 'tel:+498001110111', 'tel:112']],
  ])('%s: the first screen calls for help before the search form', async (query, lines) => {
    await showResults(session, query);
    const block = await calls(session, '.danger-block');
    expect(block.slice(0, 3).map((c) => c.href)).toEqual(lines);
    const onFirstScreen = block.filter((c) => c.bottom <= SCREEN.height);
    expect(onFirstScreen.length).toBeGreaterThanOrEqual(2);
    for (const c of block) expect(c.height).toBeGreaterThanOrEqual(48);
    const form = await session.page.getByRole('searchbox').boundingBox();
    expect(form?.y).toBeGreaterThan(block[1]?.bottom ?? Number.POSITIVE_INFINITY);
    // The block's lines are not listed a second time below.
    const inBlock = await session.page.locator('.danger-block .call-line__name').allTextContents();
    const listed = await session.page.locator('main ul.results h2 a').allTextContents();
    expect(inBlock.length).toBeGreaterThanOrEqual(3);
    for (const name of inBlock) expect(listed).not.toContain(name);
    expect(session.errors).toEqual([]);
  });

  it.each([
    'region=kaufbeuren&q=Baby schreit nachts',
    'region=coburg-land&q=kein Geld für Windeln',
    'region=kaufbeuren&q=Stillen tut weh',
    'region=ostallgaeu&q=ich schaffe das alles nicht mehr',
    'region=ostallgaeu&stage=baby-0-1&topics=crying',
    'region=gummersbach&q=Hebamme',
    'q=Schreibaby',
  ])('%s: a number to call within the first two screens', async (query) => {
    await showResults(session, query);
    const first = (await calls(session))[0];
    expect(first?.top).toBeLessThan(2 * SCREEN.height);
  });

  it('an ordinary search shows no danger block', async () => {
    await showResults(session, 'region=kaufbeuren&q=Baby schreit nachts');
    expect(await session.page.locator('.danger-block').count()).toBe(0);
  });
});
