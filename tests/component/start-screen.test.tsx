import { render, screen } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/index.ts';
import { createAppState } from '../../src/ui/app-state.ts';
import { AppContext, I18nContext } from '../../src/ui/context.ts';
import { StartScreen } from '../../src/ui/start/StartScreen.tsx';
import { emergencyOffers, makeCatalogue, makeOffer } from '../fixtures/builders.ts';

function renderStart(loadCatalogue: () => Promise<ReturnType<typeof makeCatalogue>>) {
  const state = createAppState({ loadCatalogue });
  render(
    <AppContext.Provider value={state}>
      <I18nContext.Provider value={createI18n()}>
        <LocationProvider>
          <StartScreen />
        </LocationProvider>
      </I18nContext.Provider>
    </AppContext.Provider>,
  );
  return state;
}

describe('StartScreen', () => {
  it('says it is loading until the catalogue arrives', () => {
    renderStart(() => new Promise(() => {}));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Hilfe finden, die zu Ihrer Familie passt',
    );
    expect(screen.getByText('Angebote werden geladen …')).toBeTruthy();
  });

  it('shows the count, the regions, the date and the emergency numbers once loaded', async () => {
    const catalogue = makeCatalogue([...emergencyOffers(), makeOffer({ areas: ['kaufbeuren'] })]);
    const state = renderStart(async () => catalogue);
    await state.start();
    expect(await screen.findByRole('heading', { name: 'Lotse kennt 4 Angebote.' })).toBeTruthy();
    expect(screen.getByText('Stadt Kaufbeuren: 1')).toBeTruthy();
    expect(screen.getByText('Stand der Daten: 25. November 2026')).toBeTruthy();
    const calls = screen.getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(calls.slice(0, 2)).toEqual(['tel:110', 'tel:112']);
  });

  it('explains a failed load in an alert instead of breaking', async () => {
    const state = renderStart(async () => {
      throw new Error('HTTP 500');
    });
    await state.start();
    expect((await screen.findByRole('alert')).textContent).toContain('konnten gerade nicht geladen werden');
  });

  it('has a search box with an accessible name', () => {
    renderStart(() => new Promise(() => {}));
    expect(screen.getByRole('searchbox', { name: 'Wonach suchen Sie?' })).toBeTruthy();
  });
});
