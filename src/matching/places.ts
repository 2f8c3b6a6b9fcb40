/** Place names and postal codes → the responsible region: compiled at build time, used by search and the questionnaire. */
import type { LocalRegionId } from '../catalogue/index.ts';
import { normalise, stem, tokenise } from './normalise.ts';
import { findPhrases } from './phrases.ts';
import { PLACE_TYPO_SHARE } from './tuning.ts';
import type { PlaceEntry, PlaceRecord } from './types.ts';

/** Extra names for regions and districts, and place names too common as words to be read as places in free text. */
export interface PlaceAliases {
  aliases?: { name: string; region: string }[];
  common_words?: string[];
}

/** Name variants: "Neustadt b. Coburg" is also "Neustadt bei Coburg" and plain "Neustadt". */
function variants(name: string): string[] {
  const out = [name, name.replace(/\bb\.\s*/g, 'bei ').replace(/\ba\.\s*/g, 'am ')];
  const short = name.split(/\s+(?:b\.|a\.|am|an der|bei)\s+/)[0];
  if (short && short !== name) out.push(short);
  return out;
}

/** Region names without "Stadt"/"Landkreis" that equal a place name of another region: both are meant. */
function addAlso(
  byKey: Map<string, PlaceEntry>,
  regions: { id: string; name: string; kind: string }[],
): void {
  for (const r of regions.filter((x) => x.kind === 'local')) {
    const key = tokenise(r.name.replace(/^(Stadt|Landkreis|Kreis)\s+/, '')).join(' ');
    const entry = byKey.get(key);
    // Only local regions get here (kind === 'local'), and their ids are the local region ids.
    if (entry && entry.region !== r.id) entry.also = [...(entry.also ?? []), r.id as LocalRegionId];
  }
}

/** The place table: municipalities, their name variants and postal codes, then aliases (which never override). */
export function compilePlaces(
  places: PlaceRecord[],
  extra: PlaceAliases = {},
  regions: { id: string; name: string; kind: string }[] = [],
): PlaceEntry[] {
  const byKey = new Map<string, PlaceEntry>();
  const put = (text: string, name: string, region: string, at?: PlaceRecord) => {
    const key = tokenise(text).join(' ');
    const r3 = (x: number) => Math.round(x * 1000) / 1000;
    const point =
      at?.latitude !== undefined && at.longitude !== undefined
        ? { lat: r3(at.latitude), lon: r3(at.longitude) }
        : {};

    if (key !== '' && !byKey.has(key))
      // places.json regions are checked against the local region ids by catalogue:check before any build.
      byKey.set(key, { key, name, region: region as LocalRegionId, ...point });
  };
  for (const p of places) for (const v of variants(p.name)) put(v, p.name, p.region, p);
  for (const p of places) for (const code of p.postal_codes) put(code, p.name, p.region, p);
  for (const a of extra.aliases ?? []) put(a.name, a.name, a.region);
  addAlso(byKey, regions);
  const common = new Set((extra.common_words ?? []).map(normalise));
  return [...byKey.values()].map((e) => (common.has(e.key) ? { ...e, weak: true } : e));
}

/** Looks the words of a text up in a place table (longest name first); returns the places named, in order. */
export function placesInTokens(
  tokens: string[],
  table: Map<string, PlaceEntry>,
): { start: number; end: number; place: PlaceEntry }[] {
  return findPhrases(tokens, table).map((h) => ({ start: h.start, end: h.end, place: h.value }));
}

/** A place table as a lookup map; `inText` leaves out the names that are also common words (Wald, Ahorn). */
export function placeMap(entries: readonly PlaceEntry[], inText = false): Map<string, PlaceEntry> {
  return new Map(entries.filter((e) => !inText || !e.weak).map((e) => [e.key, e]));
}

function isEntry(p: PlaceRecord | PlaceEntry): p is PlaceEntry {
  return 'key' in p;
}

/**
 * Names that contain `token` with at most 30 % of its letters wrong, best first (Fuse.js's scoring, which this
 * replaced: errors per letter, softened for names of several words; ties keep the table's order).
 */
