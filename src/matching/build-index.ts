/** The build-time search index: an inverted index with pre-computed BM25F weights, plus everything query analysis needs. */
import type { Offer, RegionInfo, Taxonomy, TaxonomyTerm } from '../catalogue/index.ts';
import { compileDanger } from './danger/compile.ts';
import type { DangerInput } from './danger/types.ts';
import { stem, tokenise } from './normalise.ts';
import { compileNotCovered } from './not-covered.ts';
import { compilePhrases } from './phrases.ts';
import { compilePlaces } from './places.ts';
import { compileSafety } from './safety.ts';
import { isStopword } from './stopwords.ts';
import { FIELDS, K1, MANY_LANGUAGES_TF } from './tuning.ts';
import type { PlaceRecord, SafetyFile, SearchIndex, SynonymsFile } from './types.ts';

/** Everything the index is built from; the build script reads it from data/. */
export interface IndexInput {
  offers: Offer[];
  taxonomy: Taxonomy;
  regions: RegionInfo[];
  synonyms: SynonymsFile;
  places: PlaceRecord[];
  safety: SafetyFile;
  /** The danger word groups per language and their rules (data/danger/); absent: phrases and patterns only. */
  danger?: DangerInput;
}

/** The fields of an offer that the index weighs (their weights are in tuning.ts). */
type Field = keyof typeof FIELDS;

/** Text fields whose words go into the short vocabulary used for typo tolerance. */
const VOCAB_FIELDS: Field[] = ['name', 'org', 'place'];

type Bag = Map<string, number>;

/** The stems of a text that can be searched for. */
export function textTerms(text: string): string[] {
  return tokenise(text)
    .filter((t) => !isStopword(t))
    .map(stem);
}

function textTermsAll(text: string): string[] {
  return tokenise(text).map(stem);
}

function bag(terms: string[], tf = 1, into: Bag = new Map()): Bag {
  for (const t of terms) into.set(t, (into.get(t) ?? 0) + tf);
  return into;
}

function languageTerms(offer: Offer, languageIds: string[]): Bag {
  const out = bag(offer.languages.filter((l) => l !== 'de').map((l) => `l:${l}`));
  if (offer.languages.includes('mul'))
    bag(
      languageIds.filter((l) => l !== 'de' && l !== 'mul').map((l) => `l:${l}`),
      MANY_LANGUAGES_TF,
      out,
    );
  return out;
}

function offerFields(offer: Offer, languageIds: string[]): Record<Field, Bag> {
  const modes = [...offer.modes];
  if (offer.free === true) modes.push('free');
  if (offer.languages.some((l) => l !== 'de')) modes.push('other-language');
  if (offer.available_24_7) modes.push('24-7');
  const where = offer.locations.flatMap((l) => [l.address.city, l.address.postal_code ?? '', l.name ?? '']);
  return {
    name: bag(textTerms(offer.name)),
    org: bag(textTerms(offer.organization.name)),
    place: bag(textTerms(where.join(' '))),
    desc: bag(textTerms(offer.description)),
    topic: bag(offer.topics.map((t) => `t:${t}`)),
    cat: bag([`c:${offer.category}`]),
    mode: bag(modes.map((m) => `m:${m}`)),
    lang: languageTerms(offer, languageIds),
    stage: bag(offer.stages.map((s) => `s:${s}`)),
    aud: bag(offer.audiences.map((a) => `a:${a}`)),
  };
}

function fieldLength(b: Bag): number {
  let n = 0;
  for (const v of b.values()) n += v;
  return n;
}

