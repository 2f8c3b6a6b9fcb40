import type { Taxonomy } from '../../catalogue/index.ts';
import type { TFunction } from '../../i18n/index.ts';

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

/** A questionnaire text (`text`, `hint`, or `options.<optionId>`) in the language shown, German from the data. */
export function questionText(t: TFunction, questionId: string, path: string, german: string): string {
  return t(`data.questions.${questionId}.${path}`, { defaultValue: german });
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

/** A reason of the matching core in the language shown: its German taxonomy label is looked up by its id. */
export function reasonText(
  t: TFunction,
  taxonomy: Taxonomy,
  reason: { key: string; params?: Record<string, string | number> },
): string {
  const params = { ...reason.params };
  const [param, group] = REASON_GROUPS[reason.key] ?? [];
  const german = param ? params[param] : undefined;
  const term = group && taxonomy[group].find((x) => x.label === german);
  if (param && group && term) params[param] = dataLabel(t, group, term.id, term.label);
  return t(reason.key, params);
}
