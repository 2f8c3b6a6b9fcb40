/**
 * Which file of a build answers a URL, the same way for `vite preview` (vite.config.ts), the browser tests' static
 * server and nginx (scripts/nginx/lotse.conf): a real file as it is; an app route by its prerendered page
 * (`/offer/x` -> `offer/x.html`, `/` -> `index.html`, `/results?region=r&topics=t` -> `results/r/t.html`); any other
 * route by the content-free shell, which the app draws in the browser (index.html holds the start page's content
 * and would flash it first). With `lang=<code>` of a language Lotse speaks (not German), the same page drawn in that
 * language from `lang/<code>/` (`/offer/x?lang=ar` -> `lang/ar/offer/x.html`), and that language's shell
 * (`lang/ar/shell.html`, `<html lang="ar" dir="rtl">`) for any other route: so a link in the family's language is
 * in that language from the first paint. `/lang/…` itself is no address (a 404): each page has one URL per language.
 */
import fs from 'node:fs';
import path from 'node:path';
import { findLanguage, GERMAN } from '../../../src/i18n/languages.ts';

/**
 * The results a region's page and its topics link to, in the order the app writes them (results-url.ts, with
 * `lang` last as withLang adds it): only these queries have a prerendered page; any other (a text, a stage, another
 * order) is drawn by the app.
 */
const RESULTS_QUERY = /^\?region=([a-z0-9-]+)(?:&topics=([a-z0-9-]+))?(?:&lang=[a-z-]+)?$/;

/** The folder of the build that holds the pages drawn in other languages than German (`lang/<code>/…`). */
export const LANG_FOLDER = 'lang';

/** The language a query asks for with its first `lang=`, when Lotse speaks it and it is not German; else null. */
export function pageLanguage(search: string): string | null {
  const code = findLanguage(new URLSearchParams(search).get('lang'))?.code;
  return code && code !== GERMAN ? code : null;
}

/**
 * The file name (relative to the build) that holds the prerendered page of `pathname` and `search`, in German, if
 * any. Other pages ignore the query (a link shared with a tracking parameter still gets its page).
 */
export function pageFile(pathname: string, search = ''): string | null {
  if (pathname === '/results') {
    const [, region, topic] = RESULTS_QUERY.exec(search) ?? [];
    return region ? `results/${region}${topic ? `/${topic}` : ''}.html` : null;
  }
  return pathname === '/' ? 'index.html' : `${pathname.replace(/^\/+|\/+$/g, '')}.html`;
}

/** The same file drawn in `code` (`lang/<code>/<file>`); German's is the file itself. */
export function inLanguage(file: string, code: string | null): string {
  return code ? `${LANG_FOLDER}/${code}/${file}` : file;
}

/**
 * The file under `root` that answers `pathname` (with `search`), or null for a missing file (a 404, never a page):
 * the page in the asked language, the German page, the language's shell, the shell (nginx's try_files order).
 */
export function servedFile(root: string, pathname: string, search = ''): string | null {
  const inside = (file: string | null) => {
    if (file === null) return null;
    const full = path.join(root, file);
    return full.startsWith(root) && fs.existsSync(full) && fs.statSync(full).isFile() ? full : null;
  };
  if (path.extname(pathname)) return inside(pathname);
  if (pathname.startsWith(`/${LANG_FOLDER}/`)) return null;
  const code = pageLanguage(search);
  const page = pageFile(pathname, search);
  return (
    inside(page && inLanguage(page, code)) ??
    inside(page) ??
    inside(inLanguage('shell.html', code)) ??
    inside('shell.html')
  );
}
