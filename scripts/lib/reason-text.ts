/** Reasons as German text for the command line: the app's own i18next set-up and locale, so both say the same. */
import { createI18n, type TFunction } from '../../src/i18n/index.ts';
import type { Reason } from '../../src/matching/index.ts';

let t: TFunction | undefined;

/** A reason's German text with its parameters filled in (the key itself when de.json has none). */
export function reasonText(reason: Reason): string {
  t ??= createI18n().t;
  return t(reason.key, reason.params ?? {});
}
