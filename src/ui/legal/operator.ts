import operatorJson from '../../../data/operator.json';

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
  /** Per region: where "report an error" mails go. */
  data_contacts: Record<string, string | null>;
}

export const operator: Operator = operatorJson;
