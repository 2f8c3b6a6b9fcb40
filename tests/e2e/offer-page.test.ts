import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { OfferPage } from './pages/offer-page.ts';
import { openSession, type Session } from './support/browser.ts';

const baseUrl = inject('baseUrl');

describe('offer page at 360×640 in Chromium (production build)', () => {
  let session: Session;
  let offer: OfferPage;

  beforeAll(async () => {
    session = await openSession({ viewport: { width: 360, height: 640 } });
    offer = new OfferPage(session.page, baseUrl);
  });

  afterAll(async () => {
    await session.close();
  });

  it.each([
    ['koki-ostallgaeu', 'tel:+4983429110'],
    ['donum-vitae-kaufbeuren', 'https://www.donum-vitae-bayern.de'],
    ['notruf-110', 'tel:110'],
    ['frauenhaus-kaufbeuren-ostallgaeu', 'tel:+49834116616'],
  ])('/offer/%s shows a way to reach them on the first screen', async (id, href) => {
    await offer.open(id);
    const first = offer.reachLinks().first();
    await expect(first.getAttribute('href')).resolves.toBe(href);
    await expect(offer.onFirstScreen(first)).resolves.toBe(true);
  });

  it('tells callers of the Landratsamt switchboard to ask for the KoKi', async () => {
    await offer.open('koki-ostallgaeu');
    const hint = session.page.getByText('Zentrale – nach der KoKi fragen');
    await expect(offer.onFirstScreen(hint)).resolves.toBe(true);
  });

  it('says the donum vitae number is not known, and the provider website needs internet', async () => {
    await offer.open('donum-vitae-kaufbeuren');
    await expect(offer.onFirstScreen(session.page.getByText('Telefonnummer nicht bekannt'))).resolves.toBe(
      true,
    );
    await expect(offer.reachLinks().first().textContent()).resolves.toContain('(nur mit Internet)');
  });

  it('never asks to confirm the police emergency number', async () => {
    await offer.open('notruf-110');
    await expect(session.page.locator('.freshness').textContent()).resolves.toMatch(/^Quelle/);
    await expect(session.page.getByText(/bestätigen/).count()).resolves.toBe(0);
  });
});
