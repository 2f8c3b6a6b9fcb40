import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ListPage, LotsePage } from './pages/lotse.ts';
import { keyboardJourney, questionnaireSteps } from './support/a11y-flows.ts';
import { axeViolations } from './support/axe.ts';
import { openSession, type Session } from './support/browser.ts';
import { openIn, SCREENS } from './support/screens.ts';
import { LANGUAGE_CODES, texts } from './support/texts.ts';

const baseUrl = inject('baseUrl');
const arabic = texts('ar');

describe('accessibility in every language: axe-core on the screens in Arabic (rtl), the start page in all nine', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSession();
  });

  afterAll(async () => {
    await session.close();
  });

  it.each(SCREENS)('$path in Arabic has no violations', async ({ path, ready }) => {
    await openIn(session.page, baseUrl, arabic, path, ready(arabic.t));
    expect(await session.page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await axeViolations(session.page)).toEqual([]);
  });

  it('every questionnaire step in Arabic has no violations', async () => {
    const seen: string[] = [];
    await questionnaireSteps(session.page, baseUrl, arabic, async (title) => {
      seen.push(title);
      expect(await axeViolations(session.page), title).toEqual([]);
    });
    expect(seen).toHaveLength(5);
  });

  it('the saved list with its QR hand-over open, in Arabic, has no violations', async () => {
    const list = new ListPage(session.page, baseUrl, arabic);
    await list.saveViaLink(['koki-ostallgaeu', 'notruf-112']);
    await list.showQr();
    expect(await axeViolations(session.page)).toEqual([]);
  });

  it('the opened map in Arabic has no violations', async () => {
    await new LotsePage(session.page, baseUrl, arabic).goto(
      '/results?region=ostallgaeu&stage=baby-0-1&topics=crying',
    );
    await session.page.getByRole('button', { name: arabic.t('map.open') }).click();
    await session.page.locator('.leaflet-container').waitFor();
    expect(await axeViolations(session.page)).toEqual([]);
  });

  it('works by keyboard alone in Arabic: start, every questionnaire step, results, a call link', async () => {
    await keyboardJourney(session.page, baseUrl, arabic);
  });

  it.each(LANGUAGE_CODES)('the start page in %s has no violations', async (lang) => {
    const language = texts(lang);
    await openIn(
      session.page,
      baseUrl,
      language,
      '/',
      `h1:text-is(${JSON.stringify(language.t('start.title'))})`,
    );
    await session.page.locator('#summary-heading').waitFor();
    expect(await axeViolations(session.page)).toEqual([]);
  });
});

describe('German catalogue texts inside an Arabic page', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSession({ viewport: { width: 360, height: 640 } });
  });

  afterAll(async () => {
    await session.close();
  });

  /** Each element's lang (as set on it) and the direction the browser laid it out in. */
  const langAndDirection = (selectors: string[]) =>
    session.page.evaluate(
      (list) =>
        list.map((selector) => {
          const el = document.querySelector<HTMLElement>(selector);
          return el ? `${selector}: ${el.lang} ${getComputedStyle(el).direction}` : `${selector}: missing`;
        }),
      selectors,
    );

  it('say they are German (for a German voice) and read left to right: names, description, hours', async () => {
    await openIn(session.page, baseUrl, arabic, '/offer/koki-ostallgaeu', 'main a[href^="tel:"]');
    expect(await langAndDirection(['main h1 bdi', 'main .offer__provider bdi', 'main .about p'])).toEqual([
      'main h1 bdi: de ltr',
      'main .offer__provider bdi: de ltr',
      'main .about p: de ltr',
    ]);
    await openIn(
      session.page,
      baseUrl,
      arabic,
      '/results?q=Hebamme&region=kaufbeuren',
      'main ul.results > li',
    );
    expect(await langAndDirection(['main .card__title bdi', 'main .chip bdi'])).toEqual([
      'main .card__title bdi: de ltr',
      'main .chip bdi:  rtl', // the region chip says the region in Arabic since issue 26
    ]);
    await openIn(session.page, baseUrl, arabic, '/help-now', 'main a[href="tel:112"]');
    const notes = await session.page
      .locator('main .call-line__note', { hasText: '24/7' })
      .evaluateAll((els) => els.map((el) => getComputedStyle(el).direction));
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.filter((d) => d !== 'ltr')).toEqual([]);
  });
});
