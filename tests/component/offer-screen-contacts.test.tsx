import { screen } from '@testing-library/preact';
import { Route, Router } from 'preact-iso';
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/catalogue/index.ts';
import { OfferScreen } from '../../src/ui/offer/OfferScreen.tsx';
import { emergencyOffers, makeCatalogue, makeOffer } from '../fixtures/builders.ts';
import { makeOrganization, SWITCHBOARD } from '../fixtures/organizations.ts';
import { renderApp } from '../fixtures/render-app.tsx';

const routed = (
  <Router>
    <Route path="/offer/:id" component={OfferScreen} />
    <Route default component={() => <p>elsewhere</p>} />
  </Router>
);

const open = (catalogue: Catalogue, id: string) => renderApp(routed, { catalogue, url: `/offer/${id}` });
const hrefs = () => screen.getAllByRole('link').map((a) => a.getAttribute('href'));

describe('OfferScreen: honest contacts', () => {
  it('says a phone offer has no known number, and offers the provider website as needing internet', async () => {
    const org = makeOrganization({ id: 'dv', name: 'Donum Vitae e.V.', url: 'https://dv.example' });
    const offer = makeOffer({ id: 'dv-kf', modes: ['phone'], organization: { name: org.name, id: 'dv' } });
    await open(makeCatalogue([offer], { organizations: [org] }), 'dv-kf');
    expect(screen.getByText('Telefonnummer nicht bekannt')).toBeTruthy();
    expect(
      screen
        .getByRole('link', { name: 'Website von Donum Vitae e.V. (nur mit Internet)' })
        .getAttribute('href'),
    ).toBe('https://dv.example');
  });

  it("offers the provider's number also when the offer has a website of its own", async () => {
    const org = makeOrganization({ phones: [{ number: '+4983411234', display: '08341 1234' }] });
    const offer = makeOffer({
      id: 'treff',
      url: 'https://treff.example',
      organization: { name: org.name, id: org.id },
    });
    await open(makeCatalogue([offer], { organizations: [org] }), 'treff');
    expect(screen.getByText('Telefonnummer nicht bekannt – über den Träger: Träger e. V.')).toBeTruthy();
    expect(hrefs()).toContain('tel:+4983411234');
    expect(screen.getByRole('link', { name: 'Website' }).getAttribute('href')).toBe('https://treff.example');
  });

  it('tells callers of a switchboard to ask for the KoKi, and others for the offer by name', async () => {
    const koki = makeOffer({ id: 'koki', category: 'koki', phones: [SWITCHBOARD] });
    const stelle = makeOffer({ id: 'stelle', name: 'Familienstützpunkt', phones: [SWITCHBOARD] });
    await open(makeCatalogue([koki, stelle]), 'koki');
    expect(screen.getByText('Zentrale – nach der KoKi fragen')).toBeTruthy();
    await open(makeCatalogue([koki, stelle]), 'stelle');
    expect(screen.getByText('Zentrale – nach „Familienstützpunkt“ fragen')).toBeTruthy();
  });

  it('marks a website that is the only contact as needing internet, and no direct line otherwise', async () => {
    const offer = makeOffer({ id: 'web', url: 'https://web.example', phones: [] });
    await open(makeCatalogue([offer]), 'web');
    expect(screen.getByRole('link', { name: 'Website (nur mit Internet)' })).toBeTruthy();
    expect(screen.queryByText(/Zentrale/)).toBeNull();
  });

  it('never asks to confirm an emergency number, even from an undated source', async () => {
    const [notruf] = emergencyOffers().filter((o) => o.id === 'notruf-110');
    if (!notruf) throw new Error('fixture lacks notruf-110');
    const undated = { ...notruf, category: 'emergency', source: { ...notruf.source, date: null } };
    await open(makeCatalogue([undated]), 'notruf-110');
    expect(screen.getByText('Quelle ohne Datum, zuletzt geprüft am 25. November 2026')).toBeTruthy();
    expect(screen.queryByText(/bestätigen/)).toBeNull();
  });
});

describe('OfferScreen: reach first, then what it is, then facts', () => {
  const taxonomy = {
    ...makeCatalogue([]).taxonomy,
    modes: [
      { id: 'in-person', label: 'vor Ort' },
      { id: 'free', label: 'kostenlos' },
    ],
  };

  it('puts the call button before the description, and the description before the facts', async () => {
    const offer = makeOffer({ id: 'b', phones: [{ number: '+4983411234', display: '08341 1234' }] });
    await open(makeCatalogue([offer], { taxonomy }), 'b');
    const call = screen.getByRole('link', { name: /anrufen/ });
    const description = screen.getByText('Beratung für Eltern.');
    const facts = screen.getByText('Kosten');
    expect(call.compareDocumentPosition(description) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(description.compareDocumentPosition(facts) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('lists what is unknown in one line and says "kostenlos" once', async () => {
    const offer = makeOffer({ id: 'u', modes: ['in-person', 'free'], free: true, schedule: null });
    await open(makeCatalogue([offer], { taxonomy }), 'u');
    expect(screen.getAllByText(/nicht bekannt/).map((e) => e.textContent)).toEqual([
      'nicht bekannt: Zeiten, Barrierefreiheit',
    ]);
    expect(screen.getAllByText(/kostenlos/)).toHaveLength(1);
    expect(screen.queryByText('Zeiten')).toBeNull();
  });
});
