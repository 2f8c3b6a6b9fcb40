import type {
  CallLine,
  IndexPart,
  NotCoveredNeed,
  PackedIndex,
  PlaceEntry,
  SafetyRule,
  WideIndexPart,
} from './index-format.ts';
import { parseDangerTable } from './parse-danger.ts';
import {
  array,
  boolean,
  CatalogueFormatError,
  every,
  number,
  object,
  optional,
  record,
  string,
  strings,
} from './parse-json.ts';
import type { AreaId, LocalRegionId } from './types.ts';

type PackedPhrase = PackedIndex['phrases'][number];

const LABEL_KINDS = ['topics', 'categories', 'modes', 'stages', 'languages', 'audiences'] as const;

// Region ids are checked against data/ by the catalogue build; here only their type is checked, because
// synthetic catalogues (bench:national) use ids beyond the five local regions.
const regionId = (value: unknown, path: string) => string(value, path) as LocalRegionId;
const areaIds = (value: unknown, path: string) => strings(value, path) as AreaId[];

const numbers = (value: unknown, path: string): number[] => every(value, path, 'number', number);

/** A phrase in the shape it must have: kept as it is (thousands of them, each copied made a long task). */
const wellFormed = (p: unknown): p is PackedPhrase =>
  Array.isArray(p) &&
  (p.length === 3 || (p.length === 4 && typeof p[3] === 'string')) &&
  typeof p[0] === 'string' &&
  typeof p[1] === 'string' &&
  typeof p[2] === 'number' &&
  Number.isFinite(p[2]);

function phrase(value: unknown, path: string): PackedPhrase {
  if (wellFormed(value)) return value;
  const p = array(value, path);
  const head: [string, string, number] = [
    string(p[0], `${path}/0`),
    string(p[1], `${path}/1`),
    number(p[2], `${path}/2`),
  ];
  return p.length > 3 ? [...head, string(p[3], `${path}/3`)] : head;
}

function place(value: unknown, path: string): PlaceEntry {
  const p = object(value, path);
  const weak = optional(p.weak, `${path}/weak`, boolean);
  const also = optional(p.also, `${path}/also`, (v, at) =>
    array(v, at).map((r, i) => regionId(r, `${at}/${i}`)),
  );
  const lat = optional(p.lat, `${path}/lat`, number);
  const lon = optional(p.lon, `${path}/lon`, number);
  return {
    key: string(p.key, `${path}/key`),
    name: string(p.name, `${path}/name`),
    region: regionId(p.region, `${path}/region`),
    ...(weak === undefined ? {} : { weak }),
    ...(also === undefined ? {} : { also }),
    ...(lat === undefined || lon === undefined ? {} : { lat, lon }),
  };
}

function safetyRule(value: unknown, path: string): SafetyRule {
  const r = object(value, path);
  const list = (key: string) => strings(r[key], `${path}/${key}`);
  return {
    id: string(r.id, `${path}/id`),
    max: number(r.max, `${path}/max`),
    emergencyFirst: boolean(r.emergencyFirst, `${path}/emergencyFirst`),
    numbers: list('numbers'),
    allDay: boolean(r.allDay, `${path}/allDay`),
    topics: list('topics'),
    categories: list('categories'),
    words: list('words'),
    phrases: list('phrases'),
    offers: list('offers'),
    patterns: array(r.patterns, `${path}/patterns`).map((v, i) => {
      const at = `${path}/patterns/${i}`;
      const p = object(v, at);
      const groups = array(p.groups, `${at}/groups`).map((g, j) => strings(g, `${at}/groups/${j}`));
      return {
        groups,
        window: number(p.window, `${at}/window`),
        ordered: boolean(p.ordered, `${at}/ordered`),
      };
    }),
    exclude: list('exclude'),
  };
}

