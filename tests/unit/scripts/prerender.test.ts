import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCatalogueFiles } from '../../../scripts/build-catalogue.ts';
import { headingTitle, jsonLdScript, pageHtml, withHtmlLang } from '../../../scripts/lib/prerender/head.ts';
import { LOCAL_SITE_URL, siteOrigin, sitePages } from '../../../scripts/lib/prerender/pages.ts';
import { pageFile, pageLanguage, servedFile } from '../../../scripts/lib/prerender/served-file.ts';
import { robotsTxt, sitemapXml } from '../../../scripts/lib/prerender/sitemap.ts';
import type { Catalogue } from '../../../src/catalogue/types.ts';
import { loadedAll, makeCatalogue, makeOffer } from '../../fixtures/builders.ts';

/** Tests that work through the whole real data set get a minute, as build-catalogue's do, not vitest's 5 s. */
const WHOLE_DATA = { timeout: 60_000 };

const TODAY = '2026-11-30';
const ORIGIN = 'https://lotse.example.de';
/** The pages of a fixture catalogue, with the manifest the build's split would write for it. */
const pagesOf = (catalogue: Catalogue) => sitePages(catalogue, loadedAll(catalogue).manifest, TODAY, ORIGIN);

describe('the pages the build prerenders', WHOLE_DATA, () => {
  it('holds every offer of the built catalogue, one page per local region with its results and the fixed pages', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-pages-'));
    const { body, manifest } = buildCatalogueFiles(out, undefined, new Date(`${TODAY}T00:00:00.000Z`));
    fs.rmSync(out, { recursive: true, force: true });
    const catalogue = { ...body, hash: manifest.hash };
    const pages = sitePages(catalogue, manifest, TODAY, ORIGIN);
    const paths = pages.map((p) => p.path);
    for (const offer of catalogue.offers) expect(paths).toContain(`/offer/${offer.id}`);
    for (const region of ['kaufbeuren', 'ostallgaeu', 'coburg-stadt', 'coburg-land', 'gummersbach']) {
      expect(paths).toContain(`/region/${region}`);
    }
    expect(paths).not.toContain('/region/bayern');
    expect(paths).toEqual(
      expect.arrayContaining(['/', '/help-now', '/impressum', '/datenschutz', '/quellen']),
    );
    expect(new Set(paths).size).toBe(paths.length);
    // Each page is drawn with the region pair its screen loads: an offer's own, a region page's, none elsewhere.
    const regionsOf = Object.fromEntries(pages.map((p) => [p.path, p.regions]));
    expect(regionsOf['/offer/koki-ostallgaeu']).toEqual(['ostallgaeu']);
    expect(regionsOf['/offer/notruf-112']).toEqual([]);
    expect(regionsOf['/region/coburg-land']).toEqual(['coburg-land']);
    expect(regionsOf['/help-now']).toEqual([]);
    // A region's results, all and per topic, drawn with that region's pair, each with a description of its own.
    const results = pages.filter((p) => p.path.startsWith('/results?'));
    expect(results).toHaveLength(5 * (1 + catalogue.taxonomy.topics.length));
    expect(regionsOf['/results?region=ostallgaeu&topics=crying']).toEqual(['ostallgaeu']);
    expect(new Set(results.map((p) => p.description)).size).toBe(results.length);
  });

  it("dates an offer by its assured date, a region by its newest offer's, the app's pages by the build day", () => {
    const older = makeOffer({ id: 'a', assured_date: '2025-03-01', areas: ['kaufbeuren'] });
    const newer = makeOffer({ id: 'b', assured_date: '2026-02-01', areas: ['kaufbeuren'] });
    const pages = pagesOf(makeCatalogue([older, newer]));
    const lastmod = Object.fromEntries(pages.map((p) => [p.path, p.lastmod]));
    expect(lastmod['/offer/a']).toBe('2025-03-01');
    expect(lastmod['/region/kaufbeuren']).toBe('2026-02-01');
    expect(lastmod['/region/ostallgaeu']).toBe(TODAY);
    expect(lastmod['/help-now']).toBe(TODAY);
  });

  it('describes an offer as a schema.org Service from catalogue fields only, leaving out what it lacks', () => {
    const offer = makeOffer({
      id: 'x',
      name: 'Beratung',
      organization: { name: 'Träger e. V.' },
      phones: [{ number: '+4983411234', display: '08341 1234' }],
      areas: ['kaufbeuren'],
    });
    const [page] = pagesOf(makeCatalogue([offer])).filter((p) => p.path === '/offer/x');
    expect(page?.structured).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Service',
      name: 'Beratung',
      description: offer.description,
      url: `${ORIGIN}/offer/x`,
      provider: { '@type': 'Organization', name: 'Träger e. V.', telephone: '+4983411234' },
      areaServed: [{ '@type': 'AdministrativeArea', name: 'Stadt Kaufbeuren' }],
    });
  });

  it('uses the operator’s address as origin, else where npm start serves', () => {
    expect(siteOrigin(null)).toBe(LOCAL_SITE_URL);
    expect(siteOrigin('  ')).toBe(LOCAL_SITE_URL);
    expect(siteOrigin('https://lotse.example.de/')).toBe(ORIGIN);
  });
});

