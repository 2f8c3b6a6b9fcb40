import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ListPage, LotsePage } from './pages/lotse.ts';
import { keyboardJourney, questionnaireSteps } from './support/a11y-flows.ts';
import { axeViolations } from './support/axe.ts';
import { openSession, type Session } from './support/browser.ts';
import { SCREENS } from './support/screens.ts';
import { texts } from './support/texts.ts';

const baseUrl = inject('baseUrl');

describe('accessibility: axe-core (WCAG 2.2 A/AA and best practices) on every screen, in Chromium', () => {
  let session: Session;
  let page: LotsePage;
  const german = texts('de');

  beforeAll(async () => {
    session = await openSession();
    page = new LotsePage(session.page, baseUrl);
  });

  afterAll(async () => {
    await session.close();
  });

  it.each(SCREENS)('$path has no violations', async ({ path, ready }) => {
    await page.goto(path);
    await session.page.locator(ready(german.t)).first().waitFor();
    expect(await axeViolations(session.page)).toEqual([]);
  });

  it('every screen reflows at 320 CSS pixels (WCAG 1.4.10): nothing scrolls sideways', async () => {
    await session.page.setViewportSize({ width: 320, height: 640 });
    const overflowing: string[] = [];
    for (const { path, ready } of SCREENS) {
      await page.goto(path);
      await session.page.locator(ready(german.t)).first().waitFor();
      const wide = await session.page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      if (wide > 0) overflowing.push(`${path}: ${wide}px`);
    }
    await session.page.setViewportSize({ width: 360, height: 800 });
    expect(overflowing).toEqual([]);
  });

  it('every questionnaire step has no violations, at 360 and 1280 wide', async () => {
    for (const width of [360, 1280]) {
      await session.page.setViewportSize({ width, height: 800 });
      const seen: string[] = [];
      await questionnaireSteps(session.page, baseUrl, german, async (title) => {
        seen.push(title);
        expect(await axeViolations(session.page), `${width}: ${title}`).toEqual([]);
      });
      expect(seen).toHaveLength(5);
    }
    await session.page.setViewportSize({ width: 360, height: 800 });
  });

  it('the saved list with its QR hand-over open has no violations', async () => {
    const list = new ListPage(session.page, baseUrl);
    await list.saveViaLink(['koki-ostallgaeu', 'notruf-112']);
    await list.showQr();
    expect(await axeViolations(session.page)).toEqual([]);
  });

  it('the opened map, its list alternative and the tile consent have no violations', async () => {
    await page.goto('/results?region=ostallgaeu&stage=baby-0-1&topics=crying');
    await session.page.getByRole('button', { name: 'Karte anzeigen' }).click();
    await session.page.locator('.leaflet-container').waitFor();
    expect(await axeViolations(session.page)).toEqual([]);
  });

  it('works by keyboard alone: start, every questionnaire step, results, a call link; focus follows each screen', async () => {
    await keyboardJourney(session.page, baseUrl, german);
  });

  it('the map animates zoom only when the device does not ask for reduced motion', async () => {
    const animated = async (reducedMotion: 'reduce' | 'no-preference') => {
      await session.page.emulateMedia({ reducedMotion });
      await page.goto('/offer/koki-ostallgaeu');
      await session.page.getByRole('button', { name: 'Karte anzeigen' }).click();
      await session.page.locator('.leaflet-marker-icon').first().waitFor({ state: 'attached' });
      // Leaflet marks what it animates: the zoom proxy and animated markers (its SVG renderer is marked either way).
      return session.page.locator('.leaflet-proxy, .leaflet-marker-icon.leaflet-zoom-animated').count();
    };
    expect(await animated('no-preference')).toBeGreaterThan(0);
    expect(await animated('reduce')).toBe(0);
    await session.page.emulateMedia({ reducedMotion: 'no-preference' });
  });
});
