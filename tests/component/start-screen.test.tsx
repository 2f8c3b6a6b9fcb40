import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { StartScreen } from '../../src/ui/start/StartScreen.tsx';
import { emergencyOffers, makeCatalogue, makeOffer } from '../fixtures/builders.ts';
import { renderApp } from '../fixtures/render-app.tsx';

describe('StartScreen', () => {
  it('says it is loading until the catalogue arrives', async () => {
    await renderApp(<StartScreen />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Hilfe finden, die zu Ihrer Familie passt',
    );
    expect(screen.getByText('Angebote werden geladen …')).toBeTruthy();
  });

  it('shows the count, the regions, how much is recently sourced and the emergency numbers', async () => {
    const old = { url: 'https://alt.example', date: '2019-05', confidence: 'high' as const, note: null };
    const catalogue = makeCatalogue([
      ...emergencyOffers(),
      makeOffer({ areas: ['kaufbeuren'] }),
      makeOffer({ areas: ['kaufbeuren'], source: old }),
    ]);
    await renderApp(<StartScreen />, { catalogue });
    expect(await screen.findByRole('heading', { name: 'Lotse kennt 5 Angebote.' })).toBeTruthy();
    // Each region's count leads to its own page (/region/<id>), the way in for a parent from a search engine.
    expect(screen.getByRole('link', { name: 'Stadt Kaufbeuren: 2' }).getAttribute('href')).toBe(
      '/region/kaufbeuren',
    );
    // the wide-area emergency numbers are not "offers on site"; of the two local ones only one is recent
    expect(
      screen.getByText(
        '1 von 2 Angeboten vor Ort mit einer Quelle der letzten drei Jahre belegt; die übrigen bitte telefonisch bestätigen.',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/Stand der Daten/)).toBeNull();
    const calls = screen.getAllByRole('link').filter((a) => a.getAttribute('href')?.startsWith('tel:'));
    expect(calls.slice(0, 2).map((a) => a.getAttribute('href'))).toEqual(['tel:110', 'tel:112']);
  });

  it('explains a failed load in an alert and still offers the four calls', async () => {
    await renderApp(<StartScreen />, { catalogue: 'error' });
    expect((await screen.findByRole('alert')).textContent).toContain('konnten gerade nicht geladen werden');
    const calls = screen.getAllByRole('link').filter((a) => a.getAttribute('href')?.startsWith('tel:'));
    expect(calls.map((a) => a.getAttribute('href'))).toEqual([
      'tel:110',
      'tel:112',
      'tel:116016',
      'tel:+498001110111',
    ]);
  });

  it('lists each call once when the catalogue holds the same numbers', async () => {
    await renderApp(<StartScreen />, { catalogue: makeCatalogue(emergencyOffers()) });
    const calls = screen.getAllByRole('link').filter((a) => a.getAttribute('href')?.startsWith('tel:'));
    expect(calls).toHaveLength(4);
  });

  it('has a door, a search box with an accessible name and a danger link', async () => {
    await renderApp(<StartScreen />);
    expect(screen.getByRole('link', { name: /Hilfe finden/ }).getAttribute('href')).toBe('/questions');
    expect(screen.getByRole('searchbox', { name: 'Wonach suchen Sie?' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /In Gefahr\?/ }).getAttribute('href')).toBe('/help-now');
  });

  it('carries the region the family gave into the danger link', async () => {
    const { state } = await renderApp(<StartScreen />);
    state.answers.value = { place: { region: 'ostallgaeu', text: 'Buchloe' } };
    await screen.findByRole('link', { name: /In Gefahr\?/ });
    expect(screen.getByRole('link', { name: /In Gefahr\?/ }).getAttribute('href')).toBe(
      '/help-now?region=ostallgaeu',
    );
  });
});

describe('SearchForm', () => {
  it('keeps the chosen filters as hidden fields so a new search does not lose them', async () => {
    const { SearchForm } = await import('../../src/ui/common/SearchForm.tsx');
    const { view } = await renderApp(
      <SearchForm query="x" keep={{ region: 'kaufbeuren', stage: undefined, topics: '' }} />,
    );
    const hidden = [...view.container.querySelectorAll('input[type="hidden"]')].map((i) => [
      i.getAttribute('name'),
      i.getAttribute('value'),
    ]);
    expect(hidden).toEqual([['region', 'kaufbeuren']]);
  });

  it('once the app runs, a search goes through the router, not as a form the browser sends into its history', async () => {
    const { SearchForm } = await import('../../src/ui/common/SearchForm.tsx');
    const { view } = await renderApp(<SearchForm keep={{ region: 'kaufbeuren' }} />);
    (screen.getByRole('searchbox') as HTMLInputElement).value = 'hebamme';
    const form = view.container.querySelector('form');
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    form?.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
    // Without private-address.ts installed (as here) the router's address is the full query it was given.
    expect(`${window.location.pathname}${window.location.search}`).toBe(
      '/results?region=kaufbeuren&q=hebamme',
    );
  });
});

describe('SearchForm while the catalogue arrives', () => {
  it('keeps what the user typed when the screen re-renders', async () => {
    let resolve: (c: ReturnType<typeof makeCatalogue>) => void = () => {};
    const pending = new Promise<ReturnType<typeof makeCatalogue>>((r) => {
      resolve = r;
    });
    const { createAppState } = await import('../../src/ui/app-state.ts');
    const { render } = await import('@testing-library/preact');
    const { createI18n } = await import('../../src/i18n/index.ts');
    const { AppContext, I18nContext } = await import('../../src/ui/context.ts');
    const { LocationProvider } = await import('preact-iso');
    const { memoryStore } = await import('../fixtures/render-app.tsx');
    const { loadedAll } = await import('../fixtures/builders.ts');
    const state = createAppState({
      loadCatalogue: async () => loadedAll(await pending),
      savedStore: memoryStore(),
    });
    render(
      <AppContext.Provider value={state}>
        <I18nContext.Provider value={createI18n()}>
          <LocationProvider>
            <StartScreen />
          </LocationProvider>
        </I18nContext.Provider>
      </AppContext.Provider>,
    );
    const box = screen.getByRole('searchbox') as HTMLInputElement;
    box.value = 'baby schreit';
    const started = state.start();
    resolve(makeCatalogue([makeOffer()]));
    await started;
    await screen.findByRole('heading', { name: 'Lotse kennt 1 Angebot.' });
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('baby schreit');
  });
});