describe('sitemap.xml and robots.txt', () => {
  it('lists each page once per language with its date, escaping what XML must escape', () => {
    const xml = sitemapXml(
      [
        { path: '/offer/a&b', lastmod: '2026-01-02', description: null, structured: null, regions: [] },
        {
          path: '/results?region=r',
          lastmod: '2026-01-03',
          description: null,
          structured: null,
          regions: [],
        },
      ],
      ORIGIN,
      ['de', 'ar'],
    );
    expect(xml).toContain(`<url><loc>${ORIGIN}/offer/a&amp;b</loc><lastmod>2026-01-02</lastmod></url>`);
    expect(xml).toContain(
      `<url><loc>${ORIGIN}/offer/a&amp;b?lang=ar</loc><lastmod>2026-01-02</lastmod></url>`,
    );
    expect(xml).toContain(`<loc>${ORIGIN}/results?region=r&amp;lang=ar</loc>`);
    expect(xml.match(/<url>/g)).toHaveLength(4);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset')).toBe(true);
  });

  it('names the sitemap in robots.txt', () => {
    expect(robotsTxt(ORIGIN)).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
  });
});

describe('a page’s HTML', () => {
  const template = [
    '<html lang="de" dir="ltr"><head><meta name="description" content="Allgemein" />',
    '<title>Lotse</title></head><body><div id="app"></div></body></html>',
  ].join('');
  const plain = {
    title: '',
    description: '',
    canonical: '',
    structured: null,
    lang: 'de',
    dir: 'ltr',
    alternates: [],
  } as const;

  it('carries its own title, description, canonical URL, JSON-LD and content', () => {
    const html = pageHtml(
      template,
      {
        ...plain,
        title: 'A & B',
        description: 'Sagt "was"',
        canonical: `${ORIGIN}/x`,
        structured: { name: 'x' },
      },
      '<h1>A</h1>',
    );
    expect(html).toContain('<html lang="de" dir="ltr">');
    expect(html).toContain('<title>A &amp; B</title>');
    expect(html).toContain('<meta name="description" content="Sagt &quot;was&quot;" />');
    expect(html).toContain(`<link rel="canonical" href="${ORIGIN}/x" />`);
    expect(html).toContain('<script type="application/ld+json">{"name":"x"}</script>');
    expect(html).toContain('<div id="app"><h1>A</h1></div>');
    const drawn = pageHtml(template, plain, '', ['a', 'b']);
    expect(drawn).toContain('<div id="app" data-regions="a,b"></div>');
  });

  it('in another language: <html lang dir> from the first byte, and the page in every language', () => {
    const html = pageHtml(
      template,
      {
        ...plain,
        lang: 'ar',
        dir: 'rtl',
        alternates: [
          { hreflang: 'de', href: `${ORIGIN}/x` },
          { hreflang: 'ar', href: `${ORIGIN}/x?lang=ar&a=b` },
        ],
      },
      '<h1>A</h1>',
    );
    expect(html.startsWith('<html lang="ar" dir="rtl"><head>')).toBe(true);
    expect(html).toContain(`<link rel="alternate" hreflang="de" href="${ORIGIN}/x" />`);
    expect(html).toContain(`<link rel="alternate" hreflang="ar" href="${ORIGIN}/x?lang=ar&amp;a=b" />`);
    expect(withHtmlLang(template, 'uk', 'ltr')).toContain('<html lang="uk" dir="ltr">');
    expect(() => withHtmlLang('<html>', 'uk', 'ltr')).toThrow(/template/);
  });

  it('writes JSON-LD that no text in the data can close early', () => {
    const script = jsonLdScript({ name: '</script><script>alert(1)</script>' });
    expect(script.match(/<\/script>/g)).toHaveLength(1);
    const json = /^<script type="application\/ld\+json">(.*)<\/script>$/.exec(script)?.[1] ?? '';
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>' });
  });

  it('refuses a template without the place for the content', () => {
    expect(() => pageHtml('<html lang="de" dir="ltr"></html>', plain, '')).toThrow(/template/);
  });
});

