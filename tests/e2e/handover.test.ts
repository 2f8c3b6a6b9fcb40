import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ListPage, LotsePage } from './pages/lotse.ts';
import { openSession, type Session } from './support/browser.ts';
import { phonesOf } from './support/phones.ts';
import { scanQr } from './support/qr.ts';
import { texts } from './support/texts.ts';

const baseUrl = inject('baseUrl');
const THREE = ['koki-ostallgaeu', 'donum-vitae-kaufbeuren', 'notruf-112'];
const FIVE = [...THREE, 'frauennotruf-coburg', 'erziehungsberatung-diakonie-coburg'];
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;

describe('hand-over by QR, text and paper (Chromium, production build)', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSession();
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  });

  afterAll(async () => {
    await session.close();
  });

  it('a saved list: the link code opens the list, the contacts code holds names and numbers as text', async () => {
    const page = new ListPage(session.page, baseUrl);
    await page.saveViaLink(THREE);
    expect(await scanQr(await page.showQr())).toBe(`${baseUrl}/list?ids=${THREE.join(',')}`);
    const [contacts, ...more] = await page.contactCodes();
    expect(more).toEqual([]);
    const text = contacts ? await scanQr(contacts) : null;
    expect(text?.split('\n')[0]).toMatch(/^Lotse – Frühe Hilfen, \d+\. \S+ \d{4}$/);
    for (const id of THREE) for (const phone of phonesOf(id)) expect(text).toContain(phone);
    expect(text).toContain('Schwabenstraße 11');
    expect(text).toContain(`Liste in Lotse: ${baseUrl}/list?ids=${THREE.join(',')}`);
  });

  it('in Arabic: the link keeps lang=ar, the contacts text has Arabic labels and every number', async () => {
    const page = new ListPage(session.page, baseUrl, texts('ar'));
    await page.goto(`/list?ids=${THREE.join(',')}`);
    expect(await scanQr(await page.showQr())).toBe(`${baseUrl}/list?ids=${THREE.join(',')}&lang=ar`);
    const [contacts] = await page.contactCodes();
    const text = contacts ? await scanQr(contacts) : null;
    expect(text).toContain(`${page.texts.t('handover.phone')}: `);
    for (const id of THREE) for (const phone of phonesOf(id)) expect(text).toContain(phone);
  });

  it('"Als Text teilen" copies names, numbers, addresses and the link (no Web Share API headless)', async () => {
    const page = new ListPage(session.page, baseUrl);
    await page.goto(`/list?ids=${THREE.join(',')}`);
    expect(await session.page.evaluate(() => typeof navigator.share)).toBe('undefined');
    await page.shareAsText();
    const copied = await session.page.evaluate(() => navigator.clipboard.readText());
    for (const id of THREE) for (const phone of phonesOf(id)) expect(copied).toContain(phone);
    expect(copied).toContain('KoKi – Netzwerk frühe Kindheit Landkreis Ostallgäu');
    expect(copied).toContain('Adresse: Schwabenstraße 11');
    expect(copied.trim().endsWith(`${baseUrl}/list?ids=${THREE.join(',')}`)).toBe(true);
  });

  it.each(['ar', 'tr'])(
    'the %s print sheet: every number, German alongside, only the sheet on ≤ 2 A4 pages',
    async (lang) => {
      const page = new ListPage(session.page, baseUrl, texts(lang));
      await session.page.setViewportSize({ width: 794, height: 1123 });
      await page.goto(`/list?ids=${FIVE.join(',')}`);
      const sheet = await page.printSheet();
      await session.page.emulateMedia({ media: 'print' });
      expect(await sheet.isVisible()).toBe(true);
      expect(await page.h1().isVisible()).toBe(false);
      expect(await sheet.getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text under print media is what is tested
      const printed = await sheet.innerText();
      for (const id of FIVE) for (const phone of phonesOf(id)) expect(printed).toContain(phone);
      const german = await sheet.locator('.sheet__de').allTextContents();
      // A label the same in both languages (Turkish "Telefon") is written once; "Adresse" differs in both.
      expect(german).toContain(texts('de').t('handover.address'));
      expect(german).toContain(texts('de').t('handover.sheetTitle'));
      const number = sheet.locator('a[href^="tel:"]').first();
      expect(await number.evaluate((a: Element) => getComputedStyle(a).direction)).toBe('ltr');
      expect(await sheet.getByRole('img', { name: page.texts.t('handover.qrLabel') }).count()).toBe(1);
      const pdf = await session.page.pdf({ format: 'A4', preferCSSPageSize: true });
      expect(pageCount(pdf)).toBeGreaterThan(0);
      expect(pageCount(pdf)).toBeLessThanOrEqual(2);
      await session.page.emulateMedia({ media: 'screen' });
      await session.page.setViewportSize({ width: 360, height: 800 });
    },
  );

  it('a single offer prints its own sheet', async () => {
    const page = new LotsePage(session.page, baseUrl);
    await page.goto('/offer/koki-ostallgaeu');
    const sheet = await page.printSheet();
    await session.page.emulateMedia({ media: 'print' });
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text under print media is what is tested
    const printed = await sheet.innerText();
    for (const phone of phonesOf('koki-ostallgaeu')) expect(printed).toContain(phone);
    expect(await page.h1().isVisible()).toBe(false);
    await session.page.emulateMedia({ media: 'screen' });
  });

  it('a received list at 360×640: short cards and a one-row nav, so all three offers and the first call are on the first screen', async () => {
    await session.page.setViewportSize({ width: 360, height: 640 });
    const page = new ListPage(session.page, baseUrl);
    await page.goto(`/list?ids=${THREE.join(',')}`);
    const call = session.page.locator('main .results a[href^="tel:"]').first();
    await call.waitFor();
    const box = await call.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(640);
    // The whole card need not fit; its name must show, so the family sees what the list holds before scrolling.
    const names = await session.page
      .locator('main .results .card__title a')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
    expect(names.length).toBe(THREE.length);
    for (const top of names) expect(top).toBeLessThan(640);
    // The first test saved three offers: the nav counts them and still fits one row in German at 360 px.
    await session.page.getByRole('link', { name: page.texts.t('nav.listCount', { count: 3 }) }).waitFor();
    const rows = await session.page
      .locator('.header__nav > :visible')
      .evaluateAll((els) => new Set(els.map((e) => Math.round(e.getBoundingClientRect().top))).size);
    expect(rows).toBe(1);
    await session.page.setViewportSize({ width: 360, height: 800 });
  });

  it('a bad link: 500 ids with repeats and unknown ones, a language Lotse lacks — each said, nothing lost', async () => {
    const page = new ListPage(session.page, baseUrl);
    const ids = [...THREE, ...THREE, ...Array.from({ length: 494 }, (_, i) => `unbekannt-${i}`)];
    await session.page.goto(`${baseUrl}/list?ids=${ids.join(',')}&lang=xx`);
    await page.h1().waitFor();
    const { t } = page.texts;
    const unique = new Set(ids).size;
    await session.page.getByText(t('handover.capped', { count: unique, max: 100 })).waitFor();
    expect(await session.page.getByText(t('handover.duplicates', { number: 3 })).isVisible()).toBe(true);
    expect(await session.page.getByText(t('handover.unknownLang', { code: 'xx' })).isVisible()).toBe(true);
    expect(await session.page.getByText(t('list.gone', { count: 97 })).isVisible()).toBe(true);
    expect(await page.status().textContent()).toBe(t('list.count', { count: 3 }));
    expect(await session.page.locator('html').getAttribute('lang')).toBe('de');
  });
});
