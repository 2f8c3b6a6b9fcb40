/**
 * A language ships as one file per part: `<code>.json` (all but the parts loaded on demand) and `<code>.<part>.json`
 * for each of those (`legal`, `handover`, `visit`, `region`).
 */
import { LAZY_PARTS, LAZY_SECTIONS, type LazyPart, PART_SECTIONS } from '../../../src/i18n/languages.ts';
import type { Tree } from './reference.ts';

export type LocaleFiles = { main: Tree } & Record<LazyPart, Tree>;

export function splitLocale(tree: Tree): LocaleFiles {
  const entries = Object.entries(tree);
  const pick = (sections: readonly string[]) =>
    Object.fromEntries(entries.filter(([k]) => sections.includes(k)));
  const lazy = Object.fromEntries(LAZY_PARTS.map((p) => [p, pick(PART_SECTIONS[p])]));
  return {
    main: Object.fromEntries(entries.filter(([k]) => !LAZY_SECTIONS.includes(k))),
    legal: lazy.legal ?? {},
    handover: lazy.handover ?? {},
    visit: lazy.visit ?? {},
    region: lazy.region ?? {},
  };
}

/** The files as one tree again, as the completeness check reads them. */
export function joinLocale(...files: Tree[]): Tree {
  return Object.assign({}, ...files);
}

/** The file name of one part of a language. */
export function partFile(code: string, part: 'main' | LazyPart): string {
  return part === 'main' ? `${code}.json` : `${code}.${part}.json`;
}
