/**
 * The prerendered pages of the production build (scripts/prerender.ts), fetched as a search engine or a messenger
 * preview does (plain HTTP, no JavaScript), and taken over by the app in a browser without a flash.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { assembleCatalogue } from '../../scripts/build-catalogue.ts';
import { LOCAL_SITE_URL } from '../../scripts/lib/prerender/pages.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { hiddenQuery, LotsePage, OfferPage, RESULTS_ADDRESS } from './pages/lotse.ts';
import { openSession } from './support/browser.ts';
import { closeAfterEach } from './support/cleanup.ts';
import { type StaticServer, serveStatic } from './support/static-server.ts';

const DIST = path.resolve(import.meta.dirname, '../../dist');
/** vite preview of dist/ (tests/e2e/global-setup.ts): the host `npm start` runs. */
const baseUrl = inject('baseUrl');
const now = new Date().toISOString();
const catalogue = assembleCatalogue(now.slice(0, 10), now);
const LOCAL_REGIONS = catalogue.regions.filter((r) => r.kind === 'local').map((r) => r.id);
const FIXED = ['/', '/help-now', '/impressum', '/datenschutz', '/quellen', '/barrierefreiheit'];

/** What a browser shows of HTML text: the entities the renderer and the head writer use, decoded. */
const decode = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The served page's `#app`, its head fields and its JSON-LD blocks. */
async function fetchPage(base: string, route: string) {
  const response = await fetch(`${base}${route}`);
  const html = await response.text();
  const field = (re: RegExp) => decode(re.exec(html)?.[1] ?? '');
  return {
    status: response.status,
    app: decode(html.slice(html.search(/<div id="app"[ >]/), html.indexOf('<noscript>'))).trim(),
    title: field(/<title>([^<]*)<\/title>/),
    description: field(/<meta name="description" content="([^"]*)"/),
    canonical: field(/<link rel="canonical" href="([^"]*)"/),
    jsonLd: [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map(
      (m) => m[1] ?? '',
    ),
  };
}

