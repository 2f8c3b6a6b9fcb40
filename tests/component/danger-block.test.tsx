import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { Offer } from '../../src/catalogue/index.ts';
import type { Match } from '../../src/matching/index.ts';
import { DangerBlock } from '../../src/ui/results/DangerBlock.tsx';
import { makeOffer } from '../fixtures/builders.ts';
import { renderApp } from '../fixtures/render-app.tsx';

const safety = (offer: Offer): Match => ({
  id: offer.id,
  offer,
  score: 1,
  reasons: [],
  explain: {},
  block: 'safety',
});

describe('DangerBlock', () => {
  it('keeps a line without a phone as a link to its offer page, named after the offer', async () => {
    const police = makeOffer({
      id: 'notruf-110',
      name: 'Polizeinotruf 110',
      available_24_7: true,
      phones: [{ number: '110', display: '110' }],
    });
    const shelter = makeOffer({ id: 'frauenhaus ohne telefon', name: 'Frauenhaus ohne Telefon', phones: [] });
    await renderApp(
      <DangerBlock matches={[police, shelter].map(safety)} kinds={['violence']} region="coburg-stadt" />,
    );
    const block = screen.getByRole('region', { name: 'Bei Gewalt: Hier erreichen Sie sofort jemanden' });
    const links = [...block.querySelectorAll('ul a')].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(links).toEqual([
      ['tel:110', 'Anrufen: 110Polizeinotruf 110rund um die Uhr erreichbar'],
      ['/offer/frauenhaus%20ohne%20telefon', 'Frauenhaus ohne Telefon'],
    ]);
  });
});
