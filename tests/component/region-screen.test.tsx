import { screen } from '@testing-library/preact';
import { Route, Router } from 'preact-iso';
import { describe, expect, it } from 'vitest';
import { RegionScreen } from '../../src/ui/region/RegionScreen.tsx';
import { makeCatalogue, makeOffer } from '../fixtures/builders.ts';
import { renderApp } from '../fixtures/render-app.tsx';

const routed = (
  <Router>
    <Route path="/region/:id" component={RegionScreen} />
    <Route default component={() => <p>elsewhere</p>} />
  </Router>
);

const taxonomy = {
  topics: [],
  stages: [],
  audiences: [],
  modes: [],
  languages: [],
  categories: [
    { id: 'koki', label: 'KoKi' },
    { id: 'pregnancy-counselling', label: 'Schwangerschaftsberatung' },
  ],
};

describe('RegionScreen', () => {
  it("lists the region's own offers in category order, each with its number, and leads into that region's search", async () => {
    const beratung = makeOffer({
      id: 'beratung',
      name: 'Schwangerenberatung Kaufbeuren',
      category: 'pregnancy-counselling',
      phones: [{ number: '+4983411234', display: '08341 1234' }],
      areas: ['kaufbeuren'],
    });
    const koki = makeOffer({
      id: 'koki-kf',
      name: 'KoKi Kaufbeuren',
      category: 'koki',
      areas: ['kaufbeuren'],
    });
    const elsewhere = makeOffer({
      id: 'oal',
      name: 'Beratung Ostallgäu',
      category: 'koki',
      areas: ['ostallgaeu'],
    });
    const catalogue = makeCatalogue([beratung, elsewhere, koki], { taxonomy });
    await renderApp(routed, { catalogue, url: '/region/kaufbeuren' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Frühe Hilfen in Stadt Kaufbeuren');
    expect(screen.getByText(/Lotse kennt 2 Angebote für Schwangere/)).toBeTruthy();
    const names = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(names).toEqual(['KoKi Kaufbeuren', 'Schwangerenberatung Kaufbeuren']);
    const hrefs = screen.getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(
      expect.arrayContaining([
        '/results?region=kaufbeuren',
        '/offer/koki-kf',
        '/offer/beratung',
        'tel:+4983411234',
      ]),
    );
    expect(hrefs).not.toContain('/offer/oal');
  });

  it('says so for a region Lotse does not know', async () => {
    await renderApp(routed, { catalogue: makeCatalogue([]), url: '/region/atlantis' });
    expect(await screen.findByText('Diese Region kennt Lotse nicht.')).toBeTruthy();
  });
});
