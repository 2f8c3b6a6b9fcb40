import path from 'node:path';
import type { OfferRecord, Taxonomy } from '../../../src/catalogue/types.ts';
import type { SafetyFile } from '../../../src/matching/index.ts';
import { reporterFor } from './display.ts';
import { pointerOf } from './pointer.ts';
import { readAgainstSchema } from './read.ts';
import type { Problem, Report } from './types.ts';

/** What safety.json's ids are checked against: the catalogue's offers and the taxonomy. */
interface Known {
  offers: Set<string>;
  numbers: Set<string>;
  topics: Set<string>;
  categories: Set<string>;
}

type Lists = { topics?: string[]; categories?: string[]; offers?: string[]; numbers?: string[] };

/** Checks the id lists of one rule, call line or need; `responsible` is a list of offers too. */
function checkLists(
  base: string,
  item: Lists & { responsible?: string[] },
  known: Known,
  report: Report,
): void {
  const each = (field: string, list: string[] | undefined, ok: Set<string>, message: (v: string) => string) =>
    (list ?? []).forEach((v, i) => {
      if (!ok.has(v)) report(pointerOf(base, field, i), message(v), 'safety');
    });
  each('topics', item.topics, known.topics, (v) => `unknown topic "${v}"`);
  each('categories', item.categories, known.categories, (v) => `unknown category "${v}"`);
  each('offers', item.offers, known.offers, (v) => `unknown offer "${v}"`);
  each('responsible', item.responsible, known.offers, (v) => `unknown offer "${v}"`);
  each('numbers', item.numbers, known.numbers, (v) => `unknown emergency number "${v}": no offer has it`);
}

function checkIds(file: SafetyFile, known: Known, report: Report): void {
  checkLists('/urgent', file.urgent, known, report);
  const seen = new Set<string>();
  file.kinds.forEach((kind, i) => {
    if (seen.has(kind.id)) report(pointerOf('/kinds', i, 'id'), `duplicate kind "${kind.id}"`, 'safety');
    seen.add(kind.id);
    checkLists(pointerOf('/kinds', i), kind, known, report);
  });
  (file.call_lines ?? []).forEach((line, i) => {
    checkLists(pointerOf('/call_lines', i), line, known, report);
  });
  (file.not_covered ?? []).forEach((need, i) => {
    checkLists(pointerOf('/not_covered', i), need, known, report);
  });
}

/** Checks data/safety.json: its shape against data/schema/safety.schema.json, then every id and number it names. */
export function checkSafety(
  dataDir: string,
  taxonomy: Taxonomy | undefined,
  offers: OfferRecord[],
  problems: Problem[],
): void {
  const file = path.join(dataDir, 'safety.json');
  const report = reporterFor(file, problems);
  const checked = readAgainstSchema(dataDir, 'safety', report);
  if (!checked || !taxonomy) return;
  const known: Known = {
    offers: new Set(offers.map((o) => o.id)),
    numbers: new Set(offers.flatMap((o) => o.phones.map((p) => p.number))),
    topics: new Set(taxonomy.topics.map((t) => t.id)),
    categories: new Set(taxonomy.categories.map((c) => c.id)),
  };
  checkIds(checked.value as SafetyFile, known, report);
}
