import { screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { Offer } from '../../src/catalogue/index.ts';
import { HelpNowScreen } from '../../src/ui/help/HelpNowScreen.tsx';
import { emergencyOffers, makeCatalogue, makeOffer, REGIONS } from '../fixtures/builders.ts';
import { renderApp } from '../fixtures/render-app.tsx';

const telHrefs = () =>
  screen
    .getAllByRole('link')
    .map((a) => a.getAttribute('href') ?? '')
    .filter((h) => h.startsWith('tel:'));

const line = (id: string, number: string, areas: Offer['areas']) =>
  makeOffer({ id, name: id, available_24_7: true, areas, phones: [{ number, display: number }] });

describe('HelpNowScreen', () => {
  it('lists 110 and 112 first, then the crisis lines, each once, from the catalogue when it is there', async () => {
    await renderApp(<HelpNowScreen />, { catalogue: makeCatalogue(emergencyOffers()) });
    expect(telHrefs()).toEqual(['tel:110', 'tel:112', 'tel:116016', 'tel:+498001110111']);
    expect(screen.getAllByText('für: Deutschland')).toHaveLength(3);
  });

  it('says plainly when the numbers could not be loaded, and still offers the calls', async () => {
    await renderApp(<HelpNowScreen />, { catalogue: 'error' });
    expect((await screen.findByRole('alert')).textContent).toContain('110 und 112');
    expect(telHrefs()).toEqual(['tel:110', 'tel:112', 'tel:116016', 'tel:+498001110111']);
  });

  it("puts the family's region first and other regions' lines under their own heading", async () => {
    const catalogue = makeCatalogue([
      line('frauenhaus-kaufbeuren', '+4983410', ['kaufbeuren']),
      line('frauenhaus-ostallgaeu', '+4983420', ['ostallgaeu']),
      line('hotline', '+4980000', ['deutschland']),
    ]);
    await renderApp(<HelpNowScreen />, { catalogue, url: '/help-now?region=ostallgaeu' });
    expect(telHrefs()).toEqual([
      'tel:110',
      'tel:112',
      'tel:+4983420',
      'tel:116016',
      'tel:+498001110111',
      'tel:+4980000',
      'tel:+4983410',
    ]);
    expect(screen.getByText('Andere Regionen')).toBeTruthy();
    expect(screen.getByText('Zuerst die Nummern für: Landkreis Ostallgäu.', { exact: false })).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: /Wo wohnen Sie/ })).toBeNull();
  });

  it('offers the five regions when the region is unknown, or not one of them', async () => {
    const catalogue = makeCatalogue([], { regions: REGIONS });
    await renderApp(<HelpNowScreen />, { catalogue, url: '/help-now?region=atlantis' });
    const chooser = screen.getByRole('navigation', { name: /Wo wohnen Sie/ });
    const links = [...chooser.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      '/help-now?region=kaufbeuren',
      '/help-now?region=ostallgaeu',
      '/help-now?region=coburg-stadt',
      '/help-now?region=coburg-land',
      '/help-now?region=gummersbach',
    ]);
  });

  it('uses the region the family gave in the questionnaire', async () => {
    const catalogue = makeCatalogue([line('frauenhaus-ostallgaeu', '+4983420', ['ostallgaeu'])]);
    const { state } = await renderApp(<HelpNowScreen />, { catalogue, url: '/help-now' });
    state.answers.value = { place: { region: 'ostallgaeu', text: 'Buchloe' } };
    await waitFor(() => expect(telHrefs()[2]).toBe('tel:+4983420'));
  });
});
