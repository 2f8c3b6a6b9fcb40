/**
 * Which file of a build answers a path, the same way for `vite preview` (vite.config.ts), the browser tests' static
 * server and nginx (scripts/nginx/lotse.conf): a real file as it is; an app route by its prerendered page
 * (`/offer/x` -> `offer/x.html`, `/` -> `index.html`); any other route by the content-free shell, which the app
 * draws in the browser (index.html holds the start page's content and would flash it first).
 */
import fs from 'node:fs';
import path from 'node:path';

/** The file name (relative to the build) that holds the prerendered page of `pathname`. */
export function pageFile(pathname: string): string {
  return pathname === '/' ? 'index.html' : `${pathname.replace(/^\/+|\/+$/g, '')}.html`;
}

/** The file under `root` that answers `pathname`, or null for a missing file (a 404, never a page). */
export function servedFile(root: string, pathname: string): string | null {
  const inside = (file: string) => {
    const full = path.join(root, file);
    return full.startsWith(root) && fs.existsSync(full) && fs.statSync(full).isFile() ? full : null;
  };
  if (path.extname(pathname)) return inside(pathname);
  return inside(pageFile(pathname)) ?? inside('shell.html');
}
