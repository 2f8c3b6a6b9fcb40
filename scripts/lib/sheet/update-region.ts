import { isDeepStrictEqual } from 'node:util';
import { applyEdits, type JSONPath, modify } from 'jsonc-parser';
import type { OfferRecord } from '../../../src/catalogue/types.ts';

const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

function edit(text: string, path: JSONPath, value: unknown, isArrayInsertion = false): string {
  return applyEdits(text, modify(text, path, value, { ...FORMAT, isArrayInsertion }));
}

const offersOf = (text: string): OfferRecord[] => (JSON.parse(text) as { offers: OfferRecord[] }).offers;

/** Field by field: an unchanged field keeps its bytes, so a review shows exactly what the coordinator changed. */
function updateFields(text: string, index: number, before: OfferRecord, after: OfferRecord): string {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  let out = text;
  for (const key of keys) {
    const next: unknown = Reflect.get(after, key);
    if (!isDeepStrictEqual(Reflect.get(before, key), next)) out = edit(out, ['offers', index, key], next);
  }
  return out;
}

/**
 * The region file's text with its offers replaced by `next`, as small edits of the existing text: offers that
 * did not change keep every byte (and the file its own layout), so export then import changes nothing.
 * Row order is file order: a row that moved, or a new row, is written at its place.
 */
export function updateRegionText(text: string, next: readonly OfferRecord[]): string {
  let out = text;
  const wanted = new Set(next.map((o) => o.id));
  const initial = offersOf(out);
  for (let i = initial.length - 1; i >= 0; i--) {
    if (!wanted.has(initial[i]?.id ?? '')) out = edit(out, ['offers', i], undefined);
  }
  next.forEach((offer, j) => {
    const current = offersOf(out);
    const k = current.findIndex((o) => o.id === offer.id);
    const before = current[j];
    if (k === j && before) {
      out = updateFields(out, j, before, offer);
      return;
    }
    if (k > j) out = edit(out, ['offers', k], undefined);
    out = edit(out, ['offers', j], offer, true);
  });
  const left = offersOf(out).length;
  for (let i = left - 1; i >= next.length; i--) out = edit(out, ['offers', i], undefined);
  return out;
}
