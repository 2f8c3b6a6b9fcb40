import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Location } from '../../src/catalogue/types.ts';
import type { MapHandle, MapModule, MapOptions } from '../../src/map/types.ts';
import { MapPanel } from '../../src/ui/map/MapPanel.tsx';
import { makeCatalogue, makeOffer } from '../fixtures/builders.ts';
import { renderApp } from '../fixtures/render-app.tsx';

const at = (lat: number, lon: number, precision: Location['coordinates_precision']): Location => ({
  address: { address_1: precision === 'exact' ? 'Ring 5' : null, postal_code: '87600', city: 'Kaufbeuren' },
  latitude: lat,
  longitude: lon,
  coordinates_precision: precision,
});

const exact = makeOffer({
  id: 'beratung',
  name: 'Schwangerenberatung',
  locations: [at(47.88, 10.62, 'exact')],
});
const approx = makeOffer({ id: 'treff', name: 'Elterntreff', locations: [at(47.87, 10.6, 'municipality')] });
const hotline = makeOffer({ id: 'hotline', name: 'Elterntelefon', locations: [] });
const offers = [exact, approx, hotline];

/** A stand-in for src/map/index.ts: records what the panel asks of it, without Leaflet. */
function fakeMap() {
  const handle = { setOffers: vi.fn(), enableOnlineTiles: vi.fn(), focusOffer: vi.fn(), destroy: vi.fn() };
  const mounts: MapOptions[] = [];
  const module: MapModule = {
    mountMap: (_element: HTMLElement, options: MapOptions): MapHandle => {
      mounts.push(options);
      return handle;
    },
  };
  const loadMap = vi.fn(() => Promise.resolve(module));
  return { handle, mounts, loadMap };
}

async function openMap(loadMap: () => Promise<MapModule>, focusId?: string) {
  await renderApp(<MapPanel offers={offers} focusId={focusId} loadMap={loadMap} />, {
    catalogue: makeCatalogue(offers),
  });
  fireEvent.click(screen.getByRole('button', { name: 'Karte anzeigen' }));
}

