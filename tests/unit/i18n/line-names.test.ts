import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { flatten } from '../../../scripts/lib/locales/check.ts';
import { catalogueOffers, lineNames } from '../../../scripts/lib/locales/reference.ts';

/*
 * The names of the emergency and 24/7 lines in the family's language (data/line-names.json, `data.lines.<id>` in
 * each locale): the Arabic danger block read „Polizeinotruf 110“ in German only (issue 26). The German name stays
 * beside the translation (ui/common/line-name.ts; tests/component/danger-block.test.tsx, help-now-screen.test.tsx).
 */

const DIR = path.resolve(import.meta.dirname, '../../../src/i18n/locales');
const ids = lineNames();
const offers = catalogueOffers();
/** Every translation (Leichte Sprache included): `<code>.json` but German's and its parts. */
const codes = fs
  .readdirSync(DIR)
  .filter((f) => /^[\w-]+\.json$/.test(f) && f !== 'de.json')
  .map((f) => f.replace(/\.json$/, ''));

const texts = (code: string) =>
  flatten(JSON.parse(fs.readFileSync(path.join(DIR, `${code}.json`), 'utf8')) as Record<string, never>);

describe('line names in the family’s language (data/line-names.json)', () => {
  it('lists catalogue offers with a phone, each once', () => {
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(offers.get(id)?.phones?.length ?? 0, id).toBeGreaterThan(0);
  });

  it('lists every 24/7 line with a phone: the danger block and help-now show them', () => {
    const allDay = [...offers.values()].filter(
      (o) => (o as { available_24_7?: boolean }).available_24_7 && (o.phones?.length ?? 0) > 0,
    );
    expect(allDay.map((o) => o.id).filter((id) => !ids.includes(id))).toEqual([]);
  });

  it.each(codes)('%s: names every line in its own words, not with the German catalogue name', (code) => {
    const own = texts(code);
    const german = ids.filter((id) => own.get(`data.lines.${id}`) === offers.get(id)?.name);
    expect(german).toEqual([]);
  });

  it('Arabic names the police in Arabic', () => {
    expect(texts('ar').get('data.lines.notruf-110')).toBe('الشرطة');
  });
});
