import { screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { Catalogue, Offer } from '../../src/catalogue/index.ts';
import { OfferCard } from '../../src/ui/common/OfferCard.tsx';
import { emergencyOffers, makeCatalogue, makeOffer } from '../fixtures/builders.ts';
import { makeOrganization, SWITCHBOARD } from '../fixtures/organizations.ts';
import { renderApp } from '../fixtures/render-app.tsx';

const card = (offer: Offer, catalogue: Catalogue = makeCatalogue([offer])) =>
  renderApp(<OfferCard offer={offer} catalogue={catalogue} />, { catalogue });
const taxonomy = { ...makeCatalogue([]).taxonomy };

describe('OfferCard: honest contacts', () => {
  it('says "number not known" instead of "by phone" when no number is known', async () => {
    await card(makeOffer({ modes: ['phone', 'in-person'] }));
    expect(screen.getByText('Telefonnummer nicht bekannt')).toBeTruthy();
    expect(screen.queryByText('telefonisch')).toBeNull();
    expect(screen.queryByRole('link', { name: /anrufen/ })).toBeNull();
  });

  it('keeps "by phone" where a number is known', async () => {
    await card(makeOffer({ modes: ['phone'], phones: [{ number: '+4983411234', display: '08341 1234' }] }));
    expect(screen.getByText('telefonisch')).toBeTruthy();
    expect(screen.queryByText('Telefonnummer nicht bekannt')).toBeNull();
  });

  it("offers the provider's number, named as the provider's, also beside a website of its own", async () => {
    const org = makeOrganization({ phones: [{ number: '+4983411234', display: '08341 1234' }] });
    const offer = makeOffer({
      modes: ['phone'],
      url: 'https://x.example',
      organization: { name: org.name, id: org.id },
    });
    await card(offer, makeCatalogue([offer], { organizations: [org], taxonomy }));
    expect(screen.getByText(/Telefonnummer nicht bekannt – über den Träger: Träger e. V./)).toBeTruthy();
    expect(screen.getByRole('link', { name: /Träger e. V. anrufen/ }).getAttribute('href')).toBe(
      'tel:+4983411234',
    );
  });

  it('tells callers of a switchboard whom to ask for', async () => {
    await card(makeOffer({ category: 'koki', phones: [SWITCHBOARD] }));
    expect(screen.getByText('Zentrale – nach der KoKi fragen')).toBeTruthy();
  });

  it("asks for the offer by name at the provider's switchboard", async () => {
    const org = makeOrganization({ phones: [SWITCHBOARD] });
    const offer = makeOffer({ name: 'Elterntreff', organization: { name: org.name, id: org.id } });
    await card(offer, makeCatalogue([offer], { organizations: [org] }));
    expect(screen.getByText(/Zentrale – nach „Elterntreff“ fragen/)).toBeTruthy();
  });

  it('marks a website as the only contact as needing internet', async () => {
    await card(makeOffer({ url: 'https://web.example' }));
    expect(screen.getByRole('link', { name: 'Website (nur mit Internet)' }).getAttribute('href')).toBe(
      'https://web.example',
    );
  });

  it('shows an emergency number without any doubt, and an old source with a request to confirm', async () => {
    const [notruf] = emergencyOffers();
    if (!notruf) throw new Error('fixture lacks emergency offers');
    await card({ ...notruf, source: { ...notruf.source, date: null, confidence: 'medium' } });
    expect(screen.queryByText(/bestätigen/)).toBeNull();
    await card(
      makeOffer({ source: { url: 'https://a.example', date: '2015', confidence: 'high', note: null } }),
    );
    expect(screen.getByText('– bitte telefonisch bestätigen')).toBeTruthy();
  });
});

describe('OfferCard compact: what a results card holds (the offer page has the rest)', () => {
  const compact = (offer: Offer, reasons: string[], catalogue: Catalogue = makeCatalogue([offer])) =>
    renderApp(<OfferCard offer={offer} catalogue={catalogue} reasons={reasons} compact />, { catalogue });
  const busy = makeOffer({
    name: 'Familienberatung',
    modes: ['phone', 'anonymous', 'home-visit', 'online'],
    languages: ['de', 'tr', 'ar'],
    phones: [{ number: '+4983411234', display: '08341 1234' }],
  });

  it('shows at most two reasons, one badges line and a call button with the number to read', async () => {
    const { view } = await compact(busy, ['Grund eins', 'Grund zwei', 'Grund drei', 'Grund vier']);
    const reasons = screen.getByRole('list', { name: 'Warum dieses Angebot' });
    expect(
      within(reasons)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Grund eins', 'Grund zwei']);
    expect(screen.getAllByRole('list', { name: 'Merkmale' })).toHaveLength(1);
    expect(view.container.querySelectorAll('.badges')).toHaveLength(1);
    const call = screen.getByRole('link', { name: 'Familienberatung anrufen: 08341 1234' });
    expect(call.getAttribute('href')).toBe('tel:+4983411234');
    expect(call.textContent).toContain('08341 1234');
    expect(view.container.querySelector('.freshness')).toBeNull();
  });

  it("calls the provider's number and names it as the provider's on one short line", async () => {
    const org = makeOrganization({ phones: [{ number: '+4983411234', display: '08341 1234' }] });
    const offer = makeOffer({ modes: ['phone'], organization: { name: org.name, id: org.id } });
    await compact(offer, [], makeCatalogue([offer], { organizations: [org], taxonomy }));
    expect(screen.getByRole('link', { name: /Träger e. V. anrufen: 08341 1234/ }).textContent).toContain(
      '08341 1234',
    );
    expect(screen.getByText('Nummer des Trägers: Träger e. V.')).toBeTruthy();
  });

  it('shows the website where no number is known, and "number not known" where there is none', async () => {
    await compact(makeOffer({ modes: ['phone'], url: 'https://web.example' }), []);
    expect(screen.getByRole('link', { name: 'Website (nur mit Internet)' })).toBeTruthy();
    expect(screen.queryByText('Telefonnummer nicht bekannt')).toBeNull();
    await compact(makeOffer({ modes: ['phone'] }), []);
    expect(screen.getByText('Telefonnummer nicht bekannt')).toBeTruthy();
  });
});
