/**
 * Build step after `vite build` (npm run build): draws every page of scripts/lib/prerender/pages.ts as HTML into
 * dist/ (`/offer/x` -> dist/offer/x.html), so that a parent arriving from a search engine or a shared link sees the
 * offer before any JavaScript runs, and writes sitemap.xml and robots.txt. Every page is drawn in every language
 * too (`/offer/x?lang=ar` -> dist/lang/ar/offer/x.html, `<html lang="ar" dir="rtl">`), with a shell per language
 * (dist/lang/ar/shell.html) for the routes without a page, so that a link in the family's language paints in it
 * (scripts/lib/prerender/served-file.ts says which file answers which URL). The app is drawn by src/prerender.tsx
 * through Vite's SSR loader, so none of this code enters the browser bundle.
 * Why not @preact/preset-vite's `prerender` option: it runs the browser entry (src/main.tsx and src/boot.tsx, which touch
 * document, storage and the service worker on import) and needs the prerender code exported from that entry, and
 * the page needs the catalogue read from data/ in Node, which the browser entry must never import.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createServer } from 'vite';
import { parseOperator } from '../src/catalogue/index.ts';
import { createCatalogueLoader } from '../src/catalogue/load-catalogue.ts';
import { withLang } from '../src/i18n/choose.ts';
import { GERMAN, LANGUAGES, type Language } from '../src/i18n/languages.ts';
import { titleFor } from '../src/ui/common/page-title.ts';
import type { LoadRegions } from '../src/ui/regions.ts';
import { DATA, ROOT } from './lib/paths.ts';
import { firstText, headingTitle, pageHtml, withHtmlLang } from './lib/prerender/head.ts';
import { type SitePage, siteOrigin, sitePages } from './lib/prerender/pages.ts';
import { inLanguage, pageFile } from './lib/prerender/served-file.ts';
import { robotsTxt, sitemapXml } from './lib/prerender/sitemap.ts';

type RenderPage = (
  url: string,
  load: LoadRegions,
  regions: readonly string[],
  today: string,
  code: string,
) => Promise<string>;

/**
 * The built catalogue files under dist/ read as the browser fetches them (`/catalogue/<file>`). One merged catalogue
 * per set of regions for the whole build: the same object for every page (and language) drawn from it, so that a
 * region's results share one searcher (use-searcher.ts keeps one per catalogue) instead of unpacking the index
 * for each of 2,000 pages.
 */
function builtLoader(dist: string): LoadRegions {
  const load = createCatalogueLoader(async (url) =>
    JSON.parse(fs.readFileSync(path.join(dist, url), 'utf8')),
  );
  const merged = new Map<string, ReturnType<LoadRegions>>();
  return (ids) => {
    const key = [...new Set(ids)].sort().join(',');
    const known = merged.get(key) ?? load(ids);
    merged.set(key, known);
    return known;
  };
}

/**
 * The site's description in a language other than German: the start page's intro line (`start.intro`). German keeps the template's
 * own, which names the regions.
 */
function introOf(code: string): string {
  const file = path.join(ROOT, 'src', 'i18n', 'locales', `${code}.json`);
  const intro = (JSON.parse(fs.readFileSync(file, 'utf8')) as { start?: { intro?: unknown } }).start?.intro;
  if (typeof intro !== 'string') throw new Error(`prerender: ${file} has no start.intro`);
  return intro;
}

/**
 * The head of one drawn page in `language`: its h1 (or the h1's `data-title`) as title, its own description (the catalogue's German one, or
 * outside German the page's lead paragraph or the site's intro in that language), its canonical URL (the page in
 * this language) and the same page in every language.
 */
function headFor(page: SitePage, body: string, origin: string, language: Language, fallback: string) {
  const heading = headingTitle(body);
  const lead = firstText(body, /<p class="lead"[^>]*>/);
  const german = language.code === GERMAN;
  const href = (code: string) => origin + withLang(page.path, code);
  return {
    title: titleFor(heading),
    description: (german ? page.description : null) ?? lead ?? fallback,
    canonical: href(language.code),
    structured: page.structured,
    lang: language.code,
    dir: language.dir,
    alternates: [
      ...LANGUAGES.map((l) => ({ hreflang: l.code, href: href(l.code) })),
      { hreflang: 'x-default', href: href(GERMAN) },
    ],
  };
}

/** Draws every page into `dist` and writes the sitemap and robots.txt; returns the pages written. */
export async function prerenderSite(dist: string, dataDir = DATA, now = new Date()): Promise<SitePage[]> {
  const today = now.toISOString().slice(0, 10);
  const load = builtLoader(dist);
  const { manifest } = await load([]);
  // Every region merged: the catalogue the page list, the sitemap and the structured data are made from.
  const all = await load(Object.keys(manifest.regions));
  const operator = parseOperator(JSON.parse(fs.readFileSync(path.join(dataDir, 'operator.json'), 'utf8')));
  const origin = siteOrigin(operator.site_url);
  const template = fs.readFileSync(path.join(dist, 'shell.html'), 'utf8');
  const fallback = /<meta name="description" content="([^"]*)"/.exec(template)?.[1] ?? '';
  const vite = await createServer({
    configFile: path.join(ROOT, 'vite.config.ts'),
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    logLevel: 'error',
  });
  try {
    const { renderPage } = (await vite.ssrLoadModule('/prerender.tsx')) as { renderPage: RenderPage };
    const pages = sitePages(all.catalogue, manifest, today, origin);
    const write = (name: string, html: string) => {
      const file = path.join(dist, name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, html);
    };
    for (const language of LANGUAGES) {
      const code = language.code === GERMAN ? null : language.code;
      const description = code ? introOf(language.code) : fallback;
      if (code) write(inLanguage('shell.html', code), withHtmlLang(template, code, language.dir));
      for (const page of pages) {
        const html = await renderPage(page.path, load, page.regions, today, language.code);
        const url = new URL(page.path, origin);
        const name = pageFile(url.pathname, url.search);
        if (!name) throw new Error(`prerender: no file can hold ${page.path} (served-file.ts)`);
        const head = headFor(page, html, origin, language, description);
        write(inLanguage(name, code), pageHtml(template, head, html, page.regions));
      }
    }
    const codes = LANGUAGES.map((l) => l.code);
    fs.writeFileSync(path.join(dist, 'sitemap.xml'), sitemapXml(pages, origin, codes));
    fs.writeFileSync(path.join(dist, 'robots.txt'), robotsTxt(origin));
    return pages;
  } finally {
    await vite.close();
  }
}

async function main(): Promise<void> {
  const dist = process.env.LOTSE_OUT_DIR ?? path.join(ROOT, 'dist');
  const pages = await prerenderSite(dist, process.env.LOTSE_DATA_DIR ?? DATA);
  console.log(
    `prerender: ${pages.length} pages in ${LANGUAGES.length} languages, sitemap.xml and robots.txt -> ${path.relative(ROOT, dist)}/`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
}
