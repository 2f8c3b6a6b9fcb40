/** Every reason key a result can carry: i18n keys whose texts live in src/i18n/locales (UI and CLI render them). */
export const REASON_KEYS = [
  'reason.safety',
  'reason.available247',
  'reason.fallback',
  'reason.noLocalPhone',
  'reason.koki',
  'reason.servesRegion',
  'reason.wideArea',
  'reason.matchesTerm',
  'reason.topic',
  'reason.category',
  'reason.stage',
  'reason.mode',
  'reason.free',
  'reason.language',
  'reason.professionals',
] as const;

/** A reason key. */
export type ReasonKey = (typeof REASON_KEYS)[number];
