/**
 * The translation reference: src/i18n/locales/de.json, de.legal.json, de.handover.json, de.visit.json and de.region.json plus, under `data`, the German labels and texts of
 * data/taxonomy.json, data/questionnaire.json and data/safety.json (German keeps them in the data files only), and
 * the catalogue's names of the lines data/line-names.json lists (`data.lines.<id>`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { DATA, ROOT } from '../paths.ts';

export type Tree = { [key: string]: string | Tree };

type Term = { id: string; label: string; description?: string };
type Option = { id: string; label: string; label_professional?: string };
type Question = {
  id: string;
  text: string;
  hint?: string;
  text_professional?: string;
  hint_professional?: string;
  options?: Option[];
};

const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(file, 'utf8'));
const byId = (terms: Term[]): Tree => Object.fromEntries(terms.map((t) => [t.id, t.label]));

/** A catalogue offer's id, name and phones, as data/catalogue/*.json hold them. */
type OfferName = { id: string; name: string; phones?: unknown[] };

/** The ids of the lines whose names are translated (data/line-names.json). */
export function lineNames(dataDir = DATA): string[] {
  return (readJson(path.join(dataDir, 'line-names.json')) as { lines: string[] }).lines;
}

/** Every offer of the catalogue files (data/catalogue/*.json) by id. */
export function catalogueOffers(dataDir = DATA): Map<string, OfferName> {
  const dir = path.join(dataDir, 'catalogue');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));
  const offers = files.flatMap((f) => (readJson(path.join(dir, f)) as { offers: OfferName[] }).offers);
  return new Map(offers.map((o) => [o.id, o]));
}

/** The `data` object in German, derived from the data files as the app shows them. */
export function germanData(dataDir = DATA): Tree {
  const taxonomy = readJson(path.join(dataDir, 'taxonomy.json')) as Record<string, Term[]>;
  const { questions } = readJson(path.join(dataDir, 'questionnaire.json')) as { questions: Question[] };
  const safety = readJson(path.join(dataDir, 'safety.json')) as { not_covered?: Term[] };
  const group = (name: string) => byId(taxonomy[name] ?? []);
  const described = (taxonomy.categories ?? []).filter((c) => c.description);
  return {
    topics: group('topics'),
    stages: group('stages'),
    audiences: group('audiences'),
    modes: group('modes'),
    categories: group('categories'),
    categoryDescriptions: Object.fromEntries(described.map((c) => [c.id, c.description ?? ''])),
    languages: group('languages'),
    questions: Object.fromEntries(
      questions.map((q) => [
        q.id,
        {
          text: q.text,
          ...(q.hint ? { hint: q.hint } : {}),
          ...(q.options?.length ? { options: byId(q.options) } : {}),
        },
      ]),
    ),
    notCovered: byId(safety.not_covered ?? []),
    lines: lineTree(dataDir),
  };
}

/** `data.lines`: each listed line's catalogue name (an id the catalogue lacks stays out; its test says so). */
function lineTree(dataDir: string): Tree {
  const offers = catalogueOffers(dataDir);
  const named = lineNames(dataDir).flatMap((id) => {
    const offer = offers.get(id);
    return offer ? [[id, offer.name] as const] : [];
  });
  return Object.fromEntries(named);
}

/** The questionnaire as a professional asks it about a family (`visit.questions`: the visit part, not the main file). */
export function germanProfessionalQuestions(dataDir = DATA): Tree {
  const { questions } = readJson(path.join(dataDir, 'questionnaire.json')) as { questions: Question[] };
  const entries = questions.map((q): [string, Tree] => {
    const labels = (q.options ?? []).filter((o) => o.label_professional);
    return [
      q.id,
      {
        ...(q.text_professional ? { text: q.text_professional } : {}),
        ...(q.hint_professional ? { hint: q.hint_professional } : {}),
        ...(labels.length
          ? { options: Object.fromEntries(labels.map((o) => [o.id, o.label_professional ?? ''])) }
          : {}),
      },
    ];
  });
  return Object.fromEntries(entries.filter(([, texts]) => Object.keys(texts).length > 0));
}

/** The whole reference a translation must match. */
export function germanReference(): Tree {
  const dir = path.join(ROOT, 'src/i18n/locales');
  const de = readJson(path.join(dir, 'de.json')) as Tree;
  const legal = readJson(path.join(dir, 'de.legal.json')) as Tree;
  const handover = readJson(path.join(dir, 'de.handover.json')) as Tree;
  const region = readJson(path.join(dir, 'de.region.json')) as Tree;
  const { visit } = readJson(path.join(dir, 'de.visit.json')) as { visit: Tree };
  return {
    ...de,
    ...legal,
    ...handover,
    ...region,
    visit: { ...visit, questions: germanProfessionalQuestions() },
    data: germanData(),
  };
}
