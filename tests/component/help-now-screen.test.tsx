import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { HelpNowScreen } from '../../src/ui/help/HelpNowScreen.tsx';
import { emergencyOffers, makeCatalogue } from '../fixtures/builders.ts';
import { renderApp } from '../fixtures/render-app.tsx';

describe('HelpNowScreen', () => {
  it('lists 110 and 112 first, then the 24/7 numbers, all as tel: links', async () => {
    await renderApp(<HelpNowScreen />, { catalogue: makeCatalogue(emergencyOffers()) });
    const tel = screen.getAllByRole('link').filter((a) => a.getAttribute('href')?.startsWith('tel:'));
    expect(tel.map((a) => a.getAttribute('href'))).toEqual(['tel:110', 'tel:112', 'tel:+498001110111']);
    expect(screen.getAllByText('für: Deutschland')).toHaveLength(3);
  });

  it('says plainly when the numbers could not be loaded', async () => {
    await renderApp(<HelpNowScreen />, { catalogue: 'error' });
    expect((await screen.findByRole('alert')).textContent).toContain('110 und 112');
  });
});
