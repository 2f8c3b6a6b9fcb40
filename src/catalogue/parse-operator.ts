import { nullableString, object, record } from './parse-json.ts';

/**
 * The facts a publisher must fill in before going live, in file order (`npm run release` names the missing ones;
 * scripts/release-check.ts says which page and law needs each).
 */
export const OPERATOR_FACTS = [
  // Impressum (§ 5 DDG, § 18 MStV)
  'name',
  'address',
  'email',
  'phone',
  'represented_by',
  'responsible_for_content',
  // Datenschutz: the privacy contact (a public body's data protection officer), the host and its logs
  'privacy_contact',
  'hosting',
  'log_retention',
  // Where "Fehler melden" on an offer sends its message, unless the offer's region has a contact of its own
  'report_email',
  // Barrierefreiheit: the statement's feedback contact and the enforcement / arbitration body
  'accessibility_contact',
  'enforcement_body',
  // The public address (https://…, no trailing slash): canonical URLs, the sitemap and robots.txt of the build
  'site_url',
] as const;

export type OperatorFact = (typeof OPERATOR_FACTS)[number];

/** Facts about whoever runs this instance; null means "not known yet" and is shown as such, never guessed. */
export type Operator = Record<OperatorFact, string | null> & {
  /** Per region, optional: the coordinator who keeps that region's offers receives their error reports. */
  data_contacts: Record<string, string | null>;
};

/** The one boundary where data/operator.json becomes typed operator facts; throws CatalogueFormatError. */
export function parseOperator(value: unknown): Operator {
  const o = object(value, '');
  const facts = Object.fromEntries(OPERATOR_FACTS.map((key) => [key, nullableString(o[key], `/${key}`)]));
  return {
    ...(facts as Record<OperatorFact, string | null>),
    data_contacts: record(o.data_contacts, '/data_contacts', nullableString),
  };
}

/** The facts still null or blank, in file order: what `npm run release` names before it refuses. */
export function missingOperatorFacts(operator: Operator): OperatorFact[] {
  return OPERATOR_FACTS.filter((key) => !operator[key]?.trim());
}

/** Who receives "Fehler melden" for an offer: its region's own contact when set, else the operator's address. */
export function reportAddress(operator: Operator, region: string | undefined): string | null {
  return (region && operator.data_contacts[region]) || operator.report_email;
}