function callLine(value: unknown, path: string): CallLine {
  const c = object(value, path);
  const categories = optional(c.categories, `${path}/categories`, strings);
  return {
    topics: strings(c.topics, `${path}/topics`),
    ...(categories === undefined ? {} : { categories }),
    offers: strings(c.offers, `${path}/offers`),
  };
}

function notCovered(value: unknown, path: string): NotCoveredNeed {
  const n = object(value, path);
  const fillers = optional(n.fillers, `${path}/fillers`, strings);
  return {
    id: string(n.id, `${path}/id`),
    label: string(n.label, `${path}/label`),
    terms: strings(n.terms, `${path}/terms`),
    ...(fillers === undefined ? {} : { fillers }),
    responsible: strings(n.responsible, `${path}/responsible`),
  };
}

/**
 * Every item read by `read`. An item's own path is built only to name an error (a failing item is read again with
 * it): a string per item made the wide-area index's thousands of phrases a long task on a phone.
 */
const list = <T>(value: unknown, path: string, read: (v: unknown, p: string) => T): T[] =>
  array(value, path).map((v, i) => {
    try {
      return read(v, path);
    } catch {
      return read(v, `${path}/${i}`);
    }
  });

/** The one boundary where a downloaded index.<hash>.json becomes a typed packed index; throws CatalogueFormatError. */
export function parseSearchIndex(value: unknown): PackedIndex {
  const x = object(value, '');
  if (x.version !== 1) throw new CatalogueFormatError('/version', `unsupported version ${String(x.version)}`);
  if (x.packed !== 1) throw new CatalogueFormatError('/packed', 'must be 1 (a packed index)');
  const labels = object(x.labels, '/labels');
  const label = (kind: (typeof LABEL_KINDS)[number]) => record(labels[kind], `/labels/${kind}`, string);
  return {
    version: 1,
    packed: 1,
    docs: strings(x.docs, '/docs'),
    postings: record(x.postings, '/postings', numbers),
    vocab: strings(x.vocab, '/vocab'),
    phrases: list(x.phrases, '/phrases', phrase),
    generic: strings(x.generic, '/generic'),
    places: list(x.places, '/places', place),
    safety: list(x.safety, '/safety', safetyRule),
    urgent: safetyRule(x.urgent, '/urgent'),
    callLines: list(x.callLines, '/callLines', callLine),
    notCovered: list(x.notCovered, '/notCovered', notCovered),
    regionAreas: record(x.regionAreas, '/regionAreas', areaIds),
    regionNames: record(x.regionNames, '/regionNames', string),
    ...(x.elsewhere === undefined ? {} : { elsewhere: strings(x.elsewhere, '/elsewhere') }),
    ...(x.danger === undefined ? {} : { danger: parseDangerTable(x.danger, '/danger') }),
    labels: Object.fromEntries(LABEL_KINDS.map((k) => [k, label(k)])) as PackedIndex['labels'],
  };
}

/** A region's index part (its documents with their global positions); throws CatalogueFormatError. */
export function parseIndexPart(value: unknown): IndexPart {
  const x = object(value, '');
  if (x.version !== 1) throw new CatalogueFormatError('/version', `unsupported version ${String(x.version)}`);
  const docs = strings(x.docs, '/docs');
  return { docs, pos: positions(x, docs), postings: record(x.postings, '/postings', numbers) };
}

/** Each document's global position: one per document. */
function positions(x: Record<string, unknown>, docs: readonly string[]): number[] {
  const pos = numbers(x.pos, '/pos');
  if (pos.length !== docs.length) throw new CatalogueFormatError('/pos', 'must give one position per doc');
  return pos;
}

/** The wide-area index part: a packed index (the shared lexicon) whose documents carry global positions. */
export function parseWideIndex(value: unknown): WideIndexPart {
  const index = parseSearchIndex(value);
  // Docs and postings are read once, by parseSearchIndex: the positions are all a part adds.
  const x = object(value, '');
  return { ...index, pos: positions(x, index.docs), elsewhere: strings(x.elsewhere, '/elsewhere') };
}
