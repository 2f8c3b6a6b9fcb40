import { nullableString, object, optional, record } from './parse-json.ts';

/** Facts about whoever runs this instance; null means "not known yet" and is shown as such, never guessed. */
export interface Operator {
  name: string | null;
  address: string | null;
  email: string | null;
  phone: string | null;
  represented_by: string | null;
  responsible_for_content: string | null;
  hosting: string | null;
  log_retention?: string | null;
  /** Where feedback on accessibility goes (the statement's "Feedback und Kontakt"). */
  accessibility_contact: string | null;
  /** The arbitration / enforcement body responsible for this operator (federal or state law), with its address. */
  enforcement_body: string | null;
  /** Per region: where "report an error" mails go. */
  data_contacts: Record<string, string | null>;
}

/** The one boundary where data/operator.json becomes typed operator facts; throws CatalogueFormatError. */
export function parseOperator(value: unknown): Operator {
  const o = object(value, '');
  const fact = (key: string) => nullableString(o[key], `/${key}`);
  const logRetention = optional(o.log_retention, '/log_retention', nullableString);
  return {
    name: fact('name'),
    address: fact('address'),
    email: fact('email'),
    phone: fact('phone'),
    represented_by: fact('represented_by'),
    responsible_for_content: fact('responsible_for_content'),
    hosting: fact('hosting'),
    ...(logRetention === undefined ? {} : { log_retention: logRetention }),
    accessibility_contact: fact('accessibility_contact'),
    enforcement_body: fact('enforcement_body'),
    data_contacts: record(o.data_contacts, '/data_contacts', nullableString),
  };
}
