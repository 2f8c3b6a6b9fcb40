/**
 * Checks a translation against the German reference: every key there, none extra, the same {{variables}}, and
 * each plural key in every form the language's plural rules have (CLDR, through Intl.PluralRules).
 */
import type { Tree } from './reference.ts';

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** The leaves of a tree as dotted key → value. */
export function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of flatten(value as Tree, `${prefix}${key}.`)) out.set(k, v);
    } else out.set(`${prefix}${key}`, value);
  }
  return out;
}

/** The plural categories of a language; Leichte Sprache is German. */
export function pluralForms(code: string): string[] {
  return new Intl.PluralRules(code === 'de-x-ls' ? 'de' : code).resolvedOptions().pluralCategories;
}

const variables = (text: string, ignoreCount: boolean) =>
  [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)]
    .map((m) => m[1] ?? '')
    .filter((v) => !(ignoreCount && v === 'count'))
    .sort()
    .join(',');

/** What a language must have: each reference key, with plural keys expanded to that language's forms. */
function expectedKeys(reference: Tree, code: string): Map<string, string> {
  const expected = new Map<string, string>();
  for (const [key, value] of flatten(reference)) {
    if (!PLURAL.test(key)) expected.set(key, String(value));
    else if (key.endsWith('_other')) {
      for (const form of pluralForms(code)) expected.set(key.replace(PLURAL, `_${form}`), String(value));
    }
  }
  return expected;
}

/** The problems of a translation, one line each (`missing: key`, `extra: key`, …); empty when it is complete. */
export function checkLocale(code: string, locale: Tree, reference: Tree): string[] {
  const expected = expectedKeys(reference, code);
  const got = flatten(locale);
  const problems: string[] = [];
  for (const [key, german] of expected) {
    const value = got.get(key);
    if (value === undefined) problems.push(`missing: ${key}`);
    else if (typeof value !== 'string' || value.trim() === '') problems.push(`empty: ${key}`);
    else {
      // A plural form may leave out {{count}} ("one" often says it in words); every other variable must stay.
      const plural = PLURAL.test(key);
      if (variables(value, plural) !== variables(german, plural))
        problems.push(`variables differ: ${key}: ${variables(value, false)} vs ${variables(german, false)}`);
    }
  }
  for (const key of got.keys()) if (!expected.has(key)) problems.push(`extra: ${key}`);
  return problems;
}