/** BM25F: per document and term, field frequencies are weighted and length-normalised, then saturated once. */
function buildPostings(docs: Record<Field, Bag>[]): Record<string, number[]> {
  // Object.keys widens to string[]; FIELDS is a Record<Field, …>, so its keys are exactly the fields.
  const fields = Object.keys(FIELDS) as Field[];
  const avg = Object.fromEntries(
    fields.map((f) => [f, docs.reduce((s, d) => s + fieldLength(d[f]), 0) / Math.max(1, docs.length) || 1]),
    // fromEntries widens its keys to string; the entries are one per field.
  ) as Record<Field, number>;
  const tfs = new Map<string, Map<number, number>>();
  docs.forEach((doc, n) => {
    for (const f of fields) {
      const { w, b } = FIELDS[f];
      const norm = 1 - b + (b * fieldLength(doc[f])) / avg[f];
      for (const [term, tf] of doc[f]) {
        const perDoc = tfs.get(term) ?? new Map<number, number>();
        perDoc.set(n, (perDoc.get(n) ?? 0) + (w * tf) / norm);
        tfs.set(term, perDoc);
      }
    }
  });
  const postings: Record<string, number[]> = {};
  for (const term of [...tfs.keys()].sort()) {
    const perDoc = tfs.get(term) ?? new Map<number, number>();
    const idf = Math.log(1 + (docs.length - perDoc.size + 0.5) / (perDoc.size + 0.5));
    const list: number[] = [];
    let last = 0;
    for (const n of [...perDoc.keys()].sort((a, b) => a - b)) {
      const tf = perDoc.get(n) ?? 0;
      list.push(n - last, Math.max(1, Math.round(((idf * tf * (K1 + 1)) / (tf + K1)) * 100)));
      last = n;
    }
    postings[term] = list;
  }
  return postings;
}

function labelsOf(terms: TaxonomyTerm[]): Record<string, string> {
  return Object.fromEntries(terms.map((t) => [t.id, t.label]));
}

function regionAreas(regions: RegionInfo[]): Record<string, SearchIndex['regionAreas'][string]> {
  const wide = regions.filter((r) => r.kind === 'wide');
  return Object.fromEntries(
    regions
      .filter((r) => r.kind === 'local')
      .map((r) => [r.id, [r.id, ...wide.filter((w) => !w.state || w.state === r.state).map((w) => w.id)]]),
  );
}

/** Builds the JSON-serialisable search index; the same input always gives the same index. */
export function buildSearchIndex(input: IndexInput): SearchIndex {
  const offers = [...input.offers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const languageIds = input.taxonomy.languages.map((l) => l.id);
  const docs = offers.map((o) => offerFields(o, languageIds));
  const postings = buildPostings(docs);
  const phrases = compilePhrases(input.taxonomy, input.synonyms, (w) => Object.hasOwn(postings, w));
  const places = compilePlaces(input.places, input.synonyms.places, input.regions);
  const vocab = new Set<string>();
  for (const d of docs) for (const f of VOCAB_FIELDS) for (const t of d[f].keys()) vocab.add(t);
  for (const p of phrases) for (const t of p.key.split(' ')) vocab.add(t);
  for (const p of places) for (const t of p.key.split(' ')) vocab.add(stem(t));
  const { rules, urgent } = compileSafety(input.safety, (w) => Object.hasOwn(postings, w));
  const tax = input.taxonomy;
  return {
    version: 1,
    docs: offers.map((o) => o.id),
    postings,
    vocab: [...vocab].filter((t) => t.length >= 4 && !/^\d+$/.test(t)).sort(),
    phrases,
    generic: [...new Set((input.synonyms.generic_words ?? []).flatMap(textTermsAll))].sort(),
    places,
    safety: rules,
    urgent,
    ...(input.danger ? { danger: compileDanger(input.danger) } : {}),
    callLines: input.safety.call_lines ?? [],
    notCovered: compileNotCovered(input.safety),
    regionAreas: regionAreas(input.regions),
    regionNames: Object.fromEntries(input.regions.map((r) => [r.id, r.name])),
    labels: {
      topics: labelsOf(tax.topics),
      categories: labelsOf(tax.categories),
      modes: labelsOf(tax.modes),
      stages: labelsOf(tax.stages),
      languages: labelsOf(tax.languages),
      audiences: labelsOf(tax.audiences),
    },
  };
}