function closeNames(token: string, names: readonly PlaceEntry[]): { score: number; place: PlaceEntry }[] {
  const max = Math.floor(token.length * PLACE_TYPO_SHARE);
  const out: { score: number; place: PlaceEntry }[] = [];
  for (const place of names) {
    const d = editDistance(token, place.key, max, true);
    if (d > max) continue;
    const norm = Math.round(1000 / Math.sqrt(place.key.split(' ').length)) / 1000;
    out.push({ score: Math.max(0.001, d / token.length) ** norm, place });
  }
  return out.sort((a, b) => a.score - b.score);
}

/**
 * What region a typed place answer means: a postal code matches exactly, a place name after normalising
 * ("Fuessen", "Kaufbeuren-Oberbeuren"), else the closest name within a typo or two ("fussen", "Marktoberdorff").
 * Accepts the municipalities of data/places.json or the compiled table of the search index (with aliases).
 */
export function resolvePlace(
  text: string,
  places: readonly (PlaceRecord | PlaceEntry)[],
): { region: LocalRegionId; place?: string } | null {
  const entries = places.some((p) => !isEntry(p))
    ? compilePlaces(places.filter((p): p is PlaceRecord => !isEntry(p)))
    : places.filter(isEntry);
  const tokens = tokenise(text.slice(0, 200)).slice(0, 20);
  if (tokens.length === 0) return null;
  const table = placeMap(entries);
  const found = placesInTokens(tokens, table);
  const best = found.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  if (best) return { region: best.place.region, place: best.place.name };
  const names = entries.filter((e) => !/^\d+$/.test(e.key));
  let hit: { score: number; place: PlaceEntry } | null = null;
  for (const token of tokens.filter((t) => t.length >= 4)) {
    for (const near of closeNames(token, names).slice(0, 3)) {
      if (Math.abs(near.place.key.length - token.length) > 3) continue;
      if (!hit || near.score < hit.score) hit = near;
    }
  }
  return hit ? { region: hit.place.region, place: hit.place.name } : null;
}

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent swaps, as in "kaufbeuern"), capped at max + 1. The one
 * place-typo matcher: whole words in free text, or `within` a name (a to its closest part of b) for typed answers.
 */
export function editDistance(a: string, b: string, max: number, within = false): number {
  if (!within && Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => (within ? 0 : j));
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      row.push(d);
    }
    prev2 = prev;
    prev = row;
  }
  return within ? Math.min(...prev) : (prev[b.length] ?? max + 1);
}

/**
 * Words that are a one-word place name with a typo: the same stem as the name ("kaufbeuern" → "kaufbeur"), or,
 * for a word the index does not know, within one or two edits ("marktoberdorff").
 */
export function fuzzyPlacesInTokens(
  tokens: string[],
  open: (i: number) => boolean,
  unknown: (i: number) => boolean,
  entries: Iterable<PlaceEntry>,
): { start: number; end: number; place: PlaceEntry }[] {
  const names = [...entries].filter((e) => !e.key.includes(' ') && !/^\d+$/.test(e.key) && e.key.length >= 5);
  const byStem = new Map(names.map((e) => [stem(e.key), e]));
  const hits: { start: number; end: number; place: PlaceEntry }[] = [];
  tokens.forEach((token, i) => {
    if (token.length < 6 || !open(i)) return;
    const same = byStem.get(stem(token));
    if (same) {
      hits.push({ start: i, end: i + 1, place: same });
      return;
    }
    if (!unknown(i)) return;
    const max = token.length >= 9 ? 2 : 1;
    let best: { d: number; place: PlaceEntry } | null = null;
    for (const place of names) {
      const d = editDistance(token, place.key, max);
      if (d <= max && (!best || d < best.d || (d === best.d && place.key < best.place.key)))
        best = { d, place };
    }
    if (best) hits.push({ start: i, end: i + 1, place: best.place });
  });
  return hits;
}
