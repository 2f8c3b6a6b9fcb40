import { isOlderThanThreeYears, isRealDate } from './dates.ts';
import { pointerOf } from './pointer.ts';
import type { OfferContext } from './types.ts';

/** What each warning rule means, for the CLI's summary lines. */
export const WARNING_LABELS: Record<string, string> = {
  'stale-source': 'source older than three years',
  'low-confidence': 'confidence low',
  'no-contact': 'no direct contact (no phone, e-mail or URL)',
  'http-source': 'source only known over http',
};

/** Hints for the editors that do not block publishing: the offer is still worth showing. */
export function checkWarnings({ record, pointer, today, report }: OfferContext): void {
  const { source } = record;
  const warn = (at: string, message: string, rule: string) => report(at, message, rule, 'warning');
  if (source.date !== null && isRealDate(source.date) && isOlderThanThreeYears(source.date, today)) {
    warn(
      pointerOf(pointer, 'source', 'date'),
      `source is older than three years (${source.date})`,
      'stale-source',
    );
  }
  if (source.confidence === 'low') {
    warn(pointerOf(pointer, 'source', 'confidence'), 'source confidence is low', 'low-confidence');
  }
  if (record.phones.length === 0 && !record.email && !record.url) {
    warn(pointer, 'no direct contact: no phone, e-mail or URL', 'no-contact');
  }
  // Old press pages are often only reachable over http; that is a reason to look again, not to reject.
  if (source.url.startsWith('http://')) {
    warn(pointerOf(pointer, 'source', 'url'), 'source page is only known over http', 'http-source');
  }
}
