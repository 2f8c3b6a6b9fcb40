import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { flatten } from '../../../scripts/lib/locales/check.ts';
import { catalogueOffers, lineNames } from '../../../scripts/lib/locales/reference.ts';

/*
 * The names of the emergency and 24/7 lines in the family's language (data/line-names.json, `data.lines.<id>` in
 * each locale): the Arabic danger block read „Polizeinotruf 110“ in German (issue 26).
 */

const DIR = path.resolve(import.meta.dirname, '../../../src/i18n/locales');
const lines = lineNames();
const offers = catalogueOffers();
/** Translations that are not German: they must keep the German name beside their own. */
const foreign = fs
  .readdirSync(DIR)
  .filter((f) => /^[\w]+\.json$/.test(f) && f !== 'de.json')
  .map((f) => f.replace(/\.json$/, ''));

const names = (code: string) =>
  flatten(JSON.parse(fs.readFileSync(path.join(DIR, `${code}.json`), 'utf8')) as Record<string, never>);

describe('line names in the family’s language (data/line-names.json)', () => {
  it('lists catalogue offers with a phone, each once', () => {
    expect(lines.length).toBeGreaterThan(0);
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
    for (const { id } of lines) expect(offers.get(id)?.phones?.length ?? 0, id).toBeGreaterThan(0);
  });

  it('lists every 24/7 line with a phone: the danger block and help-now show them', () => {
    const allDay = [...offers.values()].filter(
      (o) => (o as { available_24_7?: boolean }).available_24_7 && (o.phones?.length ?? 0) > 0,
    );
    const listed = new Set(lines.map((l) => l.id));
    expect(allDay.map((o) => o.id).filter((id) => !listed.has(id))).toEqual([]);
  });

  it('keeps the German part of each name in its German (the catalogue name holds it)', () => {
    for (const { id, german } of lines) expect(offers.get(id)?.name, id).toContain(german);
  });

  it.each(foreign)('%s: names every line and keeps the German name a family needs beside it', (code) => {
    const texts = names(code);
    const missing = lines.filter(
      ({ id, german }) => !String(texts.get(`data.lines.${id}`) ?? '').includes(german),
    );
    expect(missing.map((l) => `${l.id}: ${texts.get(`data.lines.${l.id}`)}`)).toEqual([]);
  });

  it('Arabic names the police in Arabic, not only in German', () => {
    expect(names('ar').get('data.lines.notruf-110')).toBe('نداء الطوارئ للشرطة (Polizei)');
  });
});
