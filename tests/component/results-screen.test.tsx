import { screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { loadSearchData } from '../../scripts/lib/load-offers.ts';
import { readOrganizations, readReference } from '../../scripts/lib/read-data.ts';
import { mergeIndexes, packIndex, splitIndex } from '../../src/matching/index.ts';
import { ResultsScreen } from '../../src/ui/results/ResultsScreen.tsx';
import { loadedAll, makeCatalogue } from '../fixtures/builders.ts';
import { renderApp } from '../fixtures/render-app.tsx';

const data = loadSearchData();
const { regions, taxonomy } = readReference();
const catalogue = makeCatalogue(data.offers, { regions, taxonomy, organizations: readOrganizations() });
const index = JSON.parse(JSON.stringify(packIndex(data.index)));
/** Renders /results and waits for the matching part, which loads after the heading and the form. */
async function show(url: string): Promise<void> {
  await renderApp(<ResultsScreen />, { catalogue, index, url });
  await screen.findByText(/gefunden\./, {}, { timeout: 5000 });
}

describe('ResultsScreen', () => {
  it('draws the search form while loading and says it is loading', async () => {
    await renderApp(<ResultsScreen />, { url: '/results?q=hebamme' });
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('hebamme');
    expect(screen.getByRole('status').textContent).toBe('Angebote werden geladen …');
  });

  it('explains a failed load', async () => {
    await renderApp(<ResultsScreen />, { catalogue: 'error', url: '/results' });
    expect(screen.getByRole('status').textContent).toContain('konnten gerade nicht geladen werden');
  });

  it('puts the family KoKi on top, announces the count and lists offers as headed links with reasons', async () => {
    await show('/results?region=ostallgaeu&stage=baby-0-1&topics=crying');
    expect(screen.getByRole('heading', { name: 'Ihre Anlaufstelle vor Ort' })).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'KoKi – Netzwerk frühe Kindheit Landkreis Ostallgäu' }),
    ).toBeTruthy();
    expect(screen.getByText(/^\d+ Angebote? gefunden\.$/)).toBeTruthy();
    const items = [...document.querySelectorAll('ul.results > li')];
    expect(items.length).toBeGreaterThan(0);
    for (const li of items) expect(li.querySelector('h2 a')?.getAttribute('href')).toMatch(/^\/offer\//);
    expect(screen.getAllByText('Hilft bei: Schreien und Unruhe').length).toBeGreaterThan(0);
  });

  it('names the topic and the region in its heading, and keeps them out of the tab title (the history keeps it)', async () => {
    await show('/results?region=ostallgaeu&topics=crying');
    const h1 = screen.getByRole('heading', { level: 1 });
    expect(h1.textContent).toBe('Passende Hilfe: Schreien und Unruhe – Landkreis Ostallgäu');
    expect(h1.dataset.title).toBe('Passende Hilfe');
  });

  it('the heading says the topic and the region in the language shown', async () => {
    const { language } = await renderApp(<ResultsScreen />, {
      catalogue,
      index,
      url: '/results?region=ostallgaeu&topics=crying,sleep',
      storage: window.localStorage,
    });
    await language?.choose('uk');
    const h1 = screen.getByRole('heading', { level: 1 });
    const full = 'Відповідна допомога: Плач і неспокій, Сон – Район Ostallgäu';
    await vi.waitFor(() => expect(h1.textContent).toBe(full), { timeout: 10000 });
    expect(h1.dataset.title).toBe('Відповідна допомога');
  });

  it('without a place, asks for one instead of showing a neighbour region', async () => {
    await show('/results?q=hebamme');
    expect(screen.getByRole('heading', { name: 'Wo wohnen Sie?' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Landkreis Ostallgäu' }).getAttribute('href')).toBe(
      '/results?region=ostallgaeu&q=hebamme',
    );
  });

  it('is never a dead end: gibberish still lists help, and unknown parameters are named', async () => {
    await show('/results?q=%F0%9F%98%80%F0%9F%98%80&region=mars&topics=nope');
    expect(
      screen.getByText('Nicht berücksichtigt, weil unbekannt: topics=„nope“, region=„mars“'),
    ).toBeTruthy();
    expect(document.querySelectorAll('ul.results > li').length).toBeGreaterThan(0);
  });

  it('puts call buttons for the danger lines above the search form when the text speaks of violence', async () => {
    await show('/results?q=mein%20mann%20schl%C3%A4gt%20mich&region=kaufbeuren');
    const block = screen.getByRole('region', { name: 'Bei Gewalt: Hier erreichen Sie sofort jemanden' });
    const calls = [...block.querySelectorAll('a[href^="tel:"]')];
    expect(calls.map((a) => a.getAttribute('href')).slice(0, 2)).toEqual(['tel:110', 'tel:116016']);
    expect(calls[0]?.textContent).toMatch(/^Anrufen: 110.*rund um die Uhr erreichbar$/);
    const form = screen.getByRole('searchbox');
    expect(block.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(block.querySelector('a[href="/help-now?region=kaufbeuren"]')?.textContent).toBe(
      'Alle Notrufnummern und Hilfe rund um die Uhr',
    );
    expect(screen.getByText(/Notruf und Hilfe rund um die Uhr stehen oben/)).toBeTruthy();
  });

  it('says no cold "nothing fitted exactly" under the danger block (review X-4)', async () => {
    await show('/results?q=ich%20will%20nicht%20mehr%20leben');
    expect(screen.getByText(/Notruf und Hilfe rund um die Uhr stehen oben/)).toBeTruthy();
    expect(screen.queryByText(/Nichts passte genau/)).toBeNull();
  });

  it('shows no danger block for an ordinary search', async () => {
    await show('/results?q=hebamme&region=kaufbeuren');
    expect(document.querySelector('.danger-block')).toBeNull();
  });
});

describe('ResultsScreen while the family’s region arrives', () => {
  it('never presents the wide-area results as final: one count is shown, the one with the region searched', async () => {
    const local = (o: (typeof data.offers)[number]) => o.areas.includes('ostallgaeu');
    const wideOffers = catalogue.offers.filter(
      (o) => !o.areas.some((a) => regions.some((r) => r.id === a && r.kind === 'local')),
    );
    const parts = splitIndex(index, new Set(wideOffers.map((o) => o.id)), {
      ostallgaeu: new Set(catalogue.offers.filter(local).map((o) => o.id)),
    });
    const wideOnly = {
      ...loadedAll(makeCatalogue(wideOffers, { regions, taxonomy }), mergeIndexes(parts.wide, [])),
      regions: [],
    };
    const withRegion = {
      ...loadedAll(
        makeCatalogue([...wideOffers, ...catalogue.offers.filter(local)], {
          regions,
          taxonomy,
          organizations: readOrganizations(),
        }),
        mergeIndexes(parts.wide, Object.values(parts.regions)),
      ),
      regions: ['ostallgaeu'],
    };
    // Every count the screen ever shows, as it shows it.
    const counts = new Set<string>();
    const observer = new MutationObserver(() => {
      for (const p of document.querySelectorAll('p'))
        if (/gefunden\.$/.test(p.textContent ?? '')) counts.add(p.textContent ?? '');
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    await renderApp(<ResultsScreen />, {
      catalogue: wideOnly.catalogue,
      url: '/results?region=ostallgaeu&q=hebamme',
      // The region's pair arrives a little after wide-area, as over the network.
      load: async (ids) =>
        ids.includes('ostallgaeu')
          ? new Promise((resolve) => setTimeout(() => resolve({ ...withRegion, failed: [] }), 20))
          : { ...wideOnly, failed: [] },
    });
    await screen.findByRole(
      'link',
      { name: 'KoKi – Netzwerk frühe Kindheit Landkreis Ostallgäu' },
      { timeout: 5000 },
    );
    observer.disconnect();
    // The count on screen now, with Ostallgäu's offers searched; a wide-area count before it (6 of 16 today) failed.
    const final = [...document.querySelectorAll('p')].find((p) => /gefunden\.$/.test(p.textContent ?? ''));
    expect([...counts]).toEqual([final?.textContent]);
  });
});
