import { screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Layout } from '../../src/ui/common/Layout.tsx';
import { makeCatalogue, makeOffer } from '../fixtures/builders.ts';
import { renderApp } from '../fixtures/render-app.tsx';

const catalogue = makeCatalogue([makeOffer({ id: 'a', name: 'Angebot A' })]);

/** The start of a visit through the header's button, with the visit's chunk loaded as in the app. */
async function askFromHeader() {
  const rendered = await renderApp(
    <Layout onExit={() => {}}>
      <p>Inhalt</p>
    </Layout>,
    { catalogue },
  );
  screen.getByRole('button', { name: 'Hausbesuch' }).click();
  await screen.findByText(/Hausbesuch für Fachkräfte/);
  return rendered;
}

describe('"Hausbesuch" asks before a visit begins', () => {
  it('says what a visit is and changes nothing until "Besuch beginnen"', async () => {
    const { state } = await askFromHeader();
    expect(state.visit.value).toBe('asking');
    expect(screen.queryByText('Hausbesuch – nichts wird gespeichert')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Hausbesuch' })).toBeNull();
    screen.getByRole('button', { name: 'Besuch beginnen' }).click();
    await screen.findByText('Hausbesuch – nichts wird gespeichert');
    expect(state.visit.value).toBe('on');
    expect(state.answers.value).toEqual({ professional: true });
  });

  it('"Abbrechen" leaves everything as it was', async () => {
    const { state } = await askFromHeader();
    screen.getByRole('button', { name: 'Abbrechen' }).click();
    await waitFor(() => expect(state.visit.value).toBe('off'));
    expect(screen.queryByText(/Hausbesuch für Fachkräfte/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Hausbesuch' })).toBeTruthy();
    expect(state.answers.value).toEqual({});
  });
});
