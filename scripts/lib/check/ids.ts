import type { TaxonomyTerm } from '../../../src/catalogue/types.ts';
import { displayPath } from './display.ts';
import { pointerOf } from './pointer.ts';
import type { OfferContext, Report } from './types.ts';

/** Reports each value of a list that is not among the known ids. */
function checkList(ctx: OfferContext, field: string, values: string[], known: string[], noun: string): void {
  values.forEach((value, i) => {
    if (known.includes(value)) return;
    ctx.report(
      pointerOf(ctx.pointer, field, i),
      `unknown ${noun} "${value}" (known: ${known.join(', ')})`,
      'known-id',
    );
  });
}

const ids = (terms: TaxonomyTerm[]): string[] => terms.map((t) => t.id);

/** Rule 4: every taxonomy value and service area refers to something that exists. */
export function checkKnownIds(ctx: OfferContext): void {
  const { record, ref } = ctx;
  const { taxonomy } = ref;
  const categories = ids(taxonomy.categories);
  if (!categories.includes(record.category)) {
    const message = `unknown category "${record.category}" (known: ${categories.join(', ')})`;
    ctx.report(pointerOf(ctx.pointer, 'category'), message, 'known-id');
  }
  checkList(ctx, 'stages', record.stages, ids(taxonomy.stages), 'stage');
  checkList(ctx, 'audiences', record.audiences, ids(taxonomy.audiences), 'audience');
  checkList(ctx, 'topics', record.topics, ids(taxonomy.topics), 'topic');
  // Derived modes (free, other-language) are computed from `free` and `languages`; listing them would disagree.
  checkList(ctx, 'modes', record.modes, ids(taxonomy.modes.filter((m) => !m.derived_from)), 'mode');
  checkList(ctx, 'languages', record.languages, ids(taxonomy.languages), 'language');
  checkList(
    ctx,
    'service_areas',
    record.service_areas,
    ref.regions.map((r) => r.code),
    'service area',
  );
}

/** Rule 3: remembers where each id was first seen, across all checked files. */
export function createDuplicateCheck(): (id: string, file: string, pointer: string, report: Report) => void {
  const firstSeen = new Map<string, string>();
  return (id, file, pointer, report) => {
    const first = firstSeen.get(id);
    if (first === undefined) {
      firstSeen.set(id, `${displayPath(file)}: ${pointer || '/'}`);
      return;
    }
    report(pointerOf(pointer, 'id'), `duplicate id "${id}" (also in ${first})`, 'unique-id');
  };
}
