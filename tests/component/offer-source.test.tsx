import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { OfferSource } from '../../src/ui/offer/OfferSource.tsx';
import { makeCatalogue, makeOffer } from '../fixtures/builders.ts';
import { renderApp } from '../fixtures/render-app.tsx';

const offer = makeOffer({ id: 'koki-x', name: 'KoKi & Co' });

describe('OfferSource: "Fehler melden"', () => {
  it('writes to the report address with only the offer id, name and page, not where the family came from', async () => {
    await renderApp(<OfferSource offer={offer} reportEmail="fehler@betreiber.example" />, {
      catalogue: makeCatalogue([offer]),
      url: '/offer/koki-x?q=schulden&region=kaufbeuren&topics=money',
    });
    const href = screen.getByRole('link', { name: 'Fehler melden' }).getAttribute('href') ?? '';
    const mail = new URL(href);
    expect(mail.protocol).toBe('mailto:');
    expect(mail.pathname).toBe('fehler@betreiber.example');
    expect([...mail.searchParams.entries()]).toEqual([
      ['subject', 'Lotse: Fehler bei KoKi & Co (koki-x)'],
      ['body', `${location.origin}/offer/koki-x`],
    ]);
  });

  it('says the address is still to come when the operator has not set one', async () => {
    await renderApp(<OfferSource offer={offer} reportEmail={null} />, { catalogue: makeCatalogue([offer]) });
    expect(screen.queryByRole('link', { name: 'Fehler melden' })).toBeNull();
    expect(screen.getByText(/Kontaktadresse dafür wird vom Betreiber ergänzt/)).toBeTruthy();
  });
});
