import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { LotsePage, QuestionnairePage, ResultsPage } from './pages/lotse.ts';
import { openSession, type Session } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const PHONE = { width: 360, height: 640 };

describe('help that always reaches a person (360×640)', () => {
  let session: Session;

  beforeEach(async () => {
    session = await openSession({ viewport: PHONE });
  });

  afterEach(async () => {
    await session.close();
  });

  it('offers 110 and 112 as calls on / and /help-now when the catalogue cannot be loaded', async () => {
    await session.context.route('**/catalogue/**', (route) => route.abort());
    const page = new LotsePage(session.page, baseUrl);
    for (const path of ['/', '/help-now']) {
      await page.goto(path);
      await session.page.getByRole('alert').waitFor();
      const hrefs = await page.telLinks().evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs.slice(0, 2), path).toEqual(['tel:110', 'tel:112']);
    }
  });

  it('keeps the calls, each at least 48 px high, on the first screen with the "find help" door', async () => {
    const page = new LotsePage(session.page, baseUrl);
    await page.goto('/');
    const door = await session.page.getByRole('link', { name: /Hilfe finden/ }).boundingBox();
    const calls = await page.telLinks().evaluateAll((links) =>
      links.map((a) => {
        const box = a.getBoundingClientRect();
        return { bottom: box.bottom, height: box.height };
      }),
    );
    expect(door && door.y + door.height).toBeLessThanOrEqual(PHONE.height);
    expect(calls).toHaveLength(4);
    for (const call of calls) {
      expect(call.bottom).toBeLessThanOrEqual(PHONE.height);
      expect(call.height).toBeGreaterThanOrEqual(48);
    }
  });

  it('shows a family from Buchloe the Frauenhaus Kaufbeuren-Ostallgäu before any other Frauenhaus', async () => {
    const q = new QuestionnairePage(session.page, baseUrl);
    await q.goto('/');
    await q.begin();
    await q.choose('Nein');
    await q.place('Buchloe');
    await q.helpNowLink().click();
    // The place answer leads the lines, but stays out of the address.
    await session.page.waitForURL(`${baseUrl}/help-now`);
    // 110 and 112 never wait; the region's own lines come with its catalogue pair (fetched on the place answer).
    await session.page
      .locator('main .call-line__name', { hasText: 'Frauenhaus Kaufbeuren-Ostallgäu' })
      .waitFor();
    const names = await session.page.locator('main .call-line__name').allTextContents();
    expect(names.find((n) => n.startsWith('Frauenhaus'))).toBe('Frauenhaus Kaufbeuren-Ostallgäu');
    expect(names.slice(0, 2)).toEqual(['Polizeinotruf 110', 'Notruf 112 (Rettungsdienst und Feuerwehr)']);
  });

  it('asks for the region on /help-now without one, and ignores an unknown one', async () => {
    const page = new LotsePage(session.page, baseUrl);
    for (const path of ['/help-now', '/help-now?region=mars']) {
      await page.goto(path);
      const chooser = session.page.getByRole('navigation', { name: /Wo wohnen Sie/ });
      expect(await chooser.getByRole('link').count(), path).toBe(5);
    }
    await session.page.getByRole('link', { name: 'Landkreis Ostallgäu' }).click();
    await session.page.getByText('Zuerst die Nummern für: Landkreis Ostallgäu.', { exact: false }).waitFor();
  });
});

describe('the quick exit stays in reach (360×640)', () => {
  let session: Session;

  beforeEach(async () => {
    session = await openSession({ viewport: PHONE });
  });

  afterEach(async () => {
    await session.close();
  });

  it('at the bottom of a long results list, and a click on it leaves Lotse', async () => {
    const results = new ResultsPage(session.page, baseUrl);
    await results.goto('/results?region=ostallgaeu&q=beratung');
    await results.status().waitFor();
    expect(await results.results().count()).toBeGreaterThan(10);
    await results.scrollToBottom();
    // Scrolled more than two screens down (ten compact cards take about two screens, this list has more).
    expect(await session.page.evaluate(() => window.scrollY)).toBeGreaterThan(2 * PHONE.height);
    expect(await results.quickExitReachable()).toBe(true);
    await results.quickExit().click();
    await expect.poll(() => session.page.url(), { timeout: 15_000 }).not.toContain(baseUrl);
  });

  it('after answering the first question, also at 200 % text size', async () => {
    const q = new QuestionnairePage(session.page, baseUrl);
    await q.goto('/');
    await q.begin();
    await q.choose('Nein');
    expect(await q.quickExitReachable()).toBe(true);
    await session.page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    await q.scrollToBottom();
    expect(await q.quickExitReachable()).toBe(true);
    const bar = await session.page.getByRole('banner').boundingBox();
    expect(bar?.height).toBeLessThanOrEqual(PHONE.height / 4);
  });

  it('with the map open and scrolled under the bar', async () => {
    const page = new LotsePage(session.page, baseUrl);
    await page.goto('/offer/koki-ostallgaeu');
    await session.page.getByRole('button', { name: 'Karte anzeigen' }).click();
    const map = session.page.locator('.leaflet-container');
    await map.waitFor();
    await session.page.evaluate(() => {
      const top = document.querySelector('.leaflet-container')?.getBoundingClientRect().top ?? 0;
      window.scrollTo(0, window.scrollY + top - 10);
    });
    const box = await map.boundingBox();
    expect(box?.y).toBeLessThan(20);
    expect(await page.quickExitReachable()).toBe(true);
    // Leaflet's zoom buttons (z-index 1000) now sit at the bar's height: nothing of the map may show through it.
    const covered = await session.page.evaluate(() => {
      const bar = document.querySelector('header')?.getBoundingClientRect();
      if (!bar) return ['no bar'];
      const y = bar.top + bar.height / 2;
      const xs = Array.from({ length: 17 }, (_, i) => 8 + i * 20);
      return xs.filter((x) => !document.elementFromPoint(x, y)?.closest('header'));
    });
    expect(covered).toEqual([]);
  });
});
