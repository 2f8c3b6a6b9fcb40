import type { Taxonomy } from '../../catalogue/index.ts';
import type { TFunction } from '../../i18n/index.ts';
import { type Named, regionName } from '../common/region-name.ts';

/** The groups of labels that come from data files; their German stays there, other languages have `data.*`. */
export type DataGroup =
  | 'topics'
  | 'stages'
  | 'audiences'
  | 'modes'
  | 'categories'
  | 'categoryDescriptions'
  | 'languages'
  | 'notCovered';

/**
 * A label from data in the language shown: `data.<group>.<id>` of the locale, else the German of the data file
 * (German has no `data` keys: data/*.json is its one source).
 */
export function dataLabel(t: TFunction, group: DataGroup, id: string, german: string): string {
  return t(`data.${group}.${id}`, { defaultValue: german });
}

/**
 * A questionnaire text (`text`, `hint`, or `options.<optionId>`) in the language shown, German from the data. With
 * `professional` (the data's `*_professional` German, when a professional asks), the family-phrased text of the
 * visit part (`visit.questions.*`).
 */
export function questionText(
  t: TFunction,
  questionId: string,
  path: string,
  german: string,
  professional?: string,
): string {
  const [section, fallback] = professional ? ['visit', professional] : ['data', german];
  return t(`${section}.questions.${questionId}.${path}`, { defaultValue: fallback });
}

const GROUPS = ['topics', 'stages', 'audiences', 'modes', 'categories', 'languages'] as const;

/** The taxonomy with its labels (and the category descriptions) in the language shown. */
export function translateTaxonomy(t: TFunction, taxonomy: Taxonomy): Taxonomy {
  const entries = GROUPS.map((group) => [
    group,
    taxonomy[group].map((term) => ({
      ...term,
      label: dataLabel(t, group, term.id, term.label),
      ...(term.description
        ? { description: dataLabel(t, 'categoryDescriptions', term.id, term.description) }
        : {}),
    })),
  ]);
  // The entries are exactly the six groups of Taxonomy, each a list of terms.
  return Object.fromEntries(entries) as Taxonomy;
}

const REASON_GROUPS: Record<string, [param: string, group: (typeof GROUPS)[number]]> = {
  'reason.topic': ['topic', 'topics'],
  'reason.category': ['category', 'categories'],
  'reason.language': ['language', 'languages'],
  'reason.stage': ['stage', 'stages'],
  'reason.mode': ['mode', 'modes'],
};

type Reason = { key: string; params?: Record<string, string | number> };

/** Reasons that name a region or wide area by its German name (src/matching/rank.ts), and which parameter. */
const REGION_PARAMS: Record<string, string> = { 'reason.wideArea': 'area', 'reason.servesRegion': 'region' };

/** The reason's parameters with a region's German name said in the language shown (`regions.<id>`). */
function regionParams(t: TFunction, regions: readonly Named[], reason: Reason): Reason['params'] {
  const param = REGION_PARAMS[reason.key];
  const german = param ? reason.params?.[param] : undefined;
  const region = regions.find((r) => r.name === german);
  return param && region ? { ...reason.params, [param]: regionName(t, region) } : reason.params;
}

/** The term a reason names (its taxonomy label), in the language shown; undefined for a reason without one. */
function reasonTerm(t: TFunction, taxonomy: Taxonomy, reason: Reason): string | undefined {
  const [param, group] = REASON_GROUPS[reason.key] ?? [];
  if (!param || !group) return undefined;
  const german = reason.params?.[param];
  const term = taxonomy[group].find((x) => x.label === german);
  return term ? dataLabel(t, group, term.id, term.label) : String(german ?? '');
}

/**
 * The reasons of one match as a card shows them: reasons of the same kind said once, their terms joined
 * ("Hilft bei: Geburt, Gesundheit und Vorsorge", not "Hilft bei: Geburt · Hilft bei: Gesundheit …"), in the order
 * the core gave them.
 */
export function reasonTexts(
  t: TFunction,
  taxonomy: Taxonomy,
  reasons: readonly Reason[],
  regions: readonly Named[] = [],
): string[] {
  const said: { reason: Reason; terms: string[] }[] = [];
  for (const reason of reasons) {
    const term = reasonTerm(t, taxonomy, reason);
    const earlier = term === undefined ? undefined : said.find((s) => s.reason.key === reason.key);
    if (earlier && term !== undefined) earlier.terms.push(term);
    else said.push({ reason, terms: term === undefined ? [] : [term] });
  }
  return said.map(({ reason, terms }) => {
    const param = REASON_GROUPS[reason.key]?.[0];
    const params = regionParams(t, regions, reason);
    return t(reason.key, param ? { ...params, [param]: terms.join(', ') } : { ...params });
  });
}
