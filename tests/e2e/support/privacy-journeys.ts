import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TILE_HOST } from '../../../src/map/index.ts';
import { OfferPage, QuestionnairePage, ResultsPage } from '../pages/lotse.ts';
import { openSession, type Session } from './browser.ts';
import { storageOf } from './offline.ts';

// A 1x1 transparent PNG: the test machine has no internet, so tile requests are answered here, after being logged.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

/**
 * The privacy journeys (every request logged, no other host before consent) against the server at `base()`: the
 * preview server of tests/e2e/privacy.test.ts or the production nginx of tests/e2e/nginx.test.ts.
 */
export function privacyJourneys(base: () => string): void {
  describe('privacy by proof: every request of every journey is logged', () => {
    let session: Session;
    let baseUrl: string;

    beforeEach(async () => {
      baseUrl = base();
      session = await openSession();
      await session.context.route(`https://${TILE_HOST}/**`, (route) =>
        route.fulfill({ status: 200, contentType: 'image/png', body: PNG }),
      );
    });

    afterEach(async () => {
      await session.close();
    });

    const foreign = () => session.requests.filter((url) => new URL(url).origin !== baseUrl);

    it('asks no other host and stores nothing personal until the user saves or consents', () =>
      nothingBeforeConsent(session, baseUrl, foreign));

    it('after consent to online tiles, talks to the tile host only; withdrawing stops it', () =>
      tilesAfterConsent(session, baseUrl, foreign));
  });
}

/** The questionnaire, search, an offer, its map, help-now and the privacy page: no other host, nothing stored. */
async function nothingBeforeConsent(s: Session, base: string, foreign: () => string[]): Promise<void> {
  const q = new QuestionnairePage(s.page, base);
  await q.goto('/');
  await q.begin();
  await q.answerBabyCrying('87600');
  const results = new ResultsPage(s.page, base);
  await results.search('kein geld für windeln');
  await results.open(/KoKi/);
  await new OfferPage(s.page, base).goto('/offer/donum-vitae-kaufbeuren');
  await s.page.getByRole('button', { name: 'Karte anzeigen' }).click();
  await s.page.locator('.leaflet-container').waitFor();
  await s.page.goto(`${base}/help-now`);
  await s.page.goto(`${base}/datenschutz`);
  await s.page.waitForLoadState('networkidle');

  expect(foreign()).toEqual([]);
  expect(s.requests.length).toBeGreaterThan(10);
  expect(await s.context.cookies()).toEqual([]);
  const before = await storageOf(s.page);
  expect(before.localStorage).toEqual([]);
  // Only the offline copy of the public catalogue; no database holds anything about the user.
  expect(before.databases.filter((d) => d !== 'lotse-catalogue')).toEqual([]);

  await new OfferPage(s.page, base).goto('/offer/koki-stadt-kaufbeuren');
  await new OfferPage(s.page, base).save();
  expect((await storageOf(s.page)).databases).toContain('lotse');
}

/** Consent to online tiles talks to the tile host only, and withdrawing it stops that. */
async function tilesAfterConsent(s: Session, base: string, foreign: () => string[]): Promise<void> {
  const offer = new OfferPage(s.page, base);
  await offer.goto('/offer/koki-ostallgaeu');
  await s.page.getByRole('button', { name: 'Karte anzeigen' }).click();
  await s.page.locator('.leaflet-container').waitFor();
  expect(foreign()).toEqual([]);
  await s.page.getByRole('button', { name: 'Ja, Online-Karte laden' }).click();
  await expect.poll(() => foreign().length).toBeGreaterThan(0);
  expect(foreign().every((url) => new URL(url).host === TILE_HOST)).toBe(true);
  expect((await storageOf(s.page)).localStorage).toEqual(['lotse.tiles']);

  await s.page.getByRole('button', { name: 'Zustimmung widerrufen' }).click();
  expect((await storageOf(s.page)).localStorage).toEqual([]);
  const count = foreign().length;
  await s.page.reload();
  // The served page is the prerendered offer: its button works once the app has taken it over.
  await offer.live();
  await s.page.getByRole('button', { name: 'Karte anzeigen' }).click();
  await s.page.locator('.leaflet-container').waitFor();
  await s.page.waitForLoadState('networkidle');
  expect(foreign().length).toBe(count);
}
