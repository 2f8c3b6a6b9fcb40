import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { reportFromData } from '../../scripts/catalogue-report.ts';
import { NetworkPage } from './pages/network-page.ts';
import { openSession, type Session } from './support/browser.ts';

const baseUrl = inject('baseUrl');
// The app reads today from the browser's clock: Playwright fixes it, the report gets the same day.
const TODAY = '2026-11-30';
const report = reportFromData(TODAY);

/** A CSV file as a German Excel reads it: BOM, then CRLF lines of semicolon-separated cells (none quoted here). */
function csvRows(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  return text
    .slice(1, -2)
    .split('\r\n')
    .map((line) => line.split(';'));
}

describe('/network for coordinators at 360×640 in Chromium (production build)', () => {
  let session: Session;
  let network: NetworkPage;

  beforeAll(async () => {
    session = await openSession({ viewport: { width: 360, height: 640 } });
    await session.page.clock.setFixedTime(new Date(`${TODAY}T10:00:00Z`));
    network = new NetworkPage(session.page, baseUrl);
    await network.open('coburg-stadt');
  });

  afterAll(async () => {
    await session.close();
  });

  it('is reached from the footer on every screen', async () => {
    await network.goto('/');
    await network.nextScreen(() =>
      session.page.getByRole('link', { name: 'Für Fachkräfte: Netzwerkübersicht' }).click(),
    );
    await expect(network.title()).resolves.toBe('Netzwerkübersicht für Fachkräfte');
    await network.open('coburg-stadt');
  });

  it('shows every cell of the matrix as catalogue:report computes it, a gap as “Lücke”', async () => {
    const table = await network.table();
    expect(table.columns).toEqual(report.matrix.rows.map((r) => r.name));
    expect(table.rows.map((r) => r.topic)).toEqual(report.matrix.topics.map((t) => t.label));
    table.rows.forEach((row, i) => {
      expect(row.cells).toEqual(report.matrix.rows.map((r) => (r.counts[i] ? String(r.counts[i]) : 'Lücke')));
    });
    const column = report.matrix.rows.findIndex((r) => r.region === 'coburg-stadt');
    const gaps = table.rows.filter((r) => r.cells[column] === 'Lücke').map((r) => r.topic);
    const expected = report.rows.find((r) => r.area === 'coburg-stadt')?.topicsWithoutOffer ?? [];
    expect(gaps).toEqual(expected.map((id) => report.matrix.topics.find((t) => t.id === id)?.label));
  });

  it('downloads the matrix as a German-Excel CSV that says what the table says', async () => {
    const { text, file } = await network.download('Abdeckung aller Regionen als CSV');
    expect(file).toBe('lotse-abdeckung.csv');
    const [header, ...rows] = csvRows(text);
    const table = await network.table();
    expect(header).toEqual(['Thema', ...table.columns]);
    expect(rows).toEqual(table.rows.map((r) => [r.topic, ...r.cells]));
  });

  it('lists the entries to re-check with reasons and sources, and downloads the same list', async () => {
    const list = network.section(/^Nachzuprüfen/);
    const items = list.locator('li');
    const count = await items.count();
    expect(count).toBeGreaterThan(0);
    await expect(list.getByRole('heading').textContent()).resolves.toBe(`Nachzuprüfen (${count})`);
    const { text, file } = await network.download('Nachprüfliste Stadt Coburg als CSV');
    expect(file).toBe('lotse-nachpruefen-coburg-stadt.csv');
    const [header, ...rows] = csvRows(text.replace(/"[^"]*"/g, (q) => q.slice(1, -1).replace(/;/g, ',')));
    expect(header).toEqual(['ID', 'Angebot', 'Gründe', 'Quellen']);
    const names = await items.locator('> a').allTextContents();
    expect(rows.map((r) => r[1])).toEqual(names);
    const firstReasons = (await items.first().locator('p').first().textContent()) ?? '';
    expect(firstReasons).toBe(`Gründe: ${rows[0]?.[2]}`);
    const sourceLink = items.first().locator('a[href^="http"]').first();
    await expect(sourceLink.getAttribute('href')).resolves.toBe(rows[0]?.[3]?.split(' | ')[0]);
  });

  it('shows the Coburg Netzwerktreffen of 14 October 2026 as past on 30 November 2026', async () => {
    const events = network.section('Netzwerktermine');
    const meeting = events.getByRole('listitem').filter({ hasText: 'Netzwerktreffen 2026' });
    await expect(meeting.textContent()).resolves.toMatch(
      /vergangen.*14\. Oktober 2026.*Kongresshaus Rosengarten/,
    );
  });

  it('gives the coordination’s contact as a link, and its source', async () => {
    const coordination = network.section('Koordination (KoKi / Frühe Hilfen)');
    await expect(coordination.getByRole('link', { name: 'Quelle' }).count()).resolves.toBeGreaterThan(0);
    await expect(coordination.locator('a[href^="tel:"], a[href^="http"]').count()).resolves.toBeGreaterThan(
      1,
    );
  });
});

describe('/network before the meeting, and in another language', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openSession({ viewport: { width: 1280, height: 800 } });
  });

  afterAll(async () => {
    await session.close();
  });

  it('shows the meeting as coming, not past, on 13 October 2026', async () => {
    await session.page.clock.setFixedTime(new Date('2026-10-13T10:00:00Z'));
    const network = new NetworkPage(session.page, baseUrl);
    await network.open('coburg-land');
    const meeting = network.section('Netzwerktermine').getByRole('listitem');
    await expect(meeting.textContent()).resolves.toContain('Netzwerktreffen 2026');
    await expect(meeting.textContent()).resolves.not.toContain('vergangen');
  });

  it('stays German, and says so, when the app speaks Arabic', async () => {
    await session.page.goto(`${baseUrl}/network?region=gummersbach&lang=ar`);
    const main = session.page.locator('main');
    await session.page.locator('table.network__matrix').waitFor();
    // The Arabic texts arrive in their own chunk; the page speaks Arabic from then on.
    await session.page.waitForFunction(() => document.documentElement.lang === 'ar');
    await expect(main.getAttribute('lang')).resolves.toBe('de');
    await expect(main.getAttribute('dir')).resolves.toBe('ltr');
    await expect(session.page.locator('h1').textContent()).resolves.toBe('Netzwerkübersicht für Fachkräfte');
  });
});
