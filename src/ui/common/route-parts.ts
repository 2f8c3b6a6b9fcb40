import type { LazyPart } from '../../i18n/index.ts';

/** The paths of the legal screens, each drawn from the legal part of the language's texts. */
const LEGAL_PATHS = new Set(['/impressum', '/datenschutz', '/quellen', '/barrierefreiheit']);

/**
 * The part of the language's texts a screen cannot be drawn without (legal screens and region pages draw nothing
 * until theirs is there): a prerendered page waits for it before the app takes the page over, and the build loads
 * it before drawing the page. Help-now ends with a line from the legal part (a private window, the browser's
 * history): loaded for it too, so that the served page has the line before anyone touches it (the app wakes on use).
 */
export function partForPath(path: string): LazyPart | null {
  if (LEGAL_PATHS.has(path) || path === '/help-now') return 'legal';
  if (path.startsWith('/region/')) return 'region';
  return null;
}