describe('prerendered pages without JavaScript (plain HTTP from the production build)', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(DIST);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("every offer's URL returns its name and a tel: link for each of its phones", async () => {
    expect(catalogue.offers.length).toBeGreaterThan(50);
    for (const offer of catalogue.offers) {
      const page = await fetchPage(server.url, `/offer/${offer.id}`);
      expect({ id: offer.id, status: page.status, name: page.app.includes(`>${offer.name}<`) }).toEqual({
        id: offer.id,
        status: 200,
        name: true,
      });
      for (const phone of offer.phones) expect(page.app).toContain(`href="tel:${phone.number}"`);
      if (offer.email) expect(page.app).toContain(`href="mailto:${offer.email}"`);
    }
  });

  it('gives each page its own title, description and canonical URL, and an offer valid JSON-LD', async () => {
    const routes = [
      ...FIXED,
      ...LOCAL_REGIONS.map((id) => `/region/${id}`),
      ...catalogue.offers.map((o) => `/offer/${o.id}`),
    ];
    const titles = new Set<string>();
    const descriptions = new Set<string>();
    for (const route of routes) {
      const page = await fetchPage(server.url, route);
      expect({ route, canonical: page.canonical }).toEqual({ route, canonical: `${LOCAL_SITE_URL}${route}` });
      titles.add(page.title);
      descriptions.add(page.description);
      const offer = catalogue.offers.find((o) => route === `/offer/${o.id}`);
      expect(page.jsonLd.length).toBe(offer ? 1 : 0);
      if (!offer) continue;
      expect(page.title).toBe(`${offer.name} – Lotse`);
      const data = JSON.parse(page.jsonLd[0] ?? '');
      expect({ type: data['@type'], name: data.name, url: data.url }).toEqual({
        type: 'Service',
        name: offer.name,
        url: page.canonical,
      });
    }
    expect(titles.size).toBe(routes.length);
    // Offers share no description text here; the app's own pages fall back to the site's description at most.
    expect(descriptions.size).toBeGreaterThan(routes.length - FIXED.length);
  });

  it("lists every offer, region and region's results in sitemap.xml, which robots.txt names", async () => {
    const sitemap = await (await fetch(`${server.url}/sitemap.xml`)).text();
    const entries = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc><lastmod>([^<]+)<\/lastmod><\/url>/g)];
    const lastmod = new Map(entries.map((m) => [m[1], m[2]]));
    for (const offer of catalogue.offers) {
      expect(lastmod.get(`${LOCAL_SITE_URL}/offer/${offer.id}`)).toBe(offer.assured_date);
    }
    const topics = catalogue.taxonomy.topics.map((t) => t.id);
    for (const id of LOCAL_REGIONS) {
      expect(lastmod.has(`${LOCAL_SITE_URL}/region/${id}`)).toBe(true);
      // The sitemap is XML: the query's & is written as &amp;.
      expect(lastmod.get(`${LOCAL_SITE_URL}/results?region=${id}`)).toBe(
        lastmod.get(`${LOCAL_SITE_URL}/region/${id}`),
      );
      for (const topic of topics) {
        expect(lastmod.has(`${LOCAL_SITE_URL}/results?region=${id}&amp;topics=${topic}`)).toBe(true);
      }
    }
    // Every page once per language: German's without lang=, the others with it, each with the same date.
    const pages = FIXED.length + LOCAL_REGIONS.length * (2 + topics.length) + catalogue.offers.length;
    expect(entries.length).toBe(pages * LANGUAGES.length);
    for (const [loc, date] of entries.filter((m) => !m[1]?.includes('lang=')).map((m) => [m[1], m[2]])) {
      for (const { code } of LANGUAGES.filter((l) => l.code !== 'de')) {
        const sep = loc?.includes('?') ? '&amp;' : '?';
        expect({ loc, code, date: lastmod.get(`${loc}${sep}lang=${code}`) }).toEqual({ loc, code, date });
      }
    }
    const robots = await (await fetch(`${server.url}/robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${LOCAL_SITE_URL}/sitemap.xml`);
  });

  it('serves each page in the language lang= asks for: <html lang dir>, its own canonical URL, every language named', async () => {
    const routes: [string, string, string][] = [
      ['/offer/koki-ostallgaeu', 'ar', 'rtl'],
      ['/results?region=ostallgaeu&topics=crying', 'uk', 'ltr'],
      ['/', 'tr', 'ltr'],
      ['/help-now', 'ru', 'ltr'],
      ['/region/coburg-land', 'de-x-ls', 'ltr'],
      ['/datenschutz', 'pl', 'ltr'],
    ];
    for (const [route, code, dir] of routes) {
      const url = `${route}${route.includes('?') ? '&' : '?'}lang=${code}`;
      const html = await (await fetch(`${server.url}${url}`)).text();
      const german = await (await fetch(`${server.url}${route}`)).text();
      expect({ url, html: /<html [^>]*>/.exec(html)?.[0] }).toEqual({
        url,
        html: `<html lang="${code}" dir="${dir}">`,
      });
      expect(/<html [^>]*>/.exec(german)?.[0]).toBe('<html lang="de" dir="ltr">');
      const page = await fetchPage(server.url, url);
      expect(page.canonical).toBe(`${LOCAL_SITE_URL}${url}`);
      expect(page.app).not.toBe((await fetchPage(server.url, route)).app);
      const alternates = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)" \/>/g)];
      const href = (c: string) =>
        c === 'de'
          ? `${LOCAL_SITE_URL}${route}`
          : `${LOCAL_SITE_URL}${route}${route.includes('?') ? '&' : '?'}lang=${c}`;
      expect(alternates.map((m) => [m[1], decode(m[2] ?? '')])).toEqual([
        ...LANGUAGES.map((l) => [l.code, href(l.code)]),
        ['x-default', href('de')],
      ]);
    }
    // A route without a page of its own gets the shell in the asked language.
    const shell = await (await fetch(`${server.url}/list?ids=koki-ostallgaeu&lang=ar`)).text();
    expect(/<html [^>]*>/.exec(shell)?.[0]).toBe('<html lang="ar" dir="rtl">');
    expect(shell).toContain('<div id="app"></div>');
    // The pages in other languages have no address of their own under /lang/.
    expect((await fetch(`${server.url}/lang/ar/offer/koki-ostallgaeu`)).status).toBe(404);
  });

  it('answers a route without a prerendered page with the content-free shell', async () => {
    for (const route of [
      '/results?region=ostallgaeu&q=hebamme',
      '/results?topics=crying&region=ostallgaeu',
      '/results?region=ostallgaeu&topics=crying,sleep',
      '/list',
      '/offer/gone',
    ]) {
      const page = await fetchPage(server.url, route);
      expect({ route, status: page.status, app: page.app }).toEqual({
        route,
        status: 200,
        app: '<div id="app"></div>',
      });
    }
    // The service worker precaches the shell and the start page, not one page per offer, and falls back to the shell.
    const sw = fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8');
    const precached = [...sw.matchAll(/url:"([^"]+\.html)"/g)].map((m) => m[1]).sort();
    expect(precached).toEqual(['index.html', 'shell.html']);
    expect(sw).toContain('createHandlerBoundToURL("/shell.html")');
  });
});

