import { findLanguage } from '../../i18n/index.ts';

/** The longest list a link may carry; more ids are left out (and said so). */
export const MAX_IDS = 100;

export interface ListLink {
  /** The ids to show: each once, in the link's order, at most MAX_IDS. */
  ids: string[];
  /** How many different ids the link held (more than `ids` when it was cut). */
  total: number;
  /** How many ids stood in the link more than once. */
  duplicates: number;
  /** A `lang` the link asked for that Lotse does not have (the list then shows in German), or null. */
  unknownLang: string | null;
}

/** Reads a handed-over list link's `ids` (and `lang` from the page's query) without losing a word about what it dropped. */
export function readListLink(ids: string, search = globalThis.location?.search ?? ''): ListLink {
  const all = ids
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const unique = [...new Set(all)];
  const lang = new URLSearchParams(search).get('lang');
  return {
    ids: unique.slice(0, MAX_IDS),
    total: unique.length,
    duplicates: all.length - unique.length,
    unknownLang: lang && !findLanguage(lang) ? lang : null,
  };
}
