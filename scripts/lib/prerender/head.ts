/** Puts a prerendered screen and its own head (title, description, canonical URL, JSON-LD) into the app's HTML. */
import { escapeXml } from './sitemap.ts';

export interface PageHead {
  title: string;
  description: string;
  canonical: string;
  structured: Record<string, unknown> | null;
  /** The page's language and direction, for `<html lang dir>`: right from the first byte, before any script. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The same page in every language (`hreflang` → URL), so that a search in Arabic finds the Arabic page. */
  alternates: readonly { hreflang: string; href: string }[];
}

/** The built shell (or any page) with `<html lang dir>` of another language. */
export function withHtmlLang(html: string, lang: string, dir: 'ltr' | 'rtl'): string {
  return replaceOnce(
    html,
    /<html lang="[^"]*" dir="[^"]*">/,
    `<html lang="${escapeXml(lang)}" dir="${dir}">`,
  );
}

/**
 * JSON-LD as a data block: the CSP's `script-src 'self'` does not apply to a script the browser never runs.
 * `<` is written as \u003c so that no text in the data can close the element.
 */
export function jsonLdScript(data: Record<string, unknown>): string {
  return `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}

/** Replaces `pattern` in `html`, failing loudly when the template no longer has it (a silent no-op would ship). */
function replaceOnce(html: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(html)) throw new Error(`prerender: the HTML template has no ${pattern}`);
  return html.replace(pattern, () => replacement);
}

/**
 * The built index.html (the template) with this page's head and `#app` content; `data-regions` names the region
 * pairs the page was drawn with, which src/boot.tsx loads before it takes the page over.
 */
export function pageHtml(
  template: string,
  head: PageHead,
  body: string,
  regions: readonly string[] = [],
): string {
  let html = withHtmlLang(template, head.lang, head.dir);
  html = replaceOnce(html, /<title>[^<]*<\/title>/, `<title>${escapeXml(head.title)}</title>`);
  html = replaceOnce(
    html,
    /<meta name="description" content="[^"]*" \/>/,
    `<meta name="description" content="${escapeXml(head.description)}" />`,
  );
  const extra = [
    `<link rel="canonical" href="${escapeXml(head.canonical)}" />`,
    ...head.alternates.map(
      (a) => `<link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.href)}" />`,
    ),
    ...(head.structured ? [jsonLdScript(head.structured)] : []),
  ];
  html = replaceOnce(html, /<\/head>/, `  ${extra.join('\n    ')}\n  </head>`);
  const data = regions.length > 0 ? ` data-regions="${escapeXml(regions.join(','))}"` : '';
  return replaceOnce(html, /<div id="app"><\/div>/, `<div id="app"${data}>${body}</div>`);
}

/** The text of the first element matching `tag` and `attrs` in rendered HTML, tags dropped and entities decoded. */
export function firstText(html: string, open: RegExp): string | null {
  const match = open.exec(html);
  if (!match) return null;
  const rest = html.slice(match.index + match[0].length);
  const tag = /^<(\w+)/.exec(match[0])?.[1] ?? '';
  const inner = rest.slice(0, rest.indexOf(`</${tag}>`));
  return decodeEntities(inner.replace(/<[^>]*>/g, '')).trim() || null;
}

/**
 * The title a drawn page's first h1 gives: its own shorter title (`data-title`, as src/ui/common/page-title.ts
 * reads it) when it has one, else its text. /results keeps the topics and region out of the tab's title, which the
 * browser's history keeps.
 */
export function headingTitle(html: string): string | null {
  const own = /<h1[^>]*\sdata-title="([^"]*)"/.exec(html)?.[1];
  return own !== undefined ? decodeEntities(own).trim() || null : firstText(html, /<h1[^>]*>/);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#?\w+);/g, (all, name: string) => ENTITIES[name] ?? all);
}
