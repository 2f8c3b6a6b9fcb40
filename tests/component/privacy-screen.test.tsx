import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { TILE_HOST } from '../../src/map/index.ts';
import { PrivacyScreen } from '../../src/ui/legal/PrivacyScreen.tsx';
import { renderApp } from '../fixtures/render-app.tsx';

describe('PrivacyScreen (Datenschutzerklärung)', () => {
  it('names the optional tile host, and that it is asked only after consent to the online map', async () => {
    await renderApp(<PrivacyScreen />, { storage: localStorage });
    await screen.findByRole('heading', { level: 1 });
    const heading = screen.getByRole('heading', { level: 2, name: 'Online-Karte: nur mit Ihrer Zustimmung' });
    const text = heading.nextElementSibling?.textContent ?? '';
    expect(TILE_HOST).toBe('sgx.geodatenzentrum.de');
    expect(text).toContain(`vom Server ${TILE_HOST} des Bundesamts für Kartographie und Geodäsie`);
    expect(text).toContain('Erst wenn Sie bei der Karte „Ja, Online-Karte laden“ wählen');
    expect(text).toContain('Ohne Ihre Zustimmung wird er nie angefragt');
  });

  it('marks the privacy contact as missing until the operator fills it in', async () => {
    await renderApp(<PrivacyScreen />, { storage: localStorage });
    await screen.findByRole('heading', { level: 1 });
    const term = screen.getByText('Kontakt für Fragen zum Datenschutz', { selector: 'dt' });
    expect(term.nextElementSibling?.textContent).toBe('wird vom Betreiber ergänzt');
  });
});