describe('which file answers a path', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-served-'));
  const files = ['index.html', 'shell.html', 'offer/a.html', 'help-now.html', 'assets/x.js'];
  for (const file of [...files, 'results/r.html', 'results/r/t.html']) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), file);
  }
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('serves a prerendered page, a file as it is, the shell for other routes and nothing for a missing file', () => {
    const served = (p: string) => {
      const file = servedFile(root, p);
      return file && path.relative(root, file);
    };
    expect(pageFile('/')).toBe('index.html');
    expect(pageFile('/offer/a')).toBe('offer/a.html');
    expect(served('/')).toBe('index.html');
    expect(served('/offer/a')).toBe('offer/a.html');
    expect(served('/help-now')).toBe('help-now.html');
    expect(served('/offer/gone')).toBe('shell.html');
    expect(served('/results')).toBe('shell.html');
    expect(served('/offer')).toBe('shell.html');
    expect(served('/assets/x.js')).toBe('assets/x.js');
    expect(served('/assets/gone.js')).toBeNull();
    expect(served('/../etc/passwd.txt')).toBeNull();
  });

  it("serves a region's results, and per topic, only for the query the app writes; other queries get the shell", () => {
    const served = (p: string, q: string) => {
      const file = servedFile(root, p, q);
      return file && path.relative(root, file);
    };
    expect(pageFile('/results', '?region=r&topics=t')).toBe('results/r/t.html');
    expect(served('/results', '?region=r')).toBe('results/r.html');
    expect(served('/results', '?region=r&topics=t')).toBe('results/r/t.html');
    expect(served('/results', '?region=r&topics=gone')).toBe('shell.html');
    for (const q of [
      '',
      '?topics=t&region=r',
      '?region=r&topics=t,u',
      '?region=r&q=x',
      '?region=../etc',
      '?region=R',
    ]) {
      expect(served('/results', q)).toBe('shell.html');
    }
    // Other pages ignore the query: a shared link with a tracking parameter keeps its page.
    expect(served('/offer/a', '?fbclid=x')).toBe('offer/a.html');
  });

  it('serves the page in the language `lang=` asks for, its shell for other routes, German for an unknown code', () => {
    for (const file of [
      'lang/ar/offer/a.html',
      'lang/ar/shell.html',
      'lang/uk/results/r/t.html',
      'lang/tr/index.html',
    ]) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), file);
    }
    const served = (p: string, q: string) => {
      const file = servedFile(root, p, q);
      return file && path.relative(root, file);
    };
    expect(pageLanguage('?lang=ar')).toBe('ar');
    expect(pageLanguage('?lang=de')).toBeNull();
    expect(pageLanguage('?lang=xx')).toBeNull();
    expect(pageLanguage('?lang=de-x-ls')).toBe('de-x-ls');
    expect(served('/offer/a', '?lang=ar')).toBe('lang/ar/offer/a.html');
    expect(served('/offer/a', '?fbclid=x&lang=ar')).toBe('lang/ar/offer/a.html');
    expect(served('/', '?lang=tr')).toBe('lang/tr/index.html');
    expect(served('/results', '?region=r&topics=t&lang=uk')).toBe('lang/uk/results/r/t.html');
    // The order the app writes (lang last) has a page; another order is drawn by the app, in the language.
    expect(served('/results', '?lang=ar&region=r&topics=t')).toBe('lang/ar/shell.html');
    expect(served('/list', '?ids=a,b&lang=ar')).toBe('lang/ar/shell.html');
    expect(served('/offer/gone', '?lang=ar')).toBe('lang/ar/shell.html');
    // A language without a page of its own here (a build drawn in German only) gets the German page.
    expect(served('/help-now', '?lang=ar')).toBe('help-now.html');
    expect(served('/offer/a', '?lang=de')).toBe('offer/a.html');
    expect(served('/offer/a', '?lang=xx')).toBe('offer/a.html');
    expect(served('/offer/a', '?lang=../../etc')).toBe('offer/a.html');
    // A page in another language has its address with `?lang=`, not a second one.
    expect(served('/lang/ar/offer/a', '')).toBeNull();
  });
});

describe('headingTitle', () => {
  it("takes the heading's own data-title, so a results page's topics and region stay out of the tab's title", () => {
    const body =
      '<main><h1 data-title="Passende Hilfe">Passende Hilfe<span>: </span><span>Schreien – Landkreis Ostallg&auml;u</span></h1></main>';
    expect(headingTitle(body)).toBe('Passende Hilfe');
  });
  it('decodes entities in data-title and falls back to the text of an h1 without one', () => {
    expect(headingTitle('<h1 data-title="Eltern &amp; Kind">x</h1>')).toBe('Eltern & Kind');
    expect(headingTitle('<h1 class="a">Frühe Hilfen in <b>Stadt Kaufbeuren</b></h1>')).toBe(
      'Frühe Hilfen in Stadt Kaufbeuren',
    );
    expect(headingTitle('<p>no heading</p>')).toBeNull();
  });
});
