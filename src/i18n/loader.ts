import type { i18n } from 'i18next';
import { LAZY_SECTIONS, type LazyPart } from './languages.ts';
import deHandover from './locales/de.handover.json';
import deLegal from './locales/de.legal.json';
import deRegion from './locales/de.region.json';
import deVisit from './locales/de.visit.json';

/**
 * A locale's files: everything but the parts loaded on demand, the legal texts (loaded when a legal screen opens)
 * and the hand-over texts (loaded when a list or an offer offers a hand-over), the visit texts (loaded when a home visit starts or a professional answers); and, in German only, the /network
 * screen's texts (its users are German-speaking professionals working in German data).
 */
export type Part = 'main' | LazyPart | 'network';
/** The top-level key of the network texts: no translation carries it, so a language's main part never asks for it. */
const NETWORK_SECTION = 'network';
/** ok: every key there; partial: some keys fall back to German; failed: nothing loaded, all German. */
export type LoadResult = 'ok' | 'partial' | 'failed';
export type Importers = Record<string, () => Promise<unknown>>;

// One chunk per file, fetched only when that language is chosen; German is bundled but for its legal texts and the
// network screen's texts.
const CHUNKS: Importers = import.meta.glob(['./locales/*.json', '!./locales/de.json']);

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** The keys of a nested object, dotted; of plural keys only `_other`, the one form every language has. */
function keysOf(tree: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => {
    if (isTree(v)) return keysOf(v, `${prefix}${k}.`);
    if (PLURAL.test(k) && !k.endsWith('_other')) return [];
    return [`${prefix}${k}`];
  });
}

/** The German keys a part must translate (data labels are checked by the completeness test, not here). */
function referenceKeys(instance: i18n, part: Part): string[] {
  if (part === 'legal') return keysOf(deLegal);
  if (part === 'handover') return keysOf(deHandover);
  // German only: the file is its own reference.
  if (part === 'network') return [];
  if (part === 'visit') return keysOf(deVisit);
  if (part === 'region') return keysOf(deRegion);
  // German's main texts are the bundle the instance was created with (importing de.json here would split it off
  // the first bundle into a chunk of its own), without the parts it gains when a screen loads them.
  const german = Object.entries(instance.getResourceBundle('de', 'translation'));
  return keysOf(
    Object.fromEntries(german.filter(([k]) => !LAZY_SECTIONS.includes(k) && k !== NETWORK_SECTION)),
  );
}

export function chunkPath(code: string, part: Part): string {
  return `./locales/${code}${part === 'main' ? '' : `.${part}`}.json`;
}

function isTree(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Loads one part of a language into i18next; whatever is missing, or the whole file when it is missing or
 * broken, falls back to German (fallbackLng) and the result says so, for the `lang.fallback` notice.
 */
export async function loadLocale(
  instance: i18n,
  code: string,
  part: Part,
  importers: Importers = CHUNKS,
): Promise<LoadResult> {
  if (code === 'de' && part === 'main') return 'ok';
  const importer = importers[chunkPath(code, part)];
  if (!importer) return 'failed';
  let tree: unknown;
  try {
    const module = await importer();
    tree = isTree(module) && 'default' in module ? module.default : module;
  } catch {
    return 'failed';
  }
  if (!isTree(tree)) return 'failed';
  instance.addResourceBundle(code, 'translation', tree, true, true);
  // Read from this language's own bundle: exists() would also find German through the fallback chain.
  const missing = referenceKeys(instance, part).filter(
    (key) => typeof instance.getResource(code, 'translation', key) !== 'string',
  );
  return missing.length > 0 ? 'partial' : 'ok';
}
