import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { StartPage } from './pages/start-page.ts';
import { openSession, type Session } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const manifest = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../dist/catalogue/manifest.json'), 'utf8'),
) as { count: number; wide: { catalogue: string; index: string } };

describe('start page in Chromium (production build)', () => {
  let session: Session;
  let start: StartPage;

  beforeEach(async () => {
    session = await openSession();
    start = new StartPage(session.page, baseUrl);
    await start.open();
  });

  afterEach(async () => {
    await session.close();
  });

  it('has exactly one h1 and a German document', async () => {
    await expect(start.headings(1).count()).resolves.toBe(1);
    await expect(start.headings(1).textContent()).resolves.toBe('Hilfe finden, die zu Ihrer Familie passt');
    await expect(session.page.locator('html').getAttribute('lang')).resolves.toBe('de');
  });

  it("shows the catalogue's true count, as the built manifest states it", async () => {
    await expect(start.summary().textContent()).resolves.toBe(`Lotse kennt ${manifest.count} Angebote.`);
    expect(manifest.count).toBeGreaterThanOrEqual(99);
  });

  it('offers a labelled search box', async () => {
    await expect(start.searchBox().getAttribute('type')).resolves.toBe('search');
  });

  it('puts 110 and 112 first in the emergency strip, then the violence and crisis lines, each once', async () => {
    const hrefs = await start
      .emergencyLinks()
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['tel:110', 'tel:112', 'tel:116016', 'tel:+498001110111']);
  });

  it('links the legal pages and data credits in the footer', async () => {
    await start.footerLink('Datenquellen und Lizenzen').click();
    await session.page.getByRole('heading', { level: 1, name: 'Datenquellen und Lizenzen' }).waitFor();
    await expect(session.page.getByText('© GeoBasis-DE / BKG 2021', { exact: false }).count()).resolves.toBe(
      1,
    );
  });

  it('logs no console error and requests nothing from any origin but its own', async () => {
    await session.page.waitForLoadState('networkidle');
    expect(session.errors).toEqual([]);
    const foreign = session.requests.filter((url) => new URL(url).origin !== baseUrl);
    expect(foreign).toEqual([]);
    // The start screen loads the wide-area pair only: no region is known yet.
    expect(session.requests).toContain(`${baseUrl}/catalogue/${manifest.wide.catalogue}`);
    expect(session.requests).toContain(`${baseUrl}/catalogue/${manifest.wide.index}`);
  });
});
