import { screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { Offer } from '../../src/catalogue/index.ts';
import type { Match } from '../../src/matching/index.ts';
import { DangerBlock } from '../../src/ui/results/DangerBlock.tsx';
import { NetRow } from '../../src/ui/results/NetRow.tsx';
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

describe('DangerBlock in the language the family wrote in', () => {
  const police = makeOffer({
    id: 'notruf-110',
    name: 'Polizeinotruf 110',
    available_24_7: true,
    phones: [{ number: '110', display: '110' }],
  });
  // A made-up number: the test looks for the name beside it, not for the shelter's phone.
  const shelter = makeOffer({
    id: 'frauenhaus-kaufbeuren-ostallgaeu',
    name: 'Frauenhaus Kaufbeuren-Ostallgäu',
    available_24_7: true,
    phones: [{ number: '+4980040400200', display: '0800 404 00 200' }],
  });

  it('says the heading once more in Turkish on a German page, and one tap turns the page', async () => {
    const { language } = await renderApp(
      <DangerBlock
        matches={[safety(police), safety(shelter)]}
        kinds={['violence']}
        region="kaufbeuren"
        typed="tr"
      />,
      { storage: window.localStorage },
    );
    const line = await screen.findByRole('button', { name: 'Türkçe olarak okuyun' });
    expect(line.closest('p')?.getAttribute('lang')).toBe('tr');
    line.click();
    await vi.waitFor(() => expect(language?.current.value.code).toBe('tr'));
    await vi.waitFor(() => expect(screen.queryByRole('button', { name: 'Türkçe olarak okuyun' })).toBeNull());
    // The lines are named in Turkish now (110 as the start page names it); a line of the catalogue keeps its German
    // name beside the Turkish, the name a family hears on the phone.
    const parts = (href: string) =>
      [
        ...(document
          .querySelector(`a[href="${href}"]`)
          ?.querySelectorAll('.call-line__name, .call-line__note') ?? []),
      ].map((e) => e.textContent);
    expect(parts('tel:110')).toEqual(['Polis', '7/24 ulaşılabilir']);
    expect(parts('tel:+4980040400200')).toEqual([
      'Kadın sığınma evi',
      'Frauenhaus Kaufbeuren-Ostallgäu',
      '7/24 ulaşılabilir',
    ]);
  });

  it('adds nothing when the danger was written in the page’s language', async () => {
    await renderApp(
      <DangerBlock matches={[safety(police)]} kinds={['violence']} region="kaufbeuren" typed="de" />,
      { storage: window.localStorage },
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('NetRow', () => {
  it('shows the 24/7 lines as one compact row of calls, and nothing without lines', async () => {
    const line = makeOffer({
      id: 'telefonseelsorge',
      name: 'TelefonSeelsorge',
      available_24_7: true,
      phones: [{ number: '+498001110111', display: '0800 111 0 111' }],
    });
    const { view } = await renderApp(<NetRow lines={[line]} />);
    const row = screen.getByRole('region', {
      name: 'Falls Sie jemanden brauchen – rund um die Uhr erreichbar:',
    });
    expect([...row.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['tel:+498001110111']);
    view.unmount();
    await renderApp(<NetRow lines={[]} />);
    expect(screen.queryByRole('region')).toBeNull();
  });
});
