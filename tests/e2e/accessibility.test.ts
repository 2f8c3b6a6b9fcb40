import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ListPage, LotsePage, QuestionnairePage } from './pages/lotse.ts';
import { axeViolations } from './support/axe.ts';
import { openSession, type Session } from './support/browser.ts';

const baseUrl = inject('baseUrl');

/** Every screen and state a family can reach by URL, each with the selector of what makes it complete. */
const SCREENS: { path: string; ready: string }[] = [
  { path: '/', ready: 'text=/Lotse kennt \\d+ Angebote/' },
  { path: '/results?region=ostallgaeu&stage=baby-0-1&topics=crying', ready: 'main .koki a[href^="tel:"]' },
  { path: '/results?q=hebamme', ready: 'main h2:text-is("Wo wohnen Sie?")' },
  {
    path: '/results?q=mein%20mann%20schl%C3%A4gt%20mich&region=kaufbeuren',
    ready: 'main .danger-block a[href^="tel:"]',
  },
  { path: '/results?q=%F0%9F%98%80&region=mars&topics=nope', ready: 'text=/Nicht berücksichtigt/' },
  { path: '/offer/koki-ostallgaeu', ready: 'main a[href^="tel:"]' },
  { path: '/offer/familienstuetzpunkt-buchloe', ready: 'main button:text-is("Auf meine Liste")' },
  { path: '/offer/gibt-es-nicht', ready: 'h1:text-is("Dieses Angebot gibt es nicht (mehr)")' },
  { path: '/list', ready: 'text=/^Noch nichts gespeichert/' },
  { path: '/list?ids=koki-ostallgaeu,notruf-112,gibt-es-nicht', ready: 'text=/nicht mehr in Lotse/' },
  { path: '/help-now', ready: 'main a[href="tel:112"]' },
  { path: '/datenschutz', ready: 'main button' },
  { path: '/impressum', ready: 'h1:text-is("Impressum")' },
  { path: '/quellen', ready: 'h1:text-is("Datenquellen und Lizenzen")' },
  { path: '/barrierefreiheit', ready: 'h1:text-is("Erklärung zur Barrierefreiheit")' },
  { path: '/gibt-es-nicht', ready: 'h1:text-is("Diese Seite gibt es nicht")' },
];

describe('accessibility: axe-core (WCAG 2.2 A/AA and best practices) on every screen, in Chromium', () => {
  let session: Session;
  let page: LotsePage;

  beforeAll(async () => {
    session = await openSession();
    page = new LotsePage(session.page, baseUrl);
  });

  afterAll(async () => {
    await session.close();
  });

  it.each(SCREENS)('$path has no violations', async ({ path, ready }) => {
    await page.goto(path);
    await session.page.locator(ready).first().waitFor();
    expect(await axeViolations(session.page)).toEqual([]);
  });

  it('every screen reflows at 320 CSS pixels (WCAG 1.4.10): nothing scrolls sideways', async () => {
    await session.page.setViewportSize({ width: 320, height: 640 });
    const overflowing: string[] = [];
    for (const { path, ready } of SCREENS) {
      await page.goto(path);
      await session.page.locator(ready).first().waitFor();
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
      const q = new QuestionnairePage(session.page, baseUrl);
      await q.goto('/');
      await q.begin();
      const seen: string[] = [];
      const check = async () => {
        seen.push(await q.title());
        expect(await axeViolations(session.page), `${width}: ${await q.title()}`).toEqual([]);
      };
      await check();
      await q.choose('Nein');
      await session.page.getByLabel('Ort oder Postleitzahl').fill('Marktob');
      await check();
      await q.place('Marktoberdorf');
      await check();
      await q.choose(/Baby unter 1 Jahr/);
      await q.tick(/schreit viel/);
      await check();
      await q.choose('Weiter');
      await check();
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
    const keys = session.page.keyboard;
    const q = new QuestionnairePage(session.page, baseUrl);
    /** The focused element's accessible name, as far as a label, aria-label or text gives it. */
    const focusedName = () =>
      session.page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const label = el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : null;
        return (el?.getAttribute('aria-label') ?? label ?? el?.textContent ?? '').trim();
      });
    /** Presses Tab until the focused element's name matches; fails if it never does. */
    const tabTo = async (name: RegExp) => {
      for (let i = 0; i < 40; i++) {
        await keys.press('Tab');
        if (name.test(await focusedName())) return;
      }
      throw new Error(`Tab never reached ${name} on ${await q.title()}`);
    };
    /** Whether focus reaches <main> (moved there after the new screen renders) within a few seconds. */
    const focusIsOnMain = () =>
      session.page
        .waitForFunction(() => document.activeElement?.id === 'main', undefined, { timeout: 5000 })
        .then(() => true)
        .catch(() => false);

    await q.goto('/');
    await tabTo(/^Hilfe finden/);
    await q.nextScreen(() => keys.press('Enter'));
    expect(await focusIsOnMain()).toBe(true);
    await tabTo(/^Nein$/);
    await q.nextScreen(() => keys.press('Enter'));
    expect(await focusIsOnMain()).toBe(true);
    await tabTo(/^Ort oder Postleitzahl/);
    await keys.type('Marktoberdorf');
    await q.nextScreen(() => keys.press('Enter'));
    await tabTo(/Baby unter 1 Jahr/);
    await q.nextScreen(() => keys.press('Enter'));
    await tabTo(/schreit viel/);
    await keys.press('Space');
    await tabTo(/^Weiter$/);
    await q.nextScreen(() => keys.press('Enter'));
    await tabTo(/^Überspringen$/);
    await q.nextScreen(() => keys.press('Enter'));
    await session.page.waitForURL(/\/results\?/);
    expect(new URL(session.page.url()).searchParams.get('topics')).toContain('crying');
    expect(await focusIsOnMain()).toBe(true);
    await tabTo(/anrufen: /);
    expect(await session.page.evaluate(() => document.activeElement?.getAttribute('href'))).toMatch(/^tel:/);
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
