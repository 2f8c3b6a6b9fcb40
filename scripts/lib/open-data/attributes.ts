import type { OfferRecord, Taxonomy, TaxonomyTerm } from '../../../src/catalogue/types.ts';
import type { HsdsAttribute, HsdsTaxonomy, HsdsTaxonomyTerm } from './types.ts';
import { hsdsId } from './uuid.ts';

type Dimension = 'categories' | 'topics' | 'stages' | 'audiences' | 'modes';

/** The Lotse taxonomies that become HSDS attributes, with their HSDS taxonomy name, description and link_type. */
const DIMENSIONS: { key: Dimension; name: string; description: string; linkType: string }[] = [
  {
    key: 'categories',
    name: 'lotse-categories',
    description: 'Lotse: Art des Angebots',
    linkType: 'category',
  },
  { key: 'topics', name: 'lotse-topics', description: 'Lotse: Themen', linkType: 'topic' },
  { key: 'stages', name: 'lotse-stages', description: 'Lotse: Lebensphase des Kindes', linkType: 'stage' },
  { key: 'audiences', name: 'lotse-audiences', description: 'Lotse: Zielgruppe', linkType: 'audience' },
  { key: 'modes', name: 'lotse-modes', description: 'Lotse: Art der Hilfe', linkType: 'mode' },
];

/** Facts about the record itself that HSDS has no service field for; they travel as attribute values. */
const RECORD_TERMS = {
  offerId: { code: 'offer-id', name: 'Lotse-ID', description: 'Kennung des Angebots im Lotse-Katalog' },
  sourceUrl: { code: 'source-url', name: 'Quelle', description: 'Öffentliche Quelle der Angaben' },
  sourceDate: {
    code: 'source-date',
    name: 'Datum der Quelle',
    description: 'Datum der Quelle (JJJJ, JJJJ-MM oder JJJJ-MM-TT)',
  },
  confidence: {
    code: 'source-confidence',
    name: 'Verlässlichkeit',
    description: 'Einschätzung der Quelle: high, medium oder low',
  },
} as const;

const RECORD_TAXONOMY = { name: 'lotse-record', description: 'Lotse: Angaben zum Eintrag (Kennung, Quelle)' };

function taxonomy(name: string, description: string): HsdsTaxonomy {
  return { id: hsdsId('taxonomy', name), name, description };
}

function term(tax: HsdsTaxonomy, code: string, name: string, description: string): HsdsTaxonomyTerm {
  return {
    id: hsdsId('taxonomy_term', tax.name, code),
    code,
    name,
    description,
    language: 'de',
    taxonomy: tax.name,
    taxonomy_id: tax.id,
    taxonomy_detail: tax,
  };
}

function attribute(serviceId: string, linkType: string, t: HsdsTaxonomyTerm, value?: string): HsdsAttribute {
  const key = value === undefined ? [] : [value];
  return {
    id: hsdsId('attribute', serviceId, t.taxonomy, t.code, ...key),
    link_id: serviceId,
    link_entity: 'service',
    link_type: linkType,
    taxonomy_term_id: t.id,
    taxonomy_term: t,
    ...(value === undefined ? {} : { value }),
  };
}

function idsOf(record: OfferRecord, key: Dimension): string[] {
  return key === 'categories' ? [record.category] : record[key];
}

/** The record's category, topics, stages, audiences and modes as HSDS attributes with German term names. */
export function taxonomyAttributes(record: OfferRecord, serviceId: string, tx: Taxonomy): HsdsAttribute[] {
  return DIMENSIONS.flatMap((dim) => {
    const tax = taxonomy(dim.name, dim.description);
    const terms = new Map<string, TaxonomyTerm>(tx[dim.key].map((t) => [t.id, t]));
    return idsOf(record, dim.key).map((code) => {
      const known = terms.get(code);
      const name = known?.label ?? code;
      return attribute(serviceId, dim.linkType, term(tax, code, name, known?.description ?? name));
    });
  });
}

/** Our own offer id and the record's source (url, date, confidence) as attribute values, so they stay visible. */
export function recordAttributes(record: OfferRecord, serviceId: string): HsdsAttribute[] {
  const tax = taxonomy(RECORD_TAXONOMY.name, RECORD_TAXONOMY.description);
  const make = (t: (typeof RECORD_TERMS)[keyof typeof RECORD_TERMS], value: string) =>
    attribute(serviceId, 'record', term(tax, t.code, t.name, t.description), value);
  const out = [make(RECORD_TERMS.offerId, record.id), make(RECORD_TERMS.sourceUrl, record.source.url)];
  if (record.source.date) out.push(make(RECORD_TERMS.sourceDate, record.source.date));
  out.push(make(RECORD_TERMS.confidence, record.source.confidence));
  return out;
}
