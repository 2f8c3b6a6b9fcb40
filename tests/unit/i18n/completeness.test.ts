import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLocale, flatten, pluralForms } from '../../../scripts/lib/locales/check.ts';
import { germanReference, type Tree } from '../../../scripts/lib/locales/reference.ts';
import { joinLocale, partFile, splitLocale } from '../../../scripts/lib/locales/split.ts';
import { createPlainI18n, findLanguage, LANGUAGES, LAZY_PARTS } from '../../../src/i18n/index.ts';

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

/** All languages loaded into one i18next instance, as the app has them once a language's files arrived. */
function allLanguages() {
  const i18n = createPlainI18n();
  for (const code of codes) i18n.addResourceBundle(code, 'translation', readAll(code), true, true);
  i18n.addResourceBundle('de', 'translation', reference, true, true);
  return (code: string, key: string, options: Record<string, unknown>) => i18n.getFixedT(code)(key, options);
}

describe('plural forms read right with real numbers (the cases the native reviews of 2026-12-07 found)', () => {
  const t = allLanguages();

  it('a number before a noun is {{count}} in a plural key, in German too (not "{{total}} Codes")', () => {
    // German nouns are capitalised: "{{n}} von {{total}}" is no case. Exempt: summary.recent ("{{count}} von {{total}}
    // Angeboten", the dative plural after "von" for any total) and map.group (a group on the map holds two or more;
    // the translations put the number after a colon).
    const exempt = new Set(['summary.recent_one', 'summary.recent_other', 'map.group']);
    const loose = [...flatten(reference)]
      .filter(([key]) => !exempt.has(key))
      .filter(([, text]) => /\{\{(count|total|max|n|number|index)\}\} \p{Lu}/u.test(String(text)))
      .filter(
        ([key, text]) =>
          !/_(one|other)$/.test(key) || /\{\{(total|max|n|number|index)\}\} \p{Lu}/u.test(String(text)),
      )
      .map(([key]) => key);
    expect(loose).toEqual([]);
  });

  it.each([
    // "1 послуги", "2 ofert" read like typos (UK-M2, RU-M3, PL-M4).
    ['uk', 'list.gone', 1, '1 послуга вже недоступна в Lotse.'],
    ['uk', 'list.gone', 2, '2 послуги вже недоступні в Lotse.'],
    ['uk', 'list.gone', 5, '5 послуг уже недоступно в Lotse.'],
    ['uk', 'list.gone', 21, '21 послуга вже недоступна в Lotse.'],
    ['ru', 'list.gone', 1, '1 услуга больше недоступна в Lotse.'],
    ['ru', 'list.gone', 3, '3 услуги больше недоступны в Lotse.'],
    ['ru', 'list.gone', 11, '11 услуг больше недоступно в Lotse.'],
    ['pl', 'list.gone', 1, '1 oferta nie jest już dostępna w Lotse.'],
    ['pl', 'list.gone', 2, '2 oferty nie są już dostępne w Lotse.'],
    ['pl', 'list.gone', 5, '5 ofert nie jest już dostępnych w Lotse.'],
    // "5 коди", "5 кода", "5 kody" (UK-m8, RU-m2, PL-m8), "20 coduri" (ro §1.3), German without a plural key.
    ['uk', 'handover.qrSplit', 5, 'Забагато для одного коду. Кодів: 5 – скануйте їх по черзі.'],
    ['ru', 'handover.qrSplit', 5, 'Слишком много для одного кода. Кодов: 5 – сканируйте их по очереди.'],
    ['pl', 'handover.qrSplit', 5, 'Za dużo na jeden kod. Liczba kodów: 5 – proszę skanować je po kolei.'],
    [
      'ro',
      'handover.qrSplit',
      20,
      'Prea mult pentru un singur cod. Numărul de coduri: 20; scanați-le pe rând.',
    ],
    ['ar', 'handover.qrSplit', 11, 'المحتوى أكبر من رمز واحد. عدد الرموز: 11، يُرجى مسحها واحدًا تلو الآخر.'],
    ['de', 'handover.qrSplit', 2, 'Zu viel für einen Code: 2 Codes, bitte nacheinander scannen.'],
    // "101 пропозицій" (UK-m9, RU-m3, PL-m9), "20 oferte" (ro), Arabic "عرضًا".
    ['uk', 'handover.capped', 101, 'Послуг у посиланні: 101. Показано лише перші 100.'],
    ['ru', 'handover.capped', 102, 'Услуг в ссылке: 102. Показаны только первые 100.'],
    ['pl', 'handover.capped', 102, 'Liczba ofert w linku: 102. Pokazano tylko pierwsze 100.'],
    ['ro', 'handover.capped', 120, 'Servicii în link: 120. Sunt afișate doar primele 100.'],
    ['ar', 'handover.capped', 103, 'يحتوي الرابط على 103 من الخدمات. تُعرض أول 100 فقط.'],
    ['de', 'handover.capped', 101, 'Der Link enthält 101 Angebote. Gezeigt werden nur die ersten 100.'],
    ['en', 'handover.capped', 101, 'The link holds 101 services. Only the first 100 are shown.'],
    // Arabic "0 خدمة" (AR-m17).
    ['ar', 'summary.count', 0, 'لا يعرف Lotse أي خدمة بعد.'],
  ] as const)('%s %s with %i: "%s"', (code, key, count, expected) => {
    expect(t(code, key, { count, max: 100 })).toBe(expected);
  });

  it('Arabic summary.recent agrees with the total, not the count: "لـ3 من أصل 5 من الخدمات" (AR-m18)', () => {
    expect(t('ar', 'summary.recent', { count: 3, total: 5 })).toContain('لـ3 من أصل 5 من الخدمات المحلية');
  });

  it.each(codes)('%s: every plural key says its number for 0–3, 5, 11, 21, 22, 25, 101, 102', (code) => {
    const plural = [...flatten(reference)].map(([key]) => key).filter((key) => key.endsWith('_other'));
    const problems: string[] = [];
    for (const key of plural.map((k) => k.replace(/_other$/, ''))) {
      for (const count of [0, 1, 2, 3, 5, 11, 21, 22, 25, 101, 102]) {
        const text = t(code, key, { count, total: 200, max: 100, name: 'X', region: 'X', label: 'X' });
        // A form may say one, two or none in words (Arabic "خدمة واحدة"); from 3 on the number must be there.
        if (text === key || (count > 2 && !text.includes(String(count))))
          problems.push(`${key} ${count}: ${text}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
