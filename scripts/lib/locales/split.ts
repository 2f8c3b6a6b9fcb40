/** A language ships as two files: `<code>.json` (all but the legal texts) and `<code>.legal.json` (those). */
import { LEGAL_SECTIONS } from '../../../src/i18n/languages.ts';
import type { Tree } from './reference.ts';

export function splitLocale(tree: Tree): { main: Tree; legal: Tree } {
  const entries = Object.entries(tree);
  return {
    main: Object.fromEntries(entries.filter(([k]) => !LEGAL_SECTIONS.includes(k))),
    legal: Object.fromEntries(entries.filter(([k]) => LEGAL_SECTIONS.includes(k))),
  };
}

/** The two files as one tree again, as the completeness check reads them. */
export function joinLocale(main: Tree, legal: Tree): Tree {
  return { ...main, ...legal };
}
