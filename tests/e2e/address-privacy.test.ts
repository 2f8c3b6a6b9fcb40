import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { LotsePage, QuestionnairePage, RESULTS_ADDRESS, ResultsPage } from './pages/lotse.ts';
import { openSession, type Session } from './support/browser.ts';

const baseUrl = inject('baseUrl');

/**
 * What the family typed, answered or chose, in every form it could take in an address or a title (as typed, as
 * the questionnaire's ids, percent-encoded). None of it may appear in the browser's own history list.
 */
const FAMILY_WORDS = [
  'mann',
  'schl',
  'buchloe',
  'ostallgaeu',
  'baby-0-1',
  'crying',
  'violence',
  'gewalt',
  'q=',
  'region=',
  'topics=',
  'stage=',
  'place=',
];

/** The tab's session history as the browser keeps it (CDP Page.getNavigationHistory): each entry's URL and title. */
async function navigationHistory(session: Session): Promise<{ url: string; title: string }[]> {
  const cdp = await session.context.newCDPSession(session.page);
  try {
    const { entries } = await cdp.send('Page.getNavigationHistory');
    return entries.map((e) => ({ url: e.url, title: e.title }));
  } finally {
    await cdp.detach();
  }
}

/** Lotse's entries that give away something of the family's own, with the word found. */
function leaks(entries: { url: string; title: string }[]): string[] {
  return entries
    .filter((entry) => entry.url.startsWith(baseUrl))
    .flatMap((entry) => {
      const text = decodeURIComponent(`${entry.url} ${entry.title}`).toLowerCase();
      return FAMILY_WORDS.filter((word) => text.includes(word)).map(
        (word) => `${word} in ${entry.url} "${entry.title}"`,
      );
    });
}

describe('nothing a family typed or answered stays in the browser (Chromium, production build)', () => {
  let session: Session;

  beforeEach(async () => {
    session = await openSession();
  });

  afterEach(async () => {
    await session.close();
  });

  it('questionnaire, a danger search, a topic, Back, reload and the quick exit: the history holds screens, not words', async () => {
    const q = new QuestionnairePage(session.page, baseUrl);
    await q.goto('/');
    await q.begin();
    await q.answerBabyCrying('Buchloe');
    const results = new ResultsPage(session.page, baseUrl);
    await results.status().waitFor();
    const answered = await results.resultNames();
    expect(answered.length).toBeGreaterThan(0);

    // A danger search typed into the results' own form: the danger block, and still only "/results" in the address.
    await results.search('mein mann schlägt mich');
    await session.page
      .getByRole('heading', { name: /Gewalt/ })
      .first()
      .waitFor();
    const danger = await results.resultNames();
    expect(session.page.url()).toMatch(RESULTS_ADDRESS);

    // A topic chosen from the filters (it replaces the entry, as the chips always did).
    await session.page.getByText('Filter ändern').click();
    await session.page.getByRole('button', { name: 'Gewalt und Bedrohung', pressed: false }).click();
    await session.page.getByRole('button', { name: 'Gewalt und Bedrohung', pressed: true }).waitFor();
    expect(session.page.url()).toMatch(RESULTS_ADDRESS);

    // Back returns to the questionnaire's results, Forward and a reload to the danger search: drawn from the entry.
    await session.page.goBack();
    await expect.poll(() => results.resultNames()).toEqual(answered);
    await session.page.goForward();
    await session.page.getByRole('button', { name: /Filter entfernen: .*Gewalt und Bedrohung/ }).waitFor();
    const chosen = await results.resultNames();
    await session.page.reload();
    await results.status().waitFor();
    await expect.poll(() => results.resultNames()).toEqual(chosen);
    expect(chosen).not.toEqual([]);
    expect(danger).not.toEqual(answered);

    const before = await navigationHistory(session);
    const lotse = (entries: { url: string }[]) =>
      entries.filter((e) => e.url.startsWith(baseUrl)).map((e) => new URL(e.url));
    expect(lotse(before).map((url) => url.pathname)).toEqual(['/', '/questions', '/results', '/results']);
    expect(leaks(before)).toEqual([]);

    // The quick exit: the tab leaves Lotse; every entry it leaves behind still names screens only.
    await new LotsePage(session.page, baseUrl).quickExit().click();
    await expect.poll(() => session.page.url(), { timeout: 15_000 }).not.toContain(baseUrl);
    const after = await navigationHistory(session);
    expect(leaks(after)).toEqual([]);
    // At most the question a questionnaire entry stood at ("?step=modes"): which screen, not what was answered.
    for (const url of lotse(after)) expect(url.search, url.href).toMatch(/^(\?step=[a-z-]+)?$/);
  });

  it('a shared results link, a help-now link with the region and a form sent before the app took over leave the address bare', async () => {
    const page = new LotsePage(session.page, baseUrl);
    await page.goto('/results?region=ostallgaeu&topics=crying&q=schreibaby');
    const results = new ResultsPage(session.page, baseUrl);
    await results.status().waitFor();
    await expect.poll(() => session.page.url()).toBe(`${baseUrl}/results`);
    const names = await results.resultNames();
    await session.page.reload();
    await results.status().waitFor();
    await expect.poll(() => results.resultNames()).toEqual(names);

    await page.goto('/help-now?region=ostallgaeu');
    await session.page.getByText('Zuerst die Nummern für: Landkreis Ostallgäu.', { exact: false }).waitFor();
    await expect.poll(() => session.page.url()).toBe(`${baseUrl}/help-now`);
    expect(leaks(await navigationHistory(session))).toEqual([]);
  });
});
