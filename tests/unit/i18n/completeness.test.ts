import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLocale, pluralForms } from '../../../scripts/lib/locales/check.ts';
import { germanReference, type Tree } from '../../../scripts/lib/locales/reference.ts';
import { joinLocale, partFile, splitLocale } from '../../../scripts/lib/locales/split.ts';
import { findLanguage, LANGUAGES, LAZY_PARTS } from '../../../src/i18n/index.ts';

const DIR = path.resolve(import.meta.dirname, '../../../src/i18n/locales');
const read = (file: string): Tree => JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8'));
/** A language's files (main and each part) read as one tree. */
const readAll = (code: string): Tree =>
  joinLocale(read(`${code}.json`), ...LAZY_PARTS.map((p) => read(partFile(code, p))));
const reference = germanReference();

/**
 * The languages that ship a translation: every `<code>.json` but German's. de.network.json is exempt on purpose: the
 * /network screen is German only (its users are German-speaking professionals working in German data), so its texts
 * have no translations to check.
 */
const codes = fs
  .readdirSync(DIR)
  // Only `<code>.json` (no dot in the code): the parts are read with it, and de.network.json (German only) never.
  .filter((f) => /^[\w-]+\.json$/.test(f) && !LAZY_PARTS.some((p) => f.endsWith(`.${p}.json`)))
  .filter((f) => f !== 'de.json')
  .map((f) => f.replace(/\.json$/, ''));

describe('every translation is complete against the German reference (de.json + data labels)', () => {
  it('finds the translations', () => {
    expect(codes.length).toBeGreaterThan(0);
  });

  it.each(codes)(
    '%s: its files together have every key, none extra, same variables, all plural forms',
    (code) => {
      expect(checkLocale(code, readAll(code), reference)).toEqual([]);
    },
  );

  it.each(codes)(
    '%s: is in the registry with a review flag, and its files split as the loader reads them',
    (code) => {
      expect(typeof findLanguage(code)?.reviewed).toBe('boolean');
      const files = splitLocale(readAll(code));
      expect(files.main).toEqual(read(`${code}.json`));
      for (const part of LAZY_PARTS) expect(files[part]).toEqual(read(partFile(code, part)));
    },
  );

  it('every language of the registry has an endonym, a direction and an Intl locale', () => {
    for (const l of LANGUAGES) {
      expect(l.name.length).toBeGreaterThan(1);
      expect(Intl.PluralRules.supportedLocalesOf(l.locale)).toEqual([l.locale]);
    }
    expect(findLanguage('ar')?.dir).toBe('rtl');
  });
});

describe('the completeness check catches a broken copy', () => {
  const english = () => readAll('en') as Record<string, Tree>;

  it('a missing key, an extra key, a changed variable, a missing plural form', () => {
    const broken = structuredClone(english());
    const start = broken.start as Tree;
    delete start.title;
    start.invented = 'Hello';
    (broken.summary as Tree).region = '{{region}}: {{count}}';
    delete (broken.summary as Tree).count_one;
    expect(checkLocale('en', broken, reference).sort()).toEqual([
      'extra: start.invented',
      'missing: start.title',
      'missing: summary.count_one',
      'variables differ: summary.region: count,region vs count,name',
    ]);
  });

  it('asks each language for its own plural forms (Arabic six, Russian four, English two)', () => {
    expect(pluralForms('ar')).toHaveLength(6);
    expect(pluralForms('ru')).toHaveLength(4);
    expect(pluralForms('de-x-ls')).toEqual(pluralForms('de'));
    const forms = checkLocale('ru', english(), reference).filter((p) =>
      p.startsWith('missing: summary.count_'),
    );
    expect(forms.sort()).toEqual(['missing: summary.count_few', 'missing: summary.count_many']);
  });

  it('a data label missing from a translation is missing (the reference carries the data files’ German)', () => {
    const broken = structuredClone(english());
    delete ((broken.data as Tree).topics as Tree).crying;
    expect(checkLocale('en', broken, reference)).toEqual(['missing: data.topics.crying']);
  });

  it('a family-phrased question missing from a visit part is missing (German from the data’s *_professional)', () => {
    const broken = structuredClone(english());
    const questions = (broken.visit as Tree).questions as Tree;
    delete ((questions.topics as Tree).options as Tree)['crying-sleep'];
    expect(checkLocale('en', broken, reference)).toEqual([
      'missing: visit.questions.topics.options.crying-sleep',
    ]);
  });
});
