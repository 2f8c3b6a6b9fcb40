import { withLang } from '../../i18n/index.ts';
import { type HandoverEntry, headingLine, type TextOptions, textBlocks } from './handover-content.ts';
import { packByBytes, QR_MAX_BYTES } from './qr-split.ts';

export interface CodeOptions extends Omit<TextOptions, 'link'> {
  /** Today as an ISO date (the sheet writes it in German too). */
  today: string;
  /** The page's origin: codes hold whole links, which a camera app opens. */
  origin: string;
  /** The family's language: the list link opens in it. */
  lang: string;
}

/** The link of a list in the family's language, origin included. */
export function listLink(
  ids: readonly string[],
  { origin, lang }: Pick<CodeOptions, 'origin' | 'lang'>,
): string {
  return `${origin}${withLang(`/list?ids=${ids.join(',')}`, lang)}`;
}

/** The list's link as one code, or as several list links (split between offers) when one would be too big. */
export function linkCodes(entries: HandoverEntry[], options: CodeOptions, limit = QR_MAX_BYTES): string[] {
  const groups = packByBytes(
    entries.map((e) => e.id),
    (ids) => listLink(ids, options),
    limit,
  );
  return groups.map((ids) => listLink(ids, options));
}

/**
 * The contacts as text, in as many codes as needed (split between offers, never inside one), each headed
 * "Lotse – Frühe Hilfen, <date> (1 von 3)". The list's link closes the text when it fits one code itself.
 */
export function textCodes(entries: HandoverEntry[], options: CodeOptions, limit = QR_MAX_BYTES): string[] {
  const links = linkCodes(entries, options, limit);
  const link = links.length === 1 ? (links[0] ?? null) : null;
  const blocks = textBlocks(entries, { ...options, link });
  // Packed with the longest heading it can get ("99 von 99" style), so the final headings always fit.
  const widest = headingLine(options.t, options.date, { index: blocks.length, total: blocks.length });
  const groups = packByBytes(blocks, (group) => [widest, ...group].join('\n\n'), limit);
  return groups.map((group, i) =>
    [headingLine(options.t, options.date, { index: i + 1, total: groups.length }), ...group].join('\n\n'),
  );
}
