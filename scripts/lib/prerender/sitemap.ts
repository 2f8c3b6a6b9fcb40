/** sitemap.xml and robots.txt for the prerendered pages (sitemaps.org 0.9). */
import { withLang } from '../../../src/i18n/choose.ts';
import type { SitePage } from './pages.ts';

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text safe inside an XML (or HTML) element or double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

/**
 * Every prerendered URL in every language of `codes` (German's without `lang=`), with the date its content last
 * changed. The pages name their other languages themselves (`hreflang` links in each head), which keeps this file
 * at one line per URL.
 */
export function sitemapXml(pages: readonly SitePage[], origin: string, codes: readonly string[]): string {
  const urls = pages.flatMap((p) =>
    codes.map(
      (code) =>
        `  <url><loc>${escapeXml(origin + withLang(p.path, code))}</loc><lastmod>${escapeXml(p.lastmod)}</lastmod></url>`,
    ),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/** Everything may be crawled (a crawler that runs the app needs the catalogue files too); the sitemap names the pages. */
export function robotsTxt(origin: string): string {
  return ['User-agent: *', 'Allow: /', `Sitemap: ${origin}/sitemap.xml`, ''].join('\n');
}
