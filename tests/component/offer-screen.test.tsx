import { screen } from '@testing-library/preact';
import { Route, Router } from 'preact-iso';
import { describe, expect, it } from 'vitest';
import { OfferScreen } from '../../src/ui/offer/OfferScreen.tsx';
import { makeCatalogue, makeOffer } from '../fixtures/builders.ts';
import { memoryStore, renderApp } from '../fixtures/render-app.tsx';

const routed = (
  <Router>
    <Route path="/offer/:id" component={OfferScreen} />
    <Route default component={() => <p>elsewhere</p>} />
  </Router>
);

const koki = makeOffer({ id: 'koki-x', name: 'KoKi Kaufbeuren', category: 'koki', areas: ['kaufbeuren'] });

describe('OfferScreen', () => {
  it('shows every contact as tel:, mailto: and website links, and the source with its date', async () => {
    const offer = makeOffer({
      id: 'beratung',
      name: 'Schwangerenberatung',
      phones: [{ number: '+4983411234', display: '08341 1234' }],
      email: 'info@beratung.example',
      url: 'https://beratung.example',
      source: { url: 'https://quelle.example', date: '2024-03', confidence: 'high', note: null },
    });
    await renderApp(routed, { catalogue: makeCatalogue([offer, koki]), url: '/offer/beratung' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Schwangerenberatung');
    const hrefs = screen.getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('tel:+4983411234');
    expect(hrefs).toContain('mailto:info@beratung.example');
    expect(hrefs).toContain('https://beratung.example');
    expect(hrefs).toContain('https://quelle.example');
    expect(screen.getByText('Quelle vom März 2024, zuletzt geprüft am 25. November 2026')).toBeTruthy();
  });

  it('with no contact at all, says so and points to the responsible KoKi', async () => {
    const offer = makeOffer({ id: 'treff', name: 'Elterntreff' });
    await renderApp(routed, { catalogue: makeCatalogue([offer, koki]), url: '/offer/treff' });
    expect(screen.getByText(/noch keine direkte Kontaktmöglichkeit/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /Fragen Sie die KoKi Kaufbeuren/ }).getAttribute('href')).toBe(
      '/offer/koki-x',
    );
  });

  it('asks to confirm by phone when the source is old or weak', async () => {
    const offer = makeOffer({
      id: 'alt',
      source: { url: 'https://a.example', date: '2013', confidence: 'low', note: null },
    });
    await renderApp(routed, { catalogue: makeCatalogue([offer]), url: '/offer/alt' });
    expect(screen.getAllByText(/bitte telefonisch bestätigen/).length).toBeGreaterThan(0);
  });

  it('keeps a very long name whole', async () => {
    const name = `Beratungsstelle ${'für Familien '.repeat(30)}`.trim();
    await renderApp(routed, {
      catalogue: makeCatalogue([makeOffer({ id: 'lang', name })]),
      url: '/offer/lang',
    });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(name);
  });

  it('gives an unknown id a helpful page with the search', async () => {
    await renderApp(routed, { catalogue: makeCatalogue([koki]), url: '/offer/gibt-es-nicht' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Dieses Angebot gibt es nicht (mehr)');
    expect(screen.getByRole('searchbox')).toBeTruthy();
  });

  it('saves the offer to the list, and says so', async () => {
    const store = memoryStore();
    await renderApp(routed, { catalogue: makeCatalogue([koki]), url: '/offer/koki-x', store });
    screen.getByRole('button', { name: 'Auf meine Liste' }).click();
    expect(await screen.findByText('Auf Ihrer Liste gespeichert.')).toBeTruthy();
    expect(store.ids).toEqual(['koki-x']);
  });

  it('says loading and error plainly', async () => {
    await renderApp(routed, { url: '/offer/x' });
    expect(screen.getByText('Angebote werden geladen …')).toBeTruthy();
  });
});

describe('OfferScreen: reach via provider', () => {
  it('shows the provider contact, labelled as the provider, when the offer has none of its own', async () => {
    const offer = makeOffer({
      id: 'stuetzpunkt',
      organization: { name: 'Landratsamt Ostallgäu', id: 'lra-oal' },
    });
    const org = {
      id: 'lra-oal',
      name: 'Landratsamt Ostallgäu',
      phones: [{ number: '+4983429110', display: '08342 911-0', description: 'Zentrale' }],
      email: null,
      url: null,
      address: null,
      source: {
        url: 'https://lra.example/kontakt',
        date: '2025-01',
        confidence: 'high' as const,
        note: null,
      },
    };
    await renderApp(routed, {
      catalogue: makeCatalogue([offer], { organizations: [org] }),
      url: '/offer/stuetzpunkt',
    });
    expect(screen.getByText(/Erreichbar über den Träger, Landratsamt Ostallgäu/)).toBeTruthy();
    expect(
      screen.getByRole('link', { name: /Landratsamt Ostallgäu anrufen: 08342 911-0/ }).getAttribute('href'),
    ).toBe('tel:+4983429110');
    expect(screen.getByText('Zentrale')).toBeTruthy();
  });
});
