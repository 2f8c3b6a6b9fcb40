/** Reason keys with their German default texts ({{param}} as i18next interpolates), and a plain renderer. */
import type { Reason } from './types.ts';

/** Every reason key a result can carry, with its German text. */
export const REASON_TEXTS_DE = {
  'reason.safety': 'Sofort erreichbar, wenn Sie oder Ihr Kind in Gefahr sind',
  'reason.available247': 'Rund um die Uhr erreichbar',
  'reason.fallback': 'Hilft Ihnen, das passende Angebot zu finden',
  'reason.noLocalPhone': 'Vor Ort ist keine Telefonnummer bekannt – hier erreichen Sie jemanden am Telefon',
  'reason.koki': 'Erste Anlaufstelle für Frühe Hilfen: berät Sie und vermittelt passende Hilfe',
  'reason.servesRegion': 'Zuständig für {{region}}',
  'reason.wideArea': 'Erreichbar in ganz {{area}}',
  'reason.matchesTerm': 'Passt zu „{{term}}“',
  'reason.topic': 'Hilft bei: {{topic}}',
  'reason.category': 'Angebot: {{category}}',
  'reason.stage': 'Passt zu Ihrer Situation: {{stage}}',
  'reason.mode': 'So erreichbar: {{mode}}',
  'reason.free': 'Kostenlos',
  'reason.language': 'Auch auf {{language}}',
  'reason.professionals': 'Auch für Fachkräfte',
} as const;

/** A reason key. */
export type ReasonKey = keyof typeof REASON_TEXTS_DE;

/** The list of reason keys, for i18n completeness checks. */
// Object.keys widens to string[]; ReasonKey is defined as the keys of REASON_TEXTS_DE.
export const REASON_KEYS = Object.keys(REASON_TEXTS_DE) as ReasonKey[];

/** A reason as text: the template of its key with parameters filled in (the key itself when unknown). */
export function renderReason(reason: Reason, texts: Record<string, string> = REASON_TEXTS_DE): string {
  const template = texts[reason.key] ?? reason.key;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(reason.params?.[name] ?? ''));
}
