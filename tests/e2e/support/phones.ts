import fs from 'node:fs';
import path from 'node:path';

const DATA = path.resolve(import.meta.dirname, '../../../data');

type Phone = { display: string };
type OfferRow = { id: string; name: string; phones: Phone[]; organization: { id?: string } };
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(DATA, file), 'utf8'));
const records: OfferRow[] = fs
  .readdirSync(path.join(DATA, 'catalogue'))
  .flatMap((f) => readJson(`catalogue/${f}`).offers ?? []);
const orgs: { id: string; phones: Phone[] }[] = readJson('organizations.json').organizations ?? [];

/** The numbers a family should find for an offer, from the data files: its own, or its provider's. */
export function phonesOf(id: string): string[] {
  const offer = records.find((r) => r.id === id);
  if (!offer) throw new Error(`no offer ${id} in data/catalogue`);
  const own = offer.phones.map((p) => p.display);
  return own.length > 0
    ? own
    : (orgs.find((o) => o.id === offer.organization.id)?.phones ?? []).map((p) => p.display);
}
