/**
 * Danger understood in every language, on the first screen (360×640, production build): one held-out phrasing per
 * language of data/eval/danger/ (the first of kind violence in file order, not chosen for passing), a weak signal
 * that opens the results with the compact row of 24/7 numbers, and the block said once more in the language the
 * family wrote in, with one tap to turn the page into it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DangerEvalFile, FITTING_LINES } from '../../scripts/lib/eval-danger.ts';
import { ResultsPage } from './pages/lotse.ts';
import { openSession, type Session } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const SCREEN = { width: 360, height: 640 };
const DATA = path.resolve(import.meta.dirname, '../../data');
const REPORTS = path.resolve(import.meta.dirname, '../../reports');

const corpus = fs
  .readdirSync(path.join(DATA, 'eval', 'danger'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(fs.readFileSync(path.join(DATA, 'eval', 'danger', f), 'utf8')) as DangerEvalFile);

/** The tel: hrefs of the lines that may come first for a kind, from the catalogue's own wide-area offers. */
function fittingCalls(kind: string): string[] {
  const { offers } = JSON.parse(fs.readFileSync(path.join(DATA, 'catalogue', 'wide-area.json'), 'utf8')) as {
    offers: { id: string; phones: { number: string }[] }[];
  };
  const ids = FITTING_LINES[kind] ?? [];
  return offers.filter((o) => ids.includes(o.id)).flatMap((o) => o.phones.map((p) => `tel:${p.number}`));
}

const heldViolence = corpus.map((file) => {
  const item = file.danger.find((d) => d.half === 'held' && d.kind === 'violence');
  if (!item) throw new Error(`${file.lang}: no held-out violence phrasing`);
  return [file.lang, item.q] as const;
});

async function results(session: Session, query: string): Promise<ResultsPage> {
  const page = new ResultsPage(session.page, baseUrl);
  await page.goto(`/results?${query}`);
  await page.status().waitFor();
  return page;
}

/** The first tel: link inside `within` and where it ends on the page. */
async function firstCall(session: Session, within: string) {
  const link = session.page.locator(`${within} a[href^="tel:"]`).first();
  const box = await link.boundingBox();
  return { href: await link.getAttribute('href'), bottom: (box?.y ?? 0) + (box?.height ?? 0) };
}

describe('danger in every language, on the first screen', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSession({ viewport: SCREEN });
  });

  afterAll(async () => {
    await session.close();
  });

  it.each(heldViolence)(
    '%s: a held-out phrasing brings the danger block with a fitting line first',
    async (lang, q) => {
      await results(session, `region=coburg-stadt&q=${encodeURIComponent(q)}`);
      const call = await firstCall(session, '.danger-block');
      expect(fittingCalls('violence')).toContain(call.href);
      expect(call.bottom).toBeLessThanOrEqual(SCREEN.height);
      const form = await session.page.getByRole('searchbox').boundingBox();
      expect(form?.y ?? 0).toBeGreaterThan(call.bottom);
      if (['ar', 'tr', 'uk'].includes(lang)) {
        fs.mkdirSync(REPORTS, { recursive: true });
        await session.page.screenshot({ path: path.join(REPORTS, `danger-first-screen-${lang}.png`) });
      }
      expect(session.errors).toEqual([]);
    },
  );

  it('a weak signal opens the results with one compact row of 24/7 numbers, without the alarm', async () => {
    await results(session, `region=kaufbeuren&q=${encodeURIComponent('ich habe Angst vor dem Tod')}`);
    expect(await session.page.locator('.danger-block').count()).toBe(0);
    const row = session.page.locator('.net-row');
    const box = await row.boundingBox();
    expect(box?.y ?? SCREEN.height).toBeLessThan(SCREEN.height / 2);
    expect(box?.height ?? 0).toBeLessThanOrEqual(90);
    const call = await firstCall(session, '.net-row');
    expect(call.href).toMatch(/^tel:/);
    expect(call.bottom).toBeLessThanOrEqual(SCREEN.height);
  });

  it('danger written in Turkish on a German page: the heading in Turkish too, and one tap turns the page', async () => {
    await results(session, `region=kaufbeuren&q=${encodeURIComponent('kocam beni dövüyor')}`);
    const theirs = session.page.locator('.danger-block__theirs');
    await theirs.waitFor();
    expect(await theirs.getAttribute('lang')).toBe('tr');
    expect(await session.page.locator('html').getAttribute('lang')).toBe('de');
    await theirs.getByRole('button').click();
    await session.page.waitForFunction(() => document.documentElement.lang === 'tr');
    // The page now speaks Turkish, so the block says it once, in Turkish.
    expect(await session.page.locator('.danger-block__theirs').count()).toBe(0);
    expect(await session.page.locator('.danger-block h2').textContent()).not.toBe('');
  });
});
