import { screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ListScreen } from '../../src/ui/list/ListScreen.tsx';
import { makeCatalogue, makeOffer } from '../fixtures/builders.ts';
import { memoryStore, renderApp } from '../fixtures/render-app.tsx';

const a = makeOffer({ id: 'a', name: 'Angebot A' });
const b = makeOffer({ id: 'b', name: 'Angebot B' });
const catalogue = makeCatalogue([a, b]);

describe('ListScreen', () => {
  it('is empty with a hint when nothing is saved', async () => {
    await renderApp(<ListScreen />, { catalogue, url: '/list' });
    expect(screen.getByText(/Noch nichts gespeichert/)).toBeTruthy();
  });

  it('lists saved offers as a list of headed links and removes one by one', async () => {
    const store = memoryStore(['b', 'a']);
    await renderApp(<ListScreen />, { catalogue, url: '/list', store });
    const items = screen.getAllByRole('listitem').filter((li) => li.querySelector('h2'));
    expect(items.map((li) => li.querySelector('h2 a')?.getAttribute('href'))).toEqual([
      '/offer/b',
      '/offer/a',
    ]);
    screen.getByRole('button', { name: 'Entfernen: Angebot B' }).click();
    await waitFor(() => expect(store.ids).toEqual(['a']));
  });

  it("in a home visit it is the family's list, and says it goes when the visit ends", async () => {
    const { state } = await renderApp(<ListScreen />, { catalogue, url: '/list', store: memoryStore(['a']) });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Meine Liste');
    state.visit.value = 'on';
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Liste für diesen Besuch'),
    );
    expect(screen.getByText(/Diese Liste wird nicht gespeichert/)).toBeTruthy();
  });

  it('hands the saved list to another phone as a QR code of its link, made on the device', async () => {
    await renderApp(<ListScreen />, { catalogue, url: '/list', store: memoryStore(['b', 'a', 'gone']) });
    const toggle = await screen.findByRole('button', { name: 'QR-Code zeigen' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    const code = await screen.findByRole('img', { name: 'QR-Code mit dem Link zu dieser Liste' });
    expect(code.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
    expect(screen.getByText(`${window.location.origin}/list?ids=b,a`)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'QR-Code ausblenden' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
  });

  it('offers no QR code for an empty list', async () => {
    await renderApp(<ListScreen />, { catalogue, url: '/list' });
    expect(screen.queryByRole('button', { name: 'QR-Code zeigen' })).toBeNull();
  });

  it('keeps its own heading while loading: a handed-over list never says "Meine Liste", the own list does', async () => {
    await renderApp(<ListScreen />, { url: '/list?ids=a,b' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Eine Liste für Sie');
    expect(screen.getByText('Angebote werden geladen …')).toBeTruthy();
  });

  it('says "Meine Liste" while the own list loads', async () => {
    await renderApp(<ListScreen />, { url: '/list' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Meine Liste');
  });

  it('opens a shared list, shows the known offers and says one is gone', async () => {
    await renderApp(<ListScreen />, { catalogue, url: '/list?ids=a,weg' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Eine Liste für Sie');
    expect(screen.getAllByRole('status')[0]?.textContent).toBe('1 Angebot auf der Liste.');
    expect(screen.getByText('1 Angebot gibt es nicht mehr in Lotse.')).toBeTruthy();
  });

  it('saves a shared list on this device', async () => {
    const store = memoryStore();
    await renderApp(<ListScreen />, { catalogue, url: '/list?ids=a,b', store });
    screen.getByRole('button', { name: 'Liste auf diesem Gerät speichern' }).click();
    await waitFor(() => expect(store.ids).toEqual(['a', 'b']));
  });

  it('with a broken database, still renders and says the saved list cannot be read', async () => {
    await renderApp(<ListScreen />, { catalogue, url: '/list', store: memoryStore(['a'], true) });
    expect((await screen.findByRole('alert')).textContent).toContain('kann gerade nicht gelesen');
  });
});
