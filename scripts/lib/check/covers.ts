import type { FurtherSource, Location, OfferRecord, Phone, Source } from '../../../src/catalogue/types.ts';
import { pointerOf } from './pointer.ts';
import type { OfferContext } from './types.ts';

/** The fields of a record that say how to reach someone. */
export type ContactFields = {
  phones: Phone[];
  email: string | null;
  url: string | null;
  locations?: Location[];
};

/** Pointers (relative to the record) of every contact field that has a value: phones, e-mail, URL, addresses. */
export function contactPointers(record: ContactFields): string[] {
  return [
    ...record.phones.map((_, i) => pointerOf('', 'phones', i)),
    ...(record.email !== null ? ['/email'] : []),
    ...(record.url !== null ? ['/url'] : []),
    ...(record.locations ?? []).map((_, i) => pointerOf('', 'locations', i, 'address')),
  ];
}

/** The value a relative JSON pointer names inside a value, or undefined (RFC 6901 unescaping). */
export function resolvePointer(value: unknown, pointer: string): unknown {
  if (pointer === '') return value;
  if (!pointer.startsWith('/')) return undefined;
  let current: unknown = value;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, token)) return undefined;
    current = (current as Record<string, unknown>)[token];
  }
  return current;
}

/** How a source is named in reports: its page, else its document, else its title. */
export function sourceName(source: Source | FurtherSource): string {
  if ('title' in source) return source.url ?? source.document ?? source.title;
  return source.url;
}

/** The sources (the main one first) whose `covers` name the given pointer. */
export function sourcesCovering(
  record: Pick<OfferRecord, 'source' | 'further_sources'>,
  pointer: string,
): (Source | FurtherSource)[] {
  const all: (Source | FurtherSource)[] = [record.source, ...(record.further_sources ?? [])];
  return all.filter((s) => s.covers?.includes(pointer));
}

const UNCOVERED =
  "contact field has no source (add its pointer to source.covers or to a further_sources entry's covers)";

/** Rule 11: every contact field is named by a source's covers, and every covers entry names a field. */
export function checkCovers({ record, pointer, report }: OfferContext): void {
  for (const field of contactPointers(record)) {
    if (sourcesCovering(record, field).length === 0) report(pointer + field, UNCOVERED, 'source-covers');
  }
  const lists: [string, string[] | undefined][] = [
    [pointerOf(pointer, 'source', 'covers'), record.source.covers],
    ...(record.further_sources ?? []).map((s, i): [string, string[] | undefined] => [
      pointerOf(pointer, 'further_sources', i, 'covers'),
      s.covers,
    ]),
  ];
  for (const [at, covers] of lists) {
    (covers ?? []).forEach((covered, i) => {
      const value = resolvePointer(record, covered);
      if (value === undefined || value === null) {
        report(pointerOf(at, i), `covers "${covered}", but the offer has no value there`, 'source-covers');
      }
    });
  }
  (record.further_sources ?? []).forEach((s, i) => {
    if (s.covers?.length && !s.url && !s.document) {
      const message = 'a further source that covers fields needs a url or a document';
      report(pointerOf(pointer, 'further_sources', i), message, 'source-covers');
    }
  });
}