const stored = () => localStorage.getItem('lotse.tiles');

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('MapPanel', () => {
  it('loads nothing until "Karte anzeigen" is pressed, then loads the map once and mounts it', async () => {
    const map = fakeMap();
    await renderApp(<MapPanel offers={offers} focusId="treff" loadMap={map.loadMap} />, {
      catalogue: makeCatalogue(offers),
    });
    expect(map.loadMap).not.toHaveBeenCalled();
    expect(screen.queryByText(/GeoBasis-DE/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Karte anzeigen' }));
    await waitFor(() => expect(map.mounts).toHaveLength(1));
    expect(map.loadMap).toHaveBeenCalledTimes(1);
    expect(map.mounts[0]?.offers.map((o) => o.id)).toEqual(['beratung', 'treff', 'hotline']);
    expect(map.mounts[0]?.focusId).toBe('treff');
    expect(map.mounts[0]?.onlineTiles).toBe(false);
    expect(map.mounts[0]?.texts.approximate).toBe('ungefähre Lage');
    expect(screen.getByRole('button', { name: 'Karte ausblenden' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Karte ausblenden' }));
    expect(map.handle.destroy).toHaveBeenCalledTimes(1);
  });

  it('offers the same offers as a list of links with their place, approximate places said in words', async () => {
    await openMap(fakeMap().loadMap);
    const list = screen.getByRole('list', { name: 'Dieselben Angebote als Liste' });
    const items = [...list.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual([
      'Schwangerenberatung – Ring 5, 87600 Kaufbeuren',
      'Elterntreff – 87600 Kaufbeuren (ungefähre Lage)',
    ]);
    expect(screen.getByRole('link', { name: 'Elterntreff' }).getAttribute('href')).toBe('/offer/treff');
    expect(screen.getByText(/nicht auf der Karte .*: 1$/)).toBeTruthy();
  });

  it('shows the credits whenever the map is open, the tile credit only with tiles', async () => {
    const map = fakeMap();
    await openMap(map.loadMap);
    const bkg = () => screen.getByRole('link', { name: '© GeoBasis-DE / BKG 2021 (Daten verändert)' });
    expect(bkg().getAttribute('href')).toBe('https://www.bkg.bund.de');
    const licence = screen.getByRole('link', { name: 'Datenlizenz Deutschland – Namensnennung – 2.0' });
    expect(licence.getAttribute('href')).toBe('https://www.govdata.de/dl-de/by-2-0');
    expect(screen.getByText(/VG250, VG5000/)).toBeTruthy();
    expect(screen.queryByText(/Bundesamt für Kartographie und Geodäsie \(2026\)/)).toBeNull();
    await waitFor(() => expect(map.mounts).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, Online-Karte laden' }));
    expect(bkg()).toBeTruthy();
    expect(screen.getByText(/Bundesamt für Kartographie und Geodäsie \(2026\), Datenquellen:/)).toBeTruthy();
  });

  it('stores nothing before the user answers; "yes" is stored and switches tiles on', async () => {
    const map = fakeMap();
    await openMap(map.loadMap);
    await waitFor(() => expect(map.mounts).toHaveLength(1));
    expect(screen.getByText(/Dabei wird Ihre IP-Adresse an das Bundesamt für Kartographie/)).toBeTruthy();
    expect(stored()).toBeNull();
    expect(map.handle.enableOnlineTiles).not.toHaveBeenCalledWith(true);
    fireEvent.click(screen.getByRole('button', { name: 'Ja, Online-Karte laden' }));
    expect(stored()).toBe('yes');
    await waitFor(() => expect(map.handle.enableOnlineTiles).toHaveBeenLastCalledWith(true));
  });

  it('during a home visit the answer holds for this map, and the device’s own answer is neither changed nor removed', async () => {
    localStorage.setItem('lotse.tiles', 'no');
    const map = fakeMap();
    const { state } = await renderApp(<MapPanel offers={offers} loadMap={map.loadMap} />, {
      catalogue: makeCatalogue(offers),
    });
    state.visit.value = 'on';
    fireEvent.click(screen.getByRole('button', { name: 'Karte anzeigen' }));
    await waitFor(() => expect(map.mounts).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Entscheidung ändern' }));
    expect(stored()).toBe('no');
    fireEvent.click(screen.getByRole('button', { name: 'Ja, Online-Karte laden' }));
    await waitFor(() => expect(map.handle.enableOnlineTiles).toHaveBeenLastCalledWith(true));
    expect(stored()).toBe('no');
  });

  it('withdrawing removes the stored answer, switches tiles off and asks again', async () => {
    localStorage.setItem('lotse.tiles', 'yes');
    const map = fakeMap();
    await openMap(map.loadMap);
    await waitFor(() => expect(map.mounts).toHaveLength(1));
    expect(map.mounts[0]?.onlineTiles).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Zustimmung widerrufen' }));
    expect(stored()).toBeNull();
    await waitFor(() => expect(map.handle.enableOnlineTiles).toHaveBeenLastCalledWith(false));
    expect(screen.getByText('Online-Karte laden?')).toBeTruthy();
  });

  it('remembers "no" without asking again, and the choice can be changed', async () => {
    const map = fakeMap();
    await openMap(map.loadMap);
    fireEvent.click(screen.getByRole('button', { name: 'Nein' }));
    expect(stored()).toBe('no');
    expect(screen.queryByText('Online-Karte laden?')).toBeNull();
    expect(screen.getByText(/Die Online-Karte bleibt aus/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Entscheidung ändern' }));
    expect(stored()).toBeNull();
    expect(screen.getByText('Online-Karte laden?')).toBeTruthy();
  });

  it('when the map cannot load (offline, chunk not cached), says so and keeps the list', async () => {
    await openMap(() => Promise.reject(new Error('offline')));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Schwangerenberatung' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '© GeoBasis-DE / BKG 2021 (Daten verändert)' })).toBeTruthy();
  });
});
