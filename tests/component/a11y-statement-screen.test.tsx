import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { bundledOperator } from '../../src/catalogue/index.ts';
import { Footer } from '../../src/ui/common/Footer.tsx';
import { A11yStatementScreen } from '../../src/ui/legal/A11yStatementScreen.tsx';
import { renderApp } from '../fixtures/render-app.tsx';

/** The text after a term in the statement's fact lists. */
const factValue = (term: string) =>
  screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;

describe('A11yStatementScreen (Erklärung zur Barrierefreiheit)', () => {
  it('has the sections BITV 2.0 asks for, says "partly conformant" and lists the known limits', async () => {
    await renderApp(<A11yStatementScreen />, { storage: localStorage });
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(
      'Erklärung zur Barrierefreiheit',
    );
    const sections = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(sections).toEqual([
      'Stand der Vereinbarkeit',
      'Erstellung',
      'Feedback und Kontakt',
      'Durchsetzungsverfahren',
    ]);
    expect(screen.getByText(/teilweise mit BITV 2.0 und WCAG 2.2 AA vereinbar/)).toBeTruthy();
    const limits = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(limits).toHaveLength(5);
    expect(limits.filter((l) => l.startsWith('a11yStatement.'))).toEqual([]);
    expect(limits.some((l) => /Muttersprachler/.test(l))).toBe(true);
    expect(limits.some((l) => /nur Deutsch/.test(l))).toBe(true);
    expect(limits.some((l) => /Kartenbildern der Online-Karte eines fremden Anbieters/.test(l))).toBe(true);
  });

  it('names how and when it was assessed', async () => {
    await renderApp(<A11yStatementScreen />, { storage: localStorage });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByText(/Selbstbewertung vom 30\. November 2026: axe-core.*Tastatur/)).toBeTruthy();
  });

  it('marks the unknown feedback contact and enforcement body as missing instead of guessing', async () => {
    expect(bundledOperator().accessibility_contact).toBeNull();
    expect(bundledOperator().enforcement_body).toBeNull();
    await renderApp(<A11yStatementScreen />, { storage: localStorage });
    await screen.findByRole('heading', { level: 1 });
    expect(factValue('Kontakt')).toBe('wird vom Betreiber ergänzt');
    expect(factValue('Zuständige Stelle')).toBe('wird vom Betreiber ergänzt');
    expect(document.querySelector('a[href^="mailto:"], a[href^="tel:"]')).toBeNull();
  });

  it('is linked from the footer beside Impressum and Datenschutz', async () => {
    await renderApp(<Footer />);
    const links = screen.getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toContainEqual(['Barrierefreiheit', '/barrierefreiheit']);
  });
});
