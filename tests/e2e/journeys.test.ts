import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import {
  hiddenQuery,
  ListPage,
  LotsePage,
  OfferPage,
  QuestionnairePage,
  ResultsPage,
} from './pages/lotse.ts';
import { openSession, type Session } from './support/browser.ts';
import { scanQr } from './support/qr.ts';

const baseUrl = inject('baseUrl');

describe('journeys a parent takes (Chromium, production build)', () => {
  let session: Session;

  beforeEach(async () => {
    session = await openSession();
  });

  afterEach(async () => {
    await session.close();
  });

  it('(a) questionnaire Ostallgäu + baby + crying leads to results with the call link of a real offer', async () => {
    const q = new QuestionnairePage(session.page, baseUrl);
    await q.goto('/');
    await q.begin();
    expect(await q.title()).toBe('Sind Sie oder Ihr Kind gerade in Gefahr?');
    await q.answerBabyCrying('Marktoberdorf');
    // The answers drew the results but stay out of the address (the browser's history list keeps addresses).
    expect(new URL(session.page.url()).search).toBe('');
    const answers = await hiddenQuery(session.page);
    expect(answers.get('region')).toBe('ostallgaeu');
    expect(answers.get('stage')).toBe('baby-0-1');
    expect(answers.get('topics')).toContain('crying');
    const results = new ResultsPage(session.page, baseUrl);
    await results.status().waitFor();
    expect(await results.results().count()).toBeGreaterThan(0);
    // The KoKi Ostallgäu is on top, with the Landratsamt's number from the catalogue.
    const koki = session.page.locator('.koki a[href^="tel:"]');
    expect(await koki.first().getAttribute('href')).toBe('tel:+4983429110');
    expect(session.errors).toEqual([]);
  });

  it('(b) free search with a typo -> offer -> add to list -> the list survives a reload', async () => {
    const results = new ResultsPage(session.page, baseUrl);
    await results.goto('/');
    await results.search('schwangerschaftsberatung kaufbeuern');
    const names = await results.resultNames();
    expect(names.some((n) => /donum vitae/i.test(n))).toBe(true);
    await results.open(/donum vitae/i);
    const offer = new OfferPage(session.page, baseUrl);
    const name = await offer.title();
    await offer.save();
    const list = new ListPage(session.page, baseUrl);
    await list.goto('/list');
    expect(await list.names()).toEqual([name]);
    await session.page.reload();
    await list.h1().waitFor();
    await session.page.locator('main article').first().waitFor();
    expect(await list.names()).toEqual([name]);
  });

  it('(c) help-now is one tap away from every screen, 110 and 112 first', async () => {
    const page = new LotsePage(session.page, baseUrl);
    for (const path of [
      '/',
      '/results?q=hebamme',
      '/offer/koki-ostallgaeu',
      '/list',
      '/datenschutz',
      '/gibt-es-nicht',
    ]) {
      await page.goto(path);
      await page.helpNowLink().click();
      await session.page.waitForURL(`${baseUrl}/help-now`);
      await session.page.locator('main a[href^="tel:"]').first().waitFor();
      const hrefs = await page.telLinks().evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs.slice(0, 2), path).toEqual(['tel:110', 'tel:112']);
    }
  });

  it('(d) quick exit leaves Lotse and Back does not return to it', async () => {
    const page = new LotsePage(session.page, baseUrl);
    await page.goto('/');
    await session.page.getByRole('link', { name: /Hilfe finden/ }).click();
    await session.page.waitForURL(/\/questions/);
    await session.page.getByRole('link', { name: 'Meine Liste' }).click();
    await session.page.waitForURL(/\/list/);
    await page.quickExit().click();
    // The neutral page cannot load on this offline machine; what matters is that the tab left Lotse.
    // The tab leaves for another host; on a loaded machine that takes longer than poll's default second.
    await expect.poll(() => session.page.url(), { timeout: 15_000 }).not.toContain(baseUrl);
    await session.page.goBack({ waitUntil: 'commit' }).catch(() => null);
    await session.page.waitForTimeout(300);
    expect(session.page.url()).not.toContain(baseUrl);
  });

  it('(d) three presses of Shift leave as well', async () => {
    const page = new LotsePage(session.page, baseUrl);
    await page.goto('/help-now');
    for (let i = 0; i < 3; i++) await session.page.keyboard.press('Shift');
    // The tab leaves for another host; on a loaded machine that takes longer than poll's default second.
    await expect.poll(() => session.page.url(), { timeout: 15_000 }).not.toContain(baseUrl);
  });

  it('(e) /list?ids= with an unknown id shows the known ones and says one is no longer available', async () => {
    const list = new ListPage(session.page, baseUrl);
    await list.goto('/list?ids=koki-ostallgaeu,gibt-es-nicht-mehr,notruf-112');
    expect(await list.names()).toHaveLength(2);
    expect(await list.status().textContent()).toBe('2 Angebote auf der Liste.');
    await session.page.getByText('1 Angebot gibt es nicht mehr in Lotse.').waitFor();
  });

  it('(f) a midwife hands her list to a parent by QR code: the other phone scans it and sees the same list', async () => {
    const midwife = new ListPage(session.page, baseUrl);
    await midwife.saveViaLink(['koki-ostallgaeu', 'donum-vitae-kaufbeuren']);
    const saved = await midwife.names();
    const scanned = await scanQr(await midwife.showQr());
    expect(scanned).toBe(`${baseUrl}/list?ids=koki-ostallgaeu,donum-vitae-kaufbeuren`);
    // Made on the device: nothing but our own origin was asked for, and nothing about the family is in the code.
    expect(session.requests.filter((url) => new URL(url).origin !== baseUrl)).toEqual([]);

    const parent = await openSession();
    try {
      const list = new ListPage(parent.page, baseUrl);
      await list.goto(new URL(scanned ?? '/').pathname + new URL(scanned ?? '/').search);
      expect(await list.names()).toEqual(saved);
    } finally {
      await parent.close();
    }
    expect(session.errors).toEqual([]);
  });

  it('survives hand-edited URLs: unknown values are ignored and named, a 5,000-character q is cut', async () => {
    const results = new ResultsPage(session.page, baseUrl);
    await results.goto(`/results?region=mars&topics=crying,zzz&q=${'hilfe%20'.repeat(700)}`);
    await session.page
      .getByText(/Nicht berücksichtigt, weil unbekannt: topics=„zzz“, region=„mars“/)
      .waitFor();
    expect(await results.results().count()).toBeGreaterThan(0);
    expect(session.errors).toEqual([]);
  });
});
