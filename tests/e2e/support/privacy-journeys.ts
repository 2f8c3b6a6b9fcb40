import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OfferPage, QuestionnairePage, ResultsPage } from '../pages/lotse.ts';
import { openSession, type Session } from './browser.ts';
import { storageOf } from './offline.ts';

const TILE_HOST = 'sgx.geodatenzentrum.de';
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

    it('asks no other host and stores nothing personal until the user saves or consents', async () => {
      const q = new QuestionnairePage(session.page, baseUrl);
      await q.goto('/');
      await q.begin();
      await q.answerBabyCrying('87600');
      const results = new ResultsPage(session.page, baseUrl);
      await results.search('kein geld für windeln');
      await results.open(/KoKi/);
      await new OfferPage(session.page, baseUrl).goto('/offer/donum-vitae-kaufbeuren');
      await session.page.getByRole('button', { name: 'Karte anzeigen' }).click();
      await session.page.locator('.leaflet-container').waitFor();
      await session.page.goto(`${baseUrl}/help-now`);
      await session.page.goto(`${baseUrl}/datenschutz`);
      await session.page.waitForLoadState('networkidle');

      expect(foreign()).toEqual([]);
      expect(session.requests.length).toBeGreaterThan(10);
      expect(await session.context.cookies()).toEqual([]);
      const before = await storageOf(session.page);
      expect(before.localStorage).toEqual([]);
      // Only the offline copy of the public catalogue; no database holds anything about the user.
      expect(before.databases.filter((d) => d !== 'lotse-catalogue')).toEqual([]);

      await new OfferPage(session.page, baseUrl).goto('/offer/koki-stadt-kaufbeuren');
      await new OfferPage(session.page, baseUrl).save();
      expect((await storageOf(session.page)).databases).toContain('lotse');
    });

    it('after consent to online tiles, talks to the tile host only; withdrawing stops it', async () => {
      const offer = new OfferPage(session.page, baseUrl);
      await offer.goto('/offer/koki-ostallgaeu');
      await session.page.getByRole('button', { name: 'Karte anzeigen' }).click();
      await session.page.locator('.leaflet-container').waitFor();
      expect(foreign()).toEqual([]);
      await session.page.getByRole('button', { name: 'Ja, Online-Karte laden' }).click();
      await expect.poll(() => foreign().length).toBeGreaterThan(0);
      expect(foreign().every((url) => new URL(url).host === TILE_HOST)).toBe(true);
      expect((await storageOf(session.page)).localStorage).toEqual(['lotse.tiles']);

      await session.page.getByRole('button', { name: 'Zustimmung widerrufen' }).click();
      expect((await storageOf(session.page)).localStorage).toEqual([]);
      const count = foreign().length;
      await session.page.reload();
      await session.page.getByRole('button', { name: 'Karte anzeigen' }).click();
      await session.page.locator('.leaflet-container').waitFor();
      await session.page.waitForLoadState('networkidle');
      expect(foreign().length).toBe(count);
    });
  });
}
