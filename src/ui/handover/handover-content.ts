/**
 * What a hand-over carries, built from offers + catalogue + language and nothing else: the plain text (shared as
 * text, and the content of the contacts QR code) and the data of the print sheet. Pure: the date and the
 * translation function come in, so the same content is tested in Node and drawn in the browser. Nothing about the
 * family is in it — only the offers' public contacts, the date and the list's link.
 */
import type { Address, Catalogue, Offer } from '../../catalogue/index.ts';
import type { Translate } from '../common/freshness.ts';
import { askFor, providerContact, switchboardText } from '../common/provider-contact.ts';

export interface HandoverPhone {
  display: string;
  number: string;
  /** The provider's name when this is the provider's number (the offer has none of its own). */
  via: string | null;
  /** "Zentrale – nach … fragen" under a switchboard number, in the family's language. */
  note: string | null;
}

export interface HandoverEntry {
  id: string;
  /** The German name: a proper name, as the catalogue writes it. */
  name: string;
  phones: HandoverPhone[];
  addresses: string[];
  /** The catalogue's German hours text. */
  hours: string | null;
  /** Only when there is no phone to call: the website or e-mail the offer (or its provider) gives. */
  web: string | null;
  email: string | null;
}

/** One line of an address, as the cards show it. */
export function addressLine(address: Address): string {
  const town = [address.postal_code, address.city].filter(Boolean).join(' ');
  return [address.address_1, town].filter(Boolean).join(', ');
}

/** The contacts of one offer: its own phones, or its provider's marked as such (as the cards say it honestly). */
export function handoverEntry(offer: Offer, catalogue: Catalogue, t: Translate): HandoverEntry {
  const org = providerContact(offer, catalogue);
  const ask = askFor(offer);
  const own = offer.phones.map((p) => ({ ...p, via: null }));
  const viaOrg = (org?.phones ?? []).map((p) => ({ ...p, via: org?.name ?? null }));
  const phones = [...own, ...viaOrg].map((p) => ({
    display: p.display,
    number: p.number,
    via: p.via,
    note: switchboardText(p, ask, t),
  }));
  const noPhone = phones.length === 0;
  return {
    id: offer.id,
    name: offer.name,
    phones,
    addresses: [...new Set(offer.locations.map((l) => addressLine(l.address)).filter(Boolean))],
    hours: offer.schedule?.description ?? (offer.available_24_7 ? '24/7' : null),
    web: noPhone ? (offer.url ?? org?.url ?? null) : null,
    email: noPhone ? (offer.email ?? org?.email ?? null) : null,
  };
}

/** Keeps a number or a German text in its own direction inside an Arabic line (Unicode isolates LRI … PDI). */
function isolate(text: string, rtl: boolean): string {
  return rtl ? `\u2066${text}\u2069` : text;
}

/** The lines of one offer in the plain text: labels in the family's language, contents as the catalogue has them. */
export function entryLines(entry: HandoverEntry, t: Translate, rtl = false): string[] {
  const label = (key: string, value: string, params?: Record<string, string>) =>
    `${t(key, params)}: ${isolate(value, rtl)}`;
  return [
    isolate(entry.name, rtl),
    ...entry.phones.map((p) => {
      const line = p.via
        ? label('handover.phoneVia', p.display, { name: p.via })
        : label('handover.phone', p.display);
      return p.note ? `${line} (${p.note})` : line;
    }),
    ...entry.addresses.map((a) => label('handover.address', a)),
    ...(entry.hours ? [label('handover.hours', entry.hours)] : []),
    ...(entry.web ? [label('handover.web', entry.web)] : []),
    ...(entry.email ? [label('handover.email', entry.email)] : []),
  ];
}

/** The heading line: "Lotse – Frühe Hilfen, <date>", with "1 von 3" when the text is split over several codes. */
export function headingLine(t: Translate, date: string, part?: { index: number; total: number }): string {
  const heading = t('handover.textHeading', { date });
  if (!part || part.total < 2) return heading;
  return `${heading} (${t('handover.part', { index: String(part.index), total: String(part.total) })})`;
}

export interface TextOptions {
  t: Translate;
  /** The date, formatted in the family's language. */
  date: string;
  /** The whole link of the list (origin included), or null to leave it out. */
  link: string | null;
  rtl?: boolean;
}

/** The blocks of the plain text after its heading: one per offer, then the list's link. */
export function textBlocks(entries: HandoverEntry[], { t, link, rtl = false }: TextOptions): string[] {
  const offers = entries.map((e) => entryLines(e, t, rtl).join('\n'));
  return link ? [...offers, `${t('handover.link')}: ${link}`] : offers;
}

/** The whole plain text: heading, an empty line between offers, the list's link at the end. */
export function handoverText(entries: HandoverEntry[], options: TextOptions): string {
  return [headingLine(options.t, options.date), ...textBlocks(entries, options)].join('\n\n');
}
