/**
 * Which file of a build answers a URL, the same way for `vite preview` (vite.config.ts), the browser tests' static
 * server and nginx (scripts/nginx/lotse.conf): a real file as it is; an app route by its prerendered page
 * (`/offer/x` -> `offer/x.html`, `/` -> `index.html`, `/results?region=r&topics=t` -> `results/r/t.html`); any other
 * route by the content-free shell, which the app draws in the browser (index.html holds the start page's content
 * and would flash it first).
 */
import fs from 'node:fs';
import path from 'node:path';

/**
 * The results a region's page and its topics link to, in the order the app writes them (results-url.ts): only
 * these queries have a prerendered page; any other (a text, a stage, a language) is drawn by the app.
 */
const RESULTS_QUERY = /^\?region=([a-z0-9-]+)(?:&topics=([a-z0-9-]+))?$/;

/**
 * The file name (relative to the build) that holds the prerendered page of `pathname` and `search`, if any. Other
 * pages ignore the query (a link shared with a tracking parameter still gets its page).
 */
export function pageFile(pathname: string, search = ''): string | null {
  if (pathname === '/results') {
    const [, region, topic] = RESULTS_QUERY.exec(search) ?? [];
    return region ? `results/${region}${topic ? `/${topic}` : ''}.html` : null;
  }
  return pathname === '/' ? 'index.html' : `${pathname.replace(/^\/+|\/+$/g, '')}.html`;
}

/** The file under `root` that answers `pathname` (with `search`), or null for a missing file (a 404, never a page). */
export function servedFile(root: string, pathname: string, search = ''): string | null {
  const inside = (file: string | null) => {
    if (file === null) return null;
    const full = path.join(root, file);
    return full.startsWith(root) && fs.existsSync(full) && fs.statSync(full).isFile() ? full : null;
  };
  if (path.extname(pathname)) return inside(pathname);
  return inside(pageFile(pathname, search)) ?? inside('shell.html');
}
