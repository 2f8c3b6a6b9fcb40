/**
 * Build step after `vite build` (npm run build): draws every page of scripts/lib/prerender/pages.ts as HTML into
 * dist/ (`/offer/x` -> dist/offer/x.html), so that a parent arriving from a search engine or a shared link sees the
 * offer before any JavaScript runs, and writes sitemap.xml and robots.txt. The app is drawn by src/prerender.tsx
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
import { titleFor } from '../src/ui/common/page-title.ts';
import type { LoadRegions } from '../src/ui/regions.ts';
import { DATA, ROOT } from './lib/paths.ts';
import { firstText, pageHtml } from './lib/prerender/head.ts';
import { type SitePage, siteOrigin, sitePages } from './lib/prerender/pages.ts';
import { pageFile } from './lib/prerender/served-file.ts';
import { robotsTxt, sitemapXml } from './lib/prerender/sitemap.ts';

type RenderPage = (
  url: string,
  load: LoadRegions,
  regions: readonly string[],
  today: string,
) => Promise<string>;

/** The built catalogue files under dist/ read as the browser fetches them (`/catalogue/<file>`). */
function builtLoader(dist: string): LoadRegions {
  return createCatalogueLoader(async (url) => JSON.parse(fs.readFileSync(path.join(dist, url), 'utf8')));
}

/** The head of one drawn page: its h1 as title, its own description, its canonical URL. */
function headFor(page: SitePage, body: string, origin: string, fallback: string) {
  const heading = firstText(body, /<h1[^>]*>/);
  const lead = firstText(body, /<p class="lead"[^>]*>/);
  return {
    title: titleFor(heading),
    description: page.description ?? lead ?? fallback,
    canonical: origin + (page.path === '/' ? '/' : page.path),
    structured: page.structured,
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
    for (const page of pages) {
      const html = await renderPage(page.path, load, page.regions, today);
      const url = new URL(page.path, origin);
      const name = pageFile(url.pathname, url.search);
      if (!name) throw new Error(`prerender: no file can hold ${page.path} (served-file.ts)`);
      const file = path.join(dist, name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, pageHtml(template, headFor(page, html, origin, fallback), html, page.regions));
    }
    fs.writeFileSync(path.join(dist, 'sitemap.xml'), sitemapXml(pages, origin));
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
    `prerender: ${pages.length} pages, sitemap.xml and robots.txt -> ${path.relative(ROOT, dist)}/`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
}
