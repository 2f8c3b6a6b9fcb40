import type { Offer } from '../../catalogue/index.ts';

/** Escapes a vCard 3.0 text value (RFC 2426 §4). */
function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/([,;])/g, '\\$1');
}

/** A vCard built on the device from what the catalogue knows; nothing is added that the offer lacks. */
export function toVCard(offer: Offer): string {
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `FN:${escapeText(offer.name)}`,
    `ORG:${escapeText(offer.organization.name)}`,
  ];
  for (const phone of offer.phones) lines.push(`TEL;TYPE=WORK,VOICE:${phone.number}`);
  if (offer.email) lines.push(`EMAIL;TYPE=INTERNET:${offer.email}`);
  if (offer.url) lines.push(`URL:${offer.url}`);
  for (const { address } of offer.locations) {
    const street = escapeText(address.address_1 ?? '');
    lines.push(
      `ADR;TYPE=WORK:;;${street};${escapeText(address.city)};;${address.postal_code ?? ''};Deutschland`,
    );
  }
  lines.push(`NOTE:${escapeText(`Quelle: ${offer.source.url}`)}`, 'END:VCARD');
  return `${lines.join('\r\n')}\r\n`;
}