describe('taking a prerendered page over', () => {
  const opened = closeAfterEach();

  it.each([
    ['/offer/koki-ostallgaeu', 'KoKi – Netzwerk frühe Kindheit Landkreis Ostallgäu'],
    ['/region/kaufbeuren', 'Frühe Hilfen in Stadt Kaufbeuren'],
    ['/results?region=ostallgaeu&topics=crying', 'Passende Hilfe: Schreien und Unruhe – Landkreis Ostallgäu'],
  ])('%s keeps its heading node and text, shifts nothing, and then works', async (route, heading) => {
    const s = await openSession({ viewport: { width: 360, height: 640 } });
    opened.session = s;
    // Before any script of the page: watch the first h1 from the moment the parser inserts it.
    await s.page.addInitScript(() => {
      const seen = { h1: null as Element | null, text: '', removed: false, edited: 0, cls: 0 };
      Object.assign(window, { __seen: seen });
      new PerformanceObserver((list) => {
        type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean };
        for (const e of list.getEntries() as Shift[]) if (!e.hadRecentInput) seen.cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
      // The parser has inserted the whole page, and no script of the page has run yet (readyState `interactive`
      // comes before deferred and module scripts): from here on, nothing may touch the heading.
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        const h1 = document.querySelector('main h1');
        Object.assign(seen, { h1, text: h1?.textContent ?? '' });
        new MutationObserver((records) => {
          for (const r of records) {
            if (!h1) return;
            if ([...r.removedNodes].some((n) => n === h1 || n.contains(h1))) seen.removed = true;
            // Writing the same text again (Preact does, taking a text node over) changes nothing anyone sees.
            const value =
              r.type === 'attributes'
                ? (r.target as Element).getAttribute(r.attributeName ?? '')
                : r.target.textContent;
            if (h1.contains(r.target) && (r.type === 'childList' || r.oldValue !== value)) seen.edited += 1;
          }
        }).observe(document, {
          childList: true,
          subtree: true,
          characterData: true,
          characterDataOldValue: true,
          attributes: true,
          attributeOldValue: true,
        });
      });
    });
    const offer = new OfferPage(s.page, baseUrl);
    await offer.goto(route);
    // Everything the page loads after the take-over (the hand-over part, the map button) has arrived.
    await s.page.waitForLoadState('networkidle');
    const seen = await s.page.evaluate(() => {
      const { h1, text, removed, edited, cls } = (window as unknown as { __seen: Record<string, unknown> })
        .__seen;
      const node = h1 as Element | null;
      return {
        same: node === document.querySelector('main h1'),
        text,
        now: node?.textContent,
        removed,
        edited,
        cls,
      };
    });
    expect(seen).toEqual({ same: true, text: heading, now: heading, removed: false, edited: 0, cls: 0 });
    if (route.startsWith('/offer/')) {
      await offer.save();
      await s.page.getByRole('link', { name: 'Meine Liste (1)' }).waitFor();
    } else if (route.startsWith('/results')) {
      // The served list is the app's list: the same cards, and a card's link opens its offer inside the app.
      const served = (await fetchPage(baseUrl, route)).app.match(/class="card__title"/g)?.length ?? 0;
      expect(served).toBeGreaterThan(0);
      expect(await s.page.locator('.card__title').count()).toBe(served);
      await offer.nextScreen(() => s.page.locator('ul.results .card__title a').first().click());
      expect(new URL(s.page.url()).pathname).toMatch(/^\/offer\//);
    } else {
      // The region's own offers came with the page and stay: the door into its search works.
      await s.page.getByRole('link', { name: /Passende Hilfe in Stadt Kaufbeuren finden/ }).click();
      await s.page.waitForURL(RESULTS_ADDRESS);
      expect((await hiddenQuery(s.page)).get('region')).toBe('kaufbeuren');
    }
  });

  it.each(['/', '/offer/koki-ostallgaeu', '/results?region=ostallgaeu&topics=crying'])(
    '%s, opened and only read, fetches none of the app; the first use wakes it',
    async (route) => {
      const s = await openSession({ viewport: { width: 360, height: 640 } });
      opened.session = s;
      await s.page.goto(`${baseUrl}${route}`, { waitUntil: 'load' });
      // The service worker is installed for next time (offline) although the app never ran.
      await s.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await s.page.waitForTimeout(1500);
      const files = () =>
        s.page.evaluate(() => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname));
      // The document is not a resource entry; the web app manifest and the icon are the browser's own.
      const read = (await files()).filter(
        (p) => !['/manifest.webmanifest', '/icon.svg'].includes(p) && !p.startsWith('/icons/'),
      );
      expect(read).toHaveLength(2);
      expect(read).toEqual(
        expect.arrayContaining([expect.stringMatching(/^\/assets\/index-[\w-]{8}\.css$/)]),
      );
      expect(read).toEqual(expect.arrayContaining([expect.stringMatching(/^\/assets\/index-[\w-]{8}\.js$/)]));
      expect(await s.page.locator('#app[data-live]').count()).toBe(0);
      // A finger or a mouse on the page: the app and its data come, and take the page over.
      await s.page.mouse.move(20, 300);
      await s.page.locator('#app[data-live]').waitFor({ state: 'attached' });
      const used = await files();
      expect(used).toEqual(expect.arrayContaining([expect.stringMatching(/^\/assets\/boot-[\w-]{8}\.js$/)]));
      expect(used).toEqual(expect.arrayContaining(['/catalogue/manifest.json']));
    },
  );

  it('a page that was only read opens offline next time, another offer too', async () => {
    const s = await openSession({ viewport: { width: 360, height: 640 } });
    opened.session = s;
    await s.page.goto(`${baseUrl}/offer/koki-ostallgaeu`, { waitUntil: 'load' });
    await s.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    expect(await s.page.locator('#app[data-live]').count()).toBe(0);
    await s.context.setOffline(true);
    const offer = new OfferPage(s.page, baseUrl);
    await offer.goto('/offer/notruf-112');
    expect(await offer.title()).toBe('Notruf 112 (Rettungsdienst und Feuerwehr)');
  });

  it('names each screen in the title after an in-app navigation, as the served page of that URL does', async () => {
    const s = await openSession({ viewport: { width: 360, height: 640 } });
    opened.session = s;
    const served = async (route: string) => (await fetchPage(baseUrl, route)).title;
    const page = new LotsePage(s.page, baseUrl);
    await page.goto('/');
    expect(await s.page.title()).toBe(await served('/'));
    await page.nextScreen(() => s.page.getByRole('link', { name: 'Sofort Hilfe' }).first().click());
    expect(new URL(s.page.url()).pathname).toBe('/help-now');
    await expect.poll(() => s.page.title()).toBe(await served('/help-now'));
    await page.nextScreen(async () => {
      await s.page.goBack();
    });
    await expect.poll(() => s.page.title()).toBe(await served('/'));
  });

  it('holds a press made before the app is live, says the page is busy, and presses it once it is', async () => {
    const s = await openSession({ viewport: { width: 360, height: 640 } });
    opened.session = s;
    // The app's chunk is held back (a slow line) until the test lets it through.
    let release = () => {};
    const arrived = new Promise<void>((resolve) => {
      release = resolve;
    });
    await s.page.route(/\/assets\/boot-[\w-]{8}\.js$/, async (r) => {
      await arrived;
      await r.continue();
    });
    await s.page.goto(`${baseUrl}/offer/koki-ostallgaeu`, { waitUntil: 'load' });
    await s.page.getByRole('button', { name: 'Auf meine Liste' }).click();
    expect(await s.page.locator('#app[aria-busy="true"]').count()).toBe(1);
    // The pressed button shows that it waits (main.css): dimmed.
    const held = s.page.locator('button[data-held]');
    expect(await held.evaluate((b) => getComputedStyle(b).opacity)).toBe('0.6');
    expect(await s.page.locator('#app[data-live]').count()).toBe(0);
    release();
    await s.page.getByRole('link', { name: 'Meine Liste (1)' }).waitFor();
    expect(await s.page.locator('#app[aria-busy]').count()).toBe(0);
  });

  it.each(['/?lang=tr', '/offer/koki-ostallgaeu?lang=tr'])(
    '%s is served in Turkish and, like a German page, waits for use',
    async (route) => {
      const s = await openSession({ viewport: { width: 360, height: 640 } });
      opened.session = s;
      await s.page.goto(`${baseUrl}${route}`, { waitUntil: 'load' });
      await s.page.waitForTimeout(1000);
      expect(await s.page.locator('html[lang="tr"] #app:not([data-live])').count()).toBe(1);
      await s.page.mouse.move(20, 300);
      await s.page.locator('html[lang="tr"] #app[data-live]').waitFor({ state: 'attached' });
    },
  );

  it('a language kept on the device turns the served German page into it after the paint, without use', async () => {
    const s = await openSession({ viewport: { width: 360, height: 640 } });
    opened.session = s;
    // A returning visitor whose service worker is gone (a hard reload skips it): the server sends the German page.
    await s.page.addInitScript(() => window.localStorage.setItem('lotse.lang', 'tr'));
    await s.page.goto(`${baseUrl}/offer/koki-ostallgaeu`);
    await s.page.locator('html[lang="tr"] #app[data-live]').waitFor({ state: 'attached' });
  });

  it("offers an English browser's language on the start page with the first use", async () => {
    const s = await openSession({ viewport: { width: 360, height: 640 }, locale: 'en-US' });
    opened.session = s;
    await s.page.goto(`${baseUrl}/`, { waitUntil: 'load' });
    await s.page.waitForTimeout(1000);
    expect(await s.page.locator('.lang-suggest').count()).toBe(0);
    await s.page.mouse.move(20, 300);
    await s.page.locator('.lang-suggest').waitFor();
  });

  it.each([
    [
      'the button',
      (s: Awaited<ReturnType<typeof openSession>>) =>
        s.page.getByRole('button', { name: 'Seite schnell verlassen' }).click(),
    ],
    [
      'three presses of Shift',
      async (s: Awaited<ReturnType<typeof openSession>>) => {
        for (let i = 0; i < 3; i++) await s.page.keyboard.press('Shift');
      },
    ],
  ])('leaves quickly by %s before the app has taken the page over', async (_, press) => {
    const s = await openSession({ viewport: { width: 360, height: 640 } });
    opened.session = s;
    // The app's chunk never arrives (a slow line, stretched to forever): only the page and its entry are there.
    await s.page.route(/\/assets\/boot-[\w-]{8}\.js$/, (route) => route.abort());
    await s.page.goto(`${baseUrl}/offer/koki-ostallgaeu`);
    await s.page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    expect(await s.page.locator('#app[data-live]').count()).toBe(0);
    await press(s);
    // The neutral page cannot load on this offline machine; what matters is that the tab left Lotse.
    await expect.poll(() => s.page.url(), { timeout: 15_000 }).not.toContain(baseUrl);
  });
});
