import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ResultsPage } from './pages/lotse.ts';
import { openSession, type Session } from './support/browser.ts';
import { texts } from './support/texts.ts';

const baseUrl = inject('baseUrl');
const SCREEN = { width: 360, height: 640 };
/** Screenshots for the report (reports/ is not committed). */
const REPORTS = path.resolve(import.meta.dirname, '../../reports/nearby');

/** The cards below the KoKi box: name and the "ca. 12 km" line, in order. */
async function cards(session: Session): Promise<{ name: string; km: number | null }[]> {
  return session.page.locator('main ul.results article.card').evaluateAll((list) =>
    list.map((c) => {
      const km = c.querySelector('.card__distance')?.textContent?.match(/(\d+)/)?.[1];
      return { name: c.querySelector('h2')?.textContent ?? '', km: km ? Number(km) : null };
    }),
  );
}

describe('nearest first among equals: distance from the family’s town (production build)', () => {
  let session: Session;

  beforeAll(async () => {
    fs.mkdirSync(REPORTS, { recursive: true });
    session = await openSession({ viewport: SCREEN });
  });

  afterAll(async () => {
    await session.close();
  });

  async function show(
    query: string,
    shot: string,
    lang = 'de',
  ): Promise<{ name: string; km: number | null }[]> {
    const results = new ResultsPage(session.page, baseUrl, texts(lang));
    await results.goto(`/results?${query}`);
    await session.page.locator('main ul.results article.card').first().waitFor();
    await session.page.screenshot({ path: path.join(REPORTS, `${shot}.png`) });
    return cards(session);
  }

  it('Buchloe: its own family centre first, Füssen’s (about 50 km) last, each card saying how far', async () => {
    const list = await show('region=ostallgaeu&place=Buchloe&q=Familienst%C3%BCtzpunkt', 'buchloe-de');
    const centres = list.filter((c) => /Familienst|Familienforum/.test(c.name));
    expect(centres.length).toBe(4);
    expect(centres[0]?.name).toMatch(/Buchloe/);
    expect(centres[3]?.name).toMatch(/Füssen/);
    expect(centres[3]?.km).toBeGreaterThanOrEqual(45);
    for (const c of centres) expect(c.km, c.name).not.toBeNull();
    expect(await session.page.locator('main .card__distance').first().textContent()).toMatch(/ca\. \d+ km/);
  });

  it('Füssen: the nearer Marktoberdorf before Buchloe (both named only by their town or address)', async () => {
    const list = await show('region=ostallgaeu&place=F%C3%BCssen&q=Familienst%C3%BCtzpunkt', 'fuessen-de');
    const names = list.map((c) => c.name);
    const at = (re: RegExp) => names.findIndex((n) => re.test(n));
    expect(at(/Füssen/)).toBe(0);
    expect(at(/Marktoberdorf/)).toBeLessThan(at(/Buchloe/));
  });

  it('Rödental in Landkreis Coburg: Coburg’s early support about 6 km away, in Arabic too', async () => {
    const list = await show(
      'region=coburg-land&place=R%C3%B6dental&q=Fr%C3%BChf%C3%B6rderung',
      'roedental-de',
    );
    expect(list[0]?.km).toBe(6);
    const ar = await show(
      'region=coburg-land&place=R%C3%B6dental&q=Fr%C3%BChf%C3%B6rderung',
      'roedental-ar',
      'ar',
    );
    expect(ar[0]?.km).toBe(6);
    await expect
      .poll(() => session.page.locator('main .card__distance').first().textContent())
      .toMatch(/حوالي 6 كم/);
  });

  it('Turkish typed into the German page: one line offers Turkish, and the page stays German until tapped', async () => {
    await show(
      'region=kaufbeuren&q=Bebe%C4%9Fim%20%C3%A7ok%20a%C4%9Fl%C4%B1yor%2C%20ne%20yapabilirim%3F',
      'typed-tr-de',
    );
    const line = session.page.locator('main .results__theirs');
    await line.waitFor();
    expect(await line.getAttribute('lang')).toBe('tr');
    expect(await line.textContent()).toMatch(/Uygun yardım.*Türkçe olarak okuyun/);
    expect(await session.page.locator('html').getAttribute('lang')).toBe('de');
    await show('region=kaufbeuren&q=Mein%20Baby%20schreit%20viel', 'typed-de-de');
    expect(await session.page.locator('main .results__theirs').count()).toBe(0);
  });
});
