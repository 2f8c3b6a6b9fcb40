/** A language ships as one main file, `<code>.json`, and one file per part: `<code>.legal.json`, `<code>.visit.json`. */
import { PART_SECTION_NAMES, PART_SECTIONS } from '../../../src/i18n/languages.ts';
import type { Tree } from './reference.ts';

export type Split = { main: Tree; legal: Tree; visit: Tree };

export function splitLocale(tree: Tree): Split {
  const entries = Object.entries(tree);
  const part = (sections: readonly string[]) =>
    Object.fromEntries(entries.filter(([k]) => sections.includes(k)));
  return {
    main: Object.fromEntries(entries.filter(([k]) => !PART_SECTION_NAMES.includes(k))),
    legal: part(PART_SECTIONS.legal),
    visit: part(PART_SECTIONS.visit),
  };
}

/** The files as one tree again, as the completeness check reads them. */
export function joinLocale(main: Tree, legal: Tree, visit: Tree = {}): Tree {
  return { ...main, ...legal, ...visit };
}
